import { checkArrayLike, checkNonEmpty, checkNumber, checkSameLength } from './validate.ts';

/** Options of {@link optimalDiscriminator}. */
export interface OptimalDiscriminatorOptions {
  /** The inputs are natural-log densities (−Infinity for 0); false by default. */
  log?: boolean;
}

/** `log` unless the caller sets it. */
export const DISCRIMINATOR_LOG_DEFAULT = false;

/** D* where both densities are 0: the discriminator cannot tell the two apart. */
export const DISCRIMINATOR_UNDECIDED = 0.5;

/**
 * Computes the optimal GAN discriminator D*(x) = p_r(x) / (p_r(x) + p_g(x)) at
 * each grid point, a probability in [0, 1] (unitless).
 *
 * With `log: true` the inputs are log densities and D* = 1 / (1 + e^{log p_g − log p_r}),
 * the logistic function of their difference, which stays exact where both
 * densities underflow; pass log densities for far-apart or narrow
 * distributions. Where both densities are 0 (both logs −Infinity) D* is
 * {@link DISCRIMINATOR_UNDECIDED} = ½, the value D* takes wherever p_r = p_g;
 * the result is never NaN.
 *
 * @param pReal - density (or log density) of the data distribution at each point, ≥ 0 (log: < +Infinity).
 * @param pFake - density (or log density) of the generator's distribution, same length.
 * @throws RangeError on an empty input, a length mismatch, NaN, a negative or
 *   infinite density (log: +Infinity); TypeError when an input is not an array.
 * @see Goodfellow et al., "Generative adversarial nets", NeurIPS 2014, Proposition 1.
 */
export default function optimalDiscriminator(
  pReal: ArrayLike<number>,
  pFake: ArrayLike<number>,
  options: OptimalDiscriminatorOptions = {},
): Float64Array {
  const fn = 'optimalDiscriminator';
  const { log = DISCRIMINATOR_LOG_DEFAULT } = options;
  checkDensities(fn, 'pReal', pReal, log);
  checkDensities(fn, 'pFake', pFake, log);
  checkSameLength(fn, 'pReal', pReal, 'pFake', pFake);

  const out = new Float64Array(pReal.length);
  for (let i = 0; i < out.length; i++) {
    const r = pReal[i];
    const g = pFake[i];
    if (log) {
      out[i] = r === -Infinity && g === -Infinity ? DISCRIMINATOR_UNDECIDED : 1 / (1 + Math.exp(g - r));
    } else {
      out[i] = r + g === 0 ? DISCRIMINATOR_UNDECIDED : r / (r + g);
    }
  }
  return out;
}

/** Throws unless every entry is a density (finite, ≥ 0) or a log density (< +Infinity). */
export function checkDensities(fn: string, name: string, values: unknown, log: boolean): asserts values is ArrayLike<number> {
  checkArrayLike(fn, name, values);
  checkNonEmpty(fn, name, values);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    checkNumber(fn, `${name}[${i}]`, value);
    const valid = log ? value < Infinity : value >= 0 && value < Infinity;
    if (!valid) {
      const expected = log ? 'log densities must be below +Infinity' : 'densities must be finite and non-negative';
      throw new RangeError(`${fn}: invalid ${name}[${i}]: ${value} (${expected})`);
    }
  }
}
