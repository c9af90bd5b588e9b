/** Below this |d| the series of eᵈ − 1 − d is used, because the direct form cancels. */
const SERIES_LIMIT = 0.25;

/**
 * Computes one term of KL in the form pᵢ log(pᵢ/qᵢ) − pᵢ + qᵢ, which is ≥ 0 for
 * every pᵢ, qᵢ ≥ 0 and sums to KL(p‖q) when Σp = Σq. The caller passes the
 * masses and d = log(qᵢ/pᵢ), so the term is p·(eᵈ − 1 − d) = q − p − p·d.
 * This is `scipy.special.kl_div`, computed without forming q/p, so a subnormal
 * qᵢ neither overflows the ratio nor loses the term.
 */
export default function relativeEntropyTerm(p: number, q: number, d: number): number {
  if (Math.abs(d) >= SERIES_LIMIT) return Math.max(0, q - p - p * d);

  // eᵈ − 1 − d = Σ_{k≥2} dᵏ/k!, by Horner; 14 terms reach 1e-17 at |d| = 0.25.
  let series = 0;
  for (let k = 15; k >= 2; k--) series = (series + 1) * (d / k);
  return p * d * series;
}

/** Returns log(q/p) for p, q > 0, through log1p when the ratio is near 1. */
export function logRatio(q: number, logQ: number, p: number, logP: number): number {
  const gap = q - p;
  if (Math.abs(gap) < 0.5 * p) return Math.log1p(gap / p);
  return logQ - logP;
}
