import { checkNormal, type Normal } from './normal.ts';
import relativeEntropyTerm from './relativeEntropyTerm.ts';

/**
 * Computes KL(p‖q) between two normal distributions on the line, in nats, in
 * [0, +∞), by its closed form
 *
 *   KL = log(σq/σp) + (σp² + (μp − μq)²)/(2σq²) − ½,
 *
 * evaluated as ½(r − 1 − log r) + (μp − μq)²/(2σq²) with r = σp²/σq², using a
 * series where r ≈ 1 so that nearly equal distributions keep full relative accuracy.
 *
 * @param p - { mean, sd } with a finite mean and a finite sd > 0.
 * @param q - the same for the reference distribution.
 * @throws RangeError for a non-finite mean or an sd that is not finite and > 0;
 *   TypeError when p or q is not an object.
 * @see Cover & Thomas, Elements of Information Theory (2006), Problem 8.9 (differential form).
 */
export default function gaussianKl(p: Normal, q: Normal): number {
  checkNormal('gaussianKl', 'p', p);
  checkNormal('gaussianKl', 'q', q);

  const logRatio = 2 * (Math.log(p.sd) - Math.log(q.sd));
  const ratio = Math.exp(logRatio);
  const z = (p.mean - q.mean) / q.sd;
  return 0.5 * relativeEntropyTerm(1, ratio, logRatio) + 0.5 * z * z;
}
