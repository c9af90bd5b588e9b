import { describe, expect, test } from 'vitest';
import {
  gaussianJs,
  gaussianKl,
  gaussianTv,
  gaussianW1,
  gaussianW2,
  jsDivergence,
  klDivergence,
  normalLogPdf,
  parallelLines,
  standardNormalCdf,
  totalVariation,
  trapezoidWeights,
  wasserstein1d,
  type Normal,
} from '../../src/metrics/index.ts';

/** Trapezoid sum of f over n points spanning [a, b]. */
function trapezoid(f: (x: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / (n - 1);
  let sum = 0.5 * (f(a) + f(b));
  for (let i = 1; i < n - 1; i++) sum += f(a + i * h);
  return sum * h;
}

/** Returns a range that covers both normals to ±14 sd. */
function span(p: Normal, q: Normal): [number, number] {
  return [Math.min(p.mean - 14 * p.sd, q.mean - 14 * q.sd), Math.max(p.mean + 14 * p.sd, q.mean + 14 * q.sd)];
}

const pairs: Array<[string, Normal, Normal]> = [
  ['shifted', { mean: 0, sd: 1 }, { mean: 1, sd: 1 }],
  ['wider', { mean: 0, sd: 1 }, { mean: 0, sd: 2 }],
  ['shifted and narrower', { mean: 0, sd: 1 }, { mean: 2, sd: 0.5 }],
  ['nearly equal', { mean: 0, sd: 1 }, { mean: 1e-4, sd: 1 + 1e-4 }],
  ['ten sd apart, narrow', { mean: 0, sd: 0.01 }, { mean: 0.1, sd: 0.012 }],
];

describe('parallelLines', () => {
  test('theta zero gives all zeros', () => {
    expect(parallelLines(0)).toEqual({ wasserstein: 0, jensenShannon: 0, kullbackLeibler: 0, totalVariation: 0 });
  });

  test('nonzero theta gives paper values', () => {
    const d = parallelLines(-0.3);
    expect(d.wasserstein).toBe(0.3);
    expect(d.jensenShannon).toBe(Math.LN2);
    expect(d.kullbackLeibler).toBe(Infinity);
    expect(d.totalVariation).toBe(1);
  });

  test('matches discretised segments', () => {
    const p = [...Array(10).fill(0.1), ...Array(10).fill(0)];
    const q = [...Array(10).fill(0), ...Array(10).fill(0.1)];
    const d = parallelLines(1);
    expect(jsDivergence(p, q)).toBeCloseTo(d.jensenShannon, 15);
    expect(klDivergence(p, q)).toBe(d.kullbackLeibler);
    expect(totalVariation(p, q)).toBe(d.totalVariation);
  });
});

describe('gaussian closed forms', () => {
  test('KL of shifted unit normals is half the squared shift', () => {
    expect(gaussianKl({ mean: 0, sd: 1 }, { mean: 1, sd: 1 })).toBeCloseTo(0.5, 15);
  });

  test('KL matches textbook formula', () => {
    // log(σq/σp) + (σp² + Δμ²)/(2σq²) − ½ for N(0, 1) ‖ N(2, 0.5²): the reference fixture's kl-gauss-G3.
    expect(gaussianKl({ mean: 0, sd: 1 }, { mean: 2, sd: 0.5 })).toBeCloseTo(8.806852819440055, 13);
    expect(gaussianKl({ mean: 0, sd: 1 }, { mean: 0, sd: 2 })).toBeCloseTo(0.3181471805599453, 15);
  });

  test('KL of nearly equal normals keeps precision', () => {
    // ½(r − 1 − log r) = δ² + O(δ³) for r = (1 + δ)², here δ = 1e-9.
    const kl = gaussianKl({ mean: 0, sd: 1 + 1e-9 }, { mean: 0, sd: 1 });
    expect(kl).toBeGreaterThan(0);
    expect(Math.abs(kl - 1e-18) / 1e-18).toBeLessThan(1e-6);
  });

  test('W2 is hypot of mean and sd gaps', () => {
    expect(gaussianW2({ mean: 0, sd: 1 }, { mean: 3, sd: 5 })).toBe(5);
  });

  test('W1 of equal sd is the mean gap', () => {
    expect(gaussianW1({ mean: 0, sd: 2 }, { mean: -3, sd: 2 })).toBe(3);
  });

  test.each(pairs)('W1 equals integral of |F − G| (%s)', (_, p, q) => {
    const [a, b] = span(p, q);
    const integral = trapezoid(
      (x) => Math.abs(standardNormalCdf((x - p.mean) / p.sd) - standardNormalCdf((x - q.mean) / q.sd)),
      a,
      b,
      400_001,
    );
    expect(Math.abs(gaussianW1(p, q) - integral)).toBeLessThan(1e-9 * (b - a));
  });

  test.each(pairs)('TV equals half integral of |p − q| (%s)', (_, p, q) => {
    const [a, b] = span(p, q);
    const integral = trapezoid((x) => Math.abs(Math.exp(normalLogPdf(x, p)) - Math.exp(normalLogPdf(x, q))) / 2, a, b, 400_001);
    expect(Math.abs(gaussianTv(p, q) - integral)).toBeLessThan(1e-8);
  });

  test('TV of equal sd matches 2Φ(Δ/2σ) − 1', () => {
    expect(gaussianTv({ mean: 0, sd: 1 }, { mean: 1, sd: 1 })).toBeCloseTo(0.38292492254802624, 14);
  });

  test.each(pairs)('JS matches fine trapezoid sum (%s)', (_, p, q) => {
    const [a, b] = span(p, q);
    const integral = trapezoid(
      (x) => {
        const pd = Math.exp(normalLogPdf(x, p));
        const qd = Math.exp(normalLogPdf(x, q));
        const m = (pd + qd) / 2;
        const term = (d: number) => (d > 0 ? d * Math.log(d / m) : 0);
        return (term(pd) + term(qd)) / 2;
      },
      a,
      b,
      400_001,
    );
    expect(Math.abs(gaussianJs(p, q) - integral)).toBeLessThan(1e-8);
  });

  test('JS is zero for equal and ln 2 when far apart', () => {
    expect(gaussianJs({ mean: 1, sd: 2 }, { mean: 1, sd: 2 })).toBe(0);
    expect(gaussianJs({ mean: 0, sd: 1 }, { mean: 100, sd: 1 })).toBeCloseTo(Math.LN2, 14);
  });

  test('discrete quantile samples approach W1', () => {
    // 400 midpoint quantiles per normal, as in the fixture's w1-gauss-G2.
    const quantiles = (n: Normal) => Array.from({ length: 400 }, (_, i) => n.mean + n.sd * probit((i + 0.5) / 400));
    const p = { mean: 0, sd: 1 };
    const q = { mean: 0, sd: 2 };
    expect(Math.abs(wasserstein1d(quantiles(p), quantiles(q)) - gaussianW1(p, q))).toBeLessThan(2e-3);
  });

  test('trapezoid weights integrate constants exactly', () => {
    const w = trapezoidWeights([0, 0.5, 2, 3]);
    expect(Array.from(w)).toEqual([0.25, 1, 1.25, 0.5]);
  });
});

/** Inverse of Φ by bisection, for test inputs only. */
function probit(t: number): number {
  let lo = -40;
  let hi = 40;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (standardNormalCdf(mid) < t) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
