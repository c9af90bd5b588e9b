/** Below this |t| the series of h(t) is used, because the direct form cancels. */
const SERIES_LIMIT = 0.25;

/**
 * Computes h(t) = (1+t) log(1+t) + (1−t) log(1−t) for t in [−1, 1], in nats,
 * in [0, 2 ln 2], with 0·log 0 = 0. With s = p + q and t = (p − q)/s, the
 * Jensen–Shannon contribution of one point is (s/4)·h(t), so every
 * contribution is ≥ 0 and nothing cancels between them.
 */
export default function symmetricEntropy(t: number): number {
  const a = Math.abs(t);
  if (a >= SERIES_LIMIT) {
    const plus = (1 + a) * Math.log1p(a);
    const minus = a >= 1 ? 0 : (1 - a) * Math.log1p(-a);
    return Math.max(0, plus + minus);
  }

  // h(t) = Σ_{k≥1} t^{2k} / (k(2k − 1)); 14 terms reach 1e-17 at |t| = 0.25.
  const t2 = t * t;
  let sum = 0;
  let power = t2;
  for (let k = 1; k <= 14; k++) {
    sum += power / (k * (2 * k - 1));
    power *= t2;
  }
  return sum;
}
