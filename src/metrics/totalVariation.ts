import { checkMasses, checkSameLength } from './validate.ts';

/**
 * Computes the total variation distance, a number in [0, 1] (unitless).
 *
 * TV(p, q) = ½ Σᵢ |pᵢ/P − qᵢ/Q| with P = Σ p and Q = Σ q: both inputs are
 * normalised first, as `scipy.spatial.distance` does for its divergences. The
 * sum is clamped to [0, 1] because rounding can push it past 1 by a few ulps.
 *
 * @param p - masses, finite and ≥ 0, with a positive total.
 * @param q - masses of the same length.
 * @throws RangeError on a length mismatch, an empty input, NaN, a negative or
 *   infinite mass, or a zero total; TypeError when an input is not an array.
 * @see Tsybakov, Introduction to Nonparametric Estimation (2009), §2.4.
 */
export default function totalVariation(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const totalP = checkMasses('totalVariation', 'p', p);
  const totalQ = checkMasses('totalVariation', 'q', q);
  checkSameLength('totalVariation', 'p', p, 'q', q);

  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += Math.abs(p[i] / totalP - q[i] / totalQ);
  return Math.min(1, sum / 2);
}
