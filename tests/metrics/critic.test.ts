import { describe, expect, test } from 'vitest';
import {
  gaussianW1,
  normalLogPdf,
  optimalCritic,
  optimalDiscriminator,
  trapezoidWeights,
  type Normal,
} from '../../src/metrics/index.ts';

function grid(a: number, b: number, n: number): Float64Array {
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = a + ((b - a) * i) / (n - 1);
  return x;
}

function logDensity(x: Float64Array, normal: Normal): Float64Array {
  return x.map((xi) => normalLogPdf(xi, normal));
}

describe('optimalDiscriminator', () => {
  test('one half where densities are equal', () => {
    expect(Array.from(optimalDiscriminator([0.2, 3, 1e-300], [0.2, 3, 1e-300]))).toEqual([0.5, 0.5, 0.5]);
  });

  test('one half where both densities vanish', () => {
    expect(Array.from(optimalDiscriminator([0, 1], [0, 0]))).toEqual([0.5, 1]);
    expect(Array.from(optimalDiscriminator([-Infinity], [-Infinity], { log: true }))).toEqual([0.5]);
  });

  test('tends to 1 and 0 as densities separate', () => {
    const x = grid(-20, 20, 401);
    const real = logDensity(x, { mean: -5, sd: 1 });
    const fake = logDensity(x, { mean: 5, sd: 1 });
    const d = optimalDiscriminator(real, fake, { log: true });
    expect(d[0]).toBe(1);
    expect(d[400]).toBeLessThan(1e-80);
    expect(d[200]).toBeCloseTo(0.5, 15);
    for (const value of d) expect(Number.isNaN(value)).toBe(false);
  });

  test('log and linear inputs agree', () => {
    const x = grid(-3, 3, 61);
    const p = { mean: 0, sd: 1 };
    const q = { mean: 1, sd: 0.7 };
    const fromLog = optimalDiscriminator(logDensity(x, p), logDensity(x, q), { log: true });
    const fromLinear = optimalDiscriminator(logDensity(x, p).map(Math.exp), logDensity(x, q).map(Math.exp));
    for (let i = 0; i < x.length; i++) expect(fromLog[i]).toBeCloseTo(fromLinear[i], 14);
  });
});

describe('optimalCritic', () => {
  const cases: Array<[string, Normal, Normal]> = [
    ['unit normals one apart', { mean: 0, sd: 1 }, { mean: 1, sd: 1 }],
    ['different widths', { mean: 0, sd: 1 }, { mean: 0.5, sd: 2 }],
    ['ten sd apart at small sd', { mean: 0, sd: 1e-3 }, { mean: 1e-2, sd: 1e-3 }],
    ['ten sd apart, unequal small sd', { mean: 0, sd: 1e-4 }, { mean: 1.1e-3, sd: 1.2e-4 }],
  ];

  test.each(cases)('expectation gap equals gaussianW1 (%s)', (_, real, fake) => {
    const a = Math.min(real.mean - 12 * real.sd, fake.mean - 12 * fake.sd);
    const b = Math.max(real.mean + 12 * real.sd, fake.mean + 12 * fake.sd);
    const x = grid(a, b, 20_001);
    const critic = optimalCritic(x, logDensity(x, real), logDensity(x, fake), { log: true });

    // E_r[f] − E_g[f] from trapezoid weights and the densities, independently of the critic's masses.
    const w = trapezoidWeights(x);
    let realTotal = 0;
    let fakeTotal = 0;
    let realMean = 0;
    let fakeMean = 0;
    for (let i = 0; i < x.length; i++) {
      const r = w[i] * Math.exp(normalLogPdf(x[i], real));
      const g = w[i] * Math.exp(normalLogPdf(x[i], fake));
      realTotal += r;
      fakeTotal += g;
      realMean += r * critic.values[i];
      fakeMean += g * critic.values[i];
    }
    const gap = realMean / realTotal - fakeMean / fakeTotal;
    const w1 = gaussianW1(real, fake);
    expect(Math.abs(gap - w1)).toBeLessThanOrEqual(1e-6 * w1);
    expect(Math.abs(critic.wasserstein - w1)).toBeLessThanOrEqual(1e-6 * w1);
  });

  test('slope magnitude at most 1', () => {
    const x = grid(-10, 10, 2001);
    const critic = optimalCritic(x, logDensity(x, { mean: -1, sd: 0.5 }), logDensity(x, { mean: 2, sd: 2 }), { log: true });
    for (const slope of critic.slopes) expect(Math.abs(slope)).toBeLessThanOrEqual(1);
    for (let i = 1; i < x.length; i++) {
      expect(Math.abs(critic.values[i] - critic.values[i - 1])).toBeLessThanOrEqual(x[i] - x[i - 1] + 1e-15);
    }
  });

  test('no NaN when densities underflow', () => {
    const x = grid(-1, 1, 1001);
    const critic = optimalCritic(x, logDensity(x, { mean: -0.5, sd: 1e-6 }), logDensity(x, { mean: 0.5, sd: 1e-6 }), { log: true });
    for (const value of critic.values) expect(Number.isNaN(value)).toBe(false);
    expect(critic.wasserstein).toBeCloseTo(1, 12);
  });

  test('identical densities give zero critic', () => {
    const x = grid(-5, 5, 101);
    const p = logDensity(x, { mean: 0, sd: 1 });
    const critic = optimalCritic(x, p, p, { log: true });
    expect(critic.wasserstein).toBe(0);
    expect(Array.from(critic.values).every((v) => v === 0)).toBe(true);
  });
});

describe('optimalCritic far tails', () => {
  test('keeps a constant slope where both tails are negligible', () => {
    const x = Array.from({ length: 4001 }, (_, i) => -10 + (i * 40) / 4000);
    const normal = (mean: number) => x.map((value) => -0.5 * (value - mean) ** 2);
    const critic = optimalCritic(x, normal(0), normal(3), { log: true });
    // Right of both means the generated distribution's CDF is below the
    // data's everywhere, so the slope must stay −1 to the end of the grid.
    const rightOfMeans = x.findIndex((value) => value > 4);
    for (let k = rightOfMeans; k < critic.slopes.length; k++) {
      expect(critic.slopes[k], `slope at x = ${x[k]}`).toBe(-1);
    }
  });
});
