import symmetricEntropy from './symmetricEntropy.ts';
import { checkBase, checkMasses, checkSameLength } from './validate.ts';

/** Options of {@link jsDivergence} and {@link jsDistance}. */
export interface JsDivergenceOptions {
  /** Logarithm base; e (nats) by default, 2 for bits. Finite, > 0 and ≠ 1. */
  base?: number;
}

/**
 * Computes the Jensen–Shannon divergence in nats (or in units of `base`), in
 * [0, ln 2] (in [0, 1] for base 2).
 *
 * JS(p, q) = ½ KL(p‖m) + ½ KL(q‖m) with m = (p + q)/2, after p and q are
 * divided by their sums (the ½-weighted definition of `scipy.spatial.distance.jensenshannon`,
 * whose square root that function returns).
 *
 * Each index contributes (sᵢ/4)·h(tᵢ) with sᵢ = pᵢ + qᵢ, tᵢ = (pᵢ − qᵢ)/sᵢ and
 * h(t) = (1+t) log(1+t) + (1−t) log(1−t) ≥ 0, summed by its series near t = 0.
 * So every term is ≥ 0, nothing cancels, and the result is never NaN or
 * negative; it is clamped to ln 2 against rounding.
 *
 * @param p - masses, finite and ≥ 0, with a positive total.
 * @param q - masses of the same length.
 * @throws RangeError on a length mismatch, an empty input, NaN, a negative or
 *   infinite mass, a zero total, or a base that is not finite, > 0 and ≠ 1;
 *   TypeError when an input is not an array.
 * @see Lin, "Divergence measures based on the Shannon entropy", IEEE Trans. Inf. Theory 37 (1991).
 */
export default function jsDivergence(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  options: JsDivergenceOptions = {},
): number {
  return jsDivergenceIn('jsDivergence', p, q, options);
}

/** Computes JS in nats or `base` units on behalf of the public function `fn`. */
export function jsDivergenceIn(
  fn: string,
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  options: JsDivergenceOptions,
): number {
  const totalP = checkMasses(fn, 'p', p);
  const totalQ = checkMasses(fn, 'q', q);
  checkSameLength(fn, 'p', p, 'q', q);
  const { base } = options;
  if (base !== undefined) checkBase(fn, base);

  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const pn = p[i] / totalP;
    const qn = q[i] / totalQ;
    const s = pn + qn;
    if (s === 0) continue;
    sum += (s / 4) * symmetricEntropy((pn - qn) / s);
  }

  const nats = Math.min(sum, Math.LN2);
  return base === undefined ? nats : nats / Math.log(base);
}
