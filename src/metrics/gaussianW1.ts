import { checkNormal, erf, type Normal } from './normal.ts';

/**
 * Computes the 1-Wasserstein distance W₁ = ∫ |F(x) − G(x)| dx between two
 * normal distributions on the line, in the units of x, in [0, +∞).
 *
 * On the line ∫ |F − G| dx = ∫₀¹ |F⁻¹(t) − G⁻¹(t)| dt, and the quantile
 * difference is Δμ + Δσ·z with z standard normal, so W₁ = E|Δμ + Δσ Z|, the
 * mean of a folded normal:
 *
 *   W₁ = |Δσ| √(2/π) exp(−Δμ²/(2Δσ²)) + |Δμ| erf(|Δμ| / (|Δσ|√2)),
 *
 * and |Δμ| when σp = σq. The error is that of erf and exp, below 1e-13 relative,
 * far inside the 1e-10 the figures need.
 *
 * @throws RangeError for a non-finite mean or an sd that is not finite and > 0;
 *   TypeError when p or q is not an object.
 * @see Leone, Nelson & Nottingham, "The folded normal distribution", Technometrics 3 (1961).
 */
export default function gaussianW1(p: Normal, q: Normal): number {
  checkNormal('gaussianW1', 'p', p);
  checkNormal('gaussianW1', 'q', q);

  const shift = Math.abs(p.mean - q.mean);
  const spread = Math.abs(p.sd - q.sd);
  if (spread === 0) return shift;

  const ratio = shift / spread;
  return spread * Math.sqrt(2 / Math.PI) * Math.exp(-0.5 * ratio * ratio) + shift * erf(ratio / Math.SQRT2);
}
