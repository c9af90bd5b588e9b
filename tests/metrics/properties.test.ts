import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  earthMover,
  euclideanCost,
  jsDistance,
  jsDivergence,
  klDivergence,
  sinkhorn,
  totalVariation,
  wasserstein1d,
} from '../../src/metrics/index.ts';

const RUNS = { numRuns: 1000 };
const SLACK = 1e-12;

const mass = fc.double({ min: 0, max: 10, noNaN: true });
const position = fc.double({ min: -100, max: 100, noNaN: true });

/** Two mass vectors of one length, each with a positive total. */
const pair = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.tuple(fc.array(mass, { minLength: n, maxLength: n }), fc.array(mass, { minLength: n, maxLength: n })))
  .filter(([p, q]) => sum(p) > 0 && sum(q) > 0);

const triple = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.array(fc.array(mass, { minLength: n, maxLength: n }), { minLength: 3, maxLength: 3 }))
  .filter((vs) => vs.every((v) => sum(v) > 0));

const sample = fc.array(position, { minLength: 1, maxLength: 12 });

/** Values with positive weights normalised to sum 1. */
const weightedSample = fc
  .integer({ min: 1, max: 7 })
  .chain((n) =>
    fc.tuple(
      fc.array(position, { minLength: n, maxLength: n }),
      fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
    ),
  )
  .map(([values, weights]) => ({ values, weights: normalise(weights) }));

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}

function normalise(values: number[]): number[] {
  const total = sum(values);
  return values.map((v) => v / total);
}

function close(actual: number, expected: number, relative = 1e-9): boolean {
  return Math.abs(actual - expected) <= SLACK + relative * Math.abs(expected);
}

describe('divergences', () => {
  test('zero on identical input', () => {
    fc.assert(
      fc.property(pair, ([p]) => {
        expect(totalVariation(p, p)).toBe(0);
        expect(jsDivergence(p, p)).toBe(0);
        expect(Math.abs(klDivergence(p, p))).toBeLessThanOrEqual(SLACK);
      }),
      RUNS,
    );
  });

  test('TV and JS are symmetric', () => {
    fc.assert(
      fc.property(pair, ([p, q]) => {
        expect(totalVariation(p, q)).toBe(totalVariation(q, p));
        expect(close(jsDivergence(p, q), jsDivergence(q, p))).toBe(true);
      }),
      RUNS,
    );
  });

  test('TV at most 1 and JS at most ln 2', () => {
    fc.assert(
      fc.property(pair, ([p, q]) => {
        const tv = totalVariation(p, q);
        const js = jsDivergence(p, q);
        expect(tv).toBeGreaterThanOrEqual(0);
        expect(tv).toBeLessThanOrEqual(1);
        expect(js).toBeGreaterThanOrEqual(0);
        expect(js).toBeLessThanOrEqual(Math.LN2);
        expect(jsDivergence(p, q, { base: 2 })).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  test('KL is never negative', () => {
    fc.assert(
      fc.property(pair, ([p, q]) => {
        expect(klDivergence(p, q)).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  test('Pinsker inequality holds', () => {
    fc.assert(
      fc.property(pair, ([p, q]) => {
        const kl = klDivergence(p, q);
        expect(totalVariation(p, q)).toBeLessThanOrEqual(Math.sqrt(kl / 2) + SLACK);
      }),
      RUNS,
    );
  });

  test('JS distance obeys triangle inequality', () => {
    fc.assert(
      fc.property(triple, ([p, q, r]) => {
        expect(jsDistance(p, r)).toBeLessThanOrEqual(jsDistance(p, q) + jsDistance(q, r) + 1e-9);
      }),
      RUNS,
    );
  });

  test('permuting both sides changes nothing', () => {
    fc.assert(
      fc.property(pair, fc.nat(), ([p, q], seed) => {
        const order = shuffled(p.length, seed);
        const pp = order.map((i) => p[i]);
        const qq = order.map((i) => q[i]);
        expect(close(totalVariation(pp, qq), totalVariation(p, q))).toBe(true);
        expect(close(jsDivergence(pp, qq), jsDivergence(p, q))).toBe(true);
        const kl = klDivergence(p, q);
        if (kl === Infinity) expect(klDivergence(pp, qq)).toBe(Infinity);
        else expect(close(klDivergence(pp, qq), kl)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('wasserstein1d', () => {
  test('zero on identical samples', () => {
    fc.assert(
      fc.property(sample, fc.nat(), (u, seed) => {
        const order = shuffled(u.length, seed);
        expect(wasserstein1d(u, order.map((i) => u[i]))).toBe(0);
      }),
      RUNS,
    );
  });

  test('symmetric in its arguments', () => {
    fc.assert(
      fc.property(weightedSample, weightedSample, (u, v) => {
        const forward = wasserstein1d(u.values, v.values, u.weights, v.weights);
        const backward = wasserstein1d(v.values, u.values, v.weights, u.weights);
        expect(close(forward, backward)).toBe(true);
      }),
      RUNS,
    );
  });

  test('triangle inequality holds', () => {
    fc.assert(
      fc.property(sample, sample, sample, (u, v, w) => {
        const direct = wasserstein1d(u, w);
        expect(direct).toBeLessThanOrEqual(wasserstein1d(u, v) + wasserstein1d(v, w) + 1e-9 * (1 + direct));
      }),
      RUNS,
    );
  });

  test('shift moves W1 by the shift', () => {
    fc.assert(
      fc.property(sample, fc.double({ min: -50, max: 50, noNaN: true }), (u, shift) => {
        const moved = u.map((x) => x + shift);
        expect(Math.abs(wasserstein1d(u, moved) - Math.abs(shift))).toBeLessThanOrEqual(1e-9 * 200);
      }),
      RUNS,
    );
  });
});

describe('earthMover', () => {
  test('1-D |x − y| cost equals wasserstein1d', () => {
    fc.assert(
      fc.property(weightedSample, weightedSample, (u, v) => {
        const cost = euclideanCost(u.values, v.values);
        const exact = earthMover(u.weights, v.weights, cost).cost;
        const w1 = wasserstein1d(u.values, v.values, u.weights, v.weights);
        expect(Math.abs(exact - w1)).toBeLessThanOrEqual(1e-9 * (1 + w1));
      }),
      RUNS,
    );
  });

  test('plan marginals equal a and b', () => {
    fc.assert(
      fc.property(weightedSample, weightedSample, (u, v) => {
        const result = earthMover(u.weights, v.weights, euclideanCost(u.values, v.values, { squared: true }));
        const { plan, rows, cols } = result;
        for (let i = 0; i < rows; i++) {
          let row = 0;
          for (let j = 0; j < cols; j++) {
            expect(plan[i * cols + j]).toBeGreaterThanOrEqual(0);
            row += plan[i * cols + j];
          }
          expect(Math.abs(row - u.weights[i])).toBeLessThanOrEqual(1e-12);
        }
        for (let j = 0; j < cols; j++) {
          let col = 0;
          for (let i = 0; i < rows; i++) col += plan[i * cols + j];
          expect(Math.abs(col - v.weights[j])).toBeLessThanOrEqual(1e-12);
        }
      }),
      RUNS,
    );
  });

  test('permuting rows changes nothing', () => {
    fc.assert(
      fc.property(weightedSample, weightedSample, fc.nat(), (u, v, seed) => {
        const order = shuffled(u.values.length, seed);
        const original = earthMover(u.weights, v.weights, euclideanCost(u.values, v.values)).cost;
        const permuted = earthMover(
          order.map((i) => u.weights[i]),
          v.weights,
          euclideanCost(order.map((i) => u.values[i]), v.values),
        ).cost;
        expect(Math.abs(permuted - original)).toBeLessThanOrEqual(1e-9 * (1 + original));
      }),
      RUNS,
    );
  });
});

describe('sinkhorn', () => {
  // ⟨P_ε, C⟩ − OT ≤ ε (H(P_ε) − H(P*)) ≤ ε log(n·m) for masses summing to 1.
  // Repeated points slow Sinkhorn down (a contraction of 0.9993 per iteration
  // at ε = 0.01 for four zeros on each side), hence the iteration limit.
  test('approaches earthMover as epsilon shrinks', () => {
    const unitPoints = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(unitPoints, unitPoints, (xs, ys) => {
        const a = normalise(xs.map(() => 1));
        const b = normalise(ys.map(() => 1));
        const cost = euclideanCost(xs, ys);
        const exact = earthMover(a, b, cost).cost;
        for (const epsilon of [0.1, 0.01]) {
          const result = sinkhorn(a, b, cost, { epsilon, maxIterations: 100_000 });
          expect(result.converged).toBe(true);
          expect(result.cost).toBeGreaterThanOrEqual(exact - 1e-9);
          expect(result.cost - exact).toBeLessThanOrEqual(epsilon * Math.log(xs.length * ys.length) + 1e-8);
        }
      }),
      RUNS,
    );
  });
});

/** Returns a permutation of 0..n−1 drawn from a seed by a small linear congruential generator. */
function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
