import { jsDivergenceIn, type JsDivergenceOptions } from './jsDivergence.ts';

/**
 * Computes the Jensen–Shannon distance √JS(p, q) in √nats (or √`base` units),
 * in [0, √ln 2] (in [0, 1] for base 2). It is a metric on distributions.
 *
 * The divergence is {@link jsDivergence}'s ½-weighted one, so this equals
 * `scipy.spatial.distance.jensenshannon(p, q, base)`.
 *
 * @throws RangeError or TypeError exactly as {@link jsDivergence}.
 * @see Endres & Schindelin, "A new metric for probability distributions", IEEE Trans. Inf. Theory 49 (2003).
 */
export default function jsDistance(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  options: JsDivergenceOptions = {},
): number {
  return Math.sqrt(jsDivergenceIn('jsDistance', p, q, options));
}
