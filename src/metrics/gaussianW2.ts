import { checkNormal, type Normal } from './normal.ts';

/**
 * Computes the 2-Wasserstein distance W₂ between two normal distributions on
 * the line, in the units of x, in [0, +∞), by its closed form
 * W₂ = √((μp − μq)² + (σp − σq)²).
 *
 * @throws RangeError for a non-finite mean or an sd that is not finite and > 0;
 *   TypeError when p or q is not an object.
 * @see Dowson & Landau, "The Fréchet distance between multivariate normal distributions", J. Multivariate Anal. 12 (1982).
 */
export default function gaussianW2(p: Normal, q: Normal): number {
  checkNormal('gaussianW2', 'p', p);
  checkNormal('gaussianW2', 'q', q);
  return Math.hypot(p.mean - q.mean, p.sd - q.sd);
}
