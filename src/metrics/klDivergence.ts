import relativeEntropyTerm, { logRatio } from './relativeEntropyTerm.ts';
import { checkBase, checkMasses, checkSameLength } from './validate.ts';

/** Options of {@link klDivergence}. */
export interface KlDivergenceOptions {
  /** Logarithm base; e (nats) by default, 2 for bits. Finite, > 0 and ≠ 1. */
  base?: number;
  /** Divide p and q by their sums first; true by default. */
  normalize?: boolean;
}

/** `normalize` unless the caller sets it. */
export const KL_NORMALIZE_DEFAULT = true;

/**
 * Computes the Kullback–Leibler divergence KL(p‖q) in nats (or in units of
 * `base`), in [0, +∞] for normalised inputs.
 *
 * KL(p‖q) = Σᵢ pᵢ log(pᵢ/qᵢ), with 0·log(0/q) = 0, and +∞ when some
 * qᵢ = 0 < pᵢ. With `normalize` (the default) p and q are divided by their
 * sums, like `scipy.stats.entropy(p, q)`. With `normalize: false` the raw sum
 * is returned, and it can be negative when q has more mass than p.
 *
 * Normalised inputs are summed as Σ [pᵢ log(pᵢ/qᵢ) − pᵢ + qᵢ], whose terms are
 * each ≥ 0, so no cancellation occurs and a tiny KL never comes out negative.
 * log(pᵢ/qᵢ) is taken as a difference of logarithms, so a subnormal qᵢ does not
 * overflow the ratio: KL([.5, .5], [1, 1e-310]) = 356.2075….
 *
 * @param p - masses, finite and ≥ 0, with a positive total.
 * @param q - masses of the same length.
 * @throws RangeError on a length mismatch, an empty input, NaN, a negative or
 *   infinite mass, a zero total, or a base that is not finite, > 0 and ≠ 1;
 *   TypeError when an input is not an array.
 * @see Cover & Thomas, Elements of Information Theory (2006), §2.3.
 */
export default function klDivergence(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  options: KlDivergenceOptions = {},
): number {
  const fn = 'klDivergence';
  const totalP = checkMasses(fn, 'p', p);
  const totalQ = checkMasses(fn, 'q', q);
  checkSameLength(fn, 'p', p, 'q', q);
  const { base, normalize = KL_NORMALIZE_DEFAULT } = options;
  if (base !== undefined) checkBase(fn, base);

  const nats = normalize ? normalizedKl(p, q, totalP, totalQ) : rawKl(p, q);
  return base === undefined ? nats : nats / Math.log(base);
}

function normalizedKl(p: ArrayLike<number>, q: ArrayLike<number>, totalP: number, totalQ: number): number {
  const logTotalP = Math.log(totalP);
  const logTotalQ = Math.log(totalQ);

  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const pn = p[i] / totalP;
    const qn = q[i] / totalQ;
    if (p[i] === 0) {
      sum += qn;
      continue;
    }
    if (q[i] === 0) return Infinity;

    const logP = Math.log(p[i]) - logTotalP;
    const logQ = Math.log(q[i]) - logTotalQ;
    sum += relativeEntropyTerm(pn, qn, logRatio(qn, logQ, pn, logP));
  }

  // The terms sum to KL only when Σq = Σp; after normalisation both are 1 up
  // to rounding, which leaves an absolute error of a few ulps.
  return sum;
}

function rawKl(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) continue;
    if (q[i] === 0) return Infinity;
    sum -= p[i] * logRatio(q[i], Math.log(q[i]), p[i], Math.log(p[i]));
  }
  return sum;
}
