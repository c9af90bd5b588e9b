import { readFileSync } from 'node:fs';
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

// Cases from the test suites, documentation and bug reports of SciPy and POT,
// with values by SciPy 1.10.1 and POT 0.8.2 checked independently (mpmath,
// an exact LP solve, a separate log-domain Sinkhorn).
interface ReferenceCase {
  id: string;
  fn: string;
  inputs: Record<string, unknown>;
  expected: number | string | { error: string };
  tolerance: { abs: number; rel: number };
}

const SPECIAL: Record<string, number> = { Infinity: Infinity, '-Infinity': -Infinity, NaN: NaN };

function revive(value: unknown): unknown {
  if (typeof value === 'string' && value in SPECIAL) return SPECIAL[value];
  if (Array.isArray(value)) return value.map(revive);
  return value;
}

const cases: ReferenceCase[] = JSON.parse(
  readFileSync(new URL('../fixtures/metric-cases.json', import.meta.url), 'utf8'),
);

// The entropic case at reg = 0.1 on costs up to 9801 needs about 1e5 iterations.
const SINKHORN_REFERENCE_ITERATIONS = 200_000;

function costOf(inputs: Record<string, unknown>): ArrayLike<number> | number[][] {
  if (inputs.M !== undefined) return inputs.M as number[][];
  const squared = inputs.metric === 'sqeuclidean';
  return euclideanCost(inputs.xs as number[][], inputs.ys as number[][], { squared });
}

function evaluate(c: ReferenceCase): number {
  const inputs = Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, revive(v)]));
  const base = inputs.base as number | undefined;
  const p = inputs.p as number[];
  const q = inputs.q as number[];
  switch (c.fn) {
    case 'kl':
      return klDivergence(p, q, { base, normalize: inputs.normalize as boolean });
    case 'js_divergence':
      return jsDivergence(p, q, { base });
    case 'js_distance':
      return jsDistance(p, q, { base });
    case 'tv':
      return totalVariation(p, q);
    case 'w1_1d':
      if (inputs.support !== undefined) {
        const support = inputs.support as number[];
        return wasserstein1d(support, support, p, q);
      }
      return wasserstein1d(
        inputs.u_values as number[],
        inputs.v_values as number[],
        inputs.u_weights as number[] | undefined,
        inputs.v_weights as number[] | undefined,
      );
    case 'emd_discrete':
      return earthMover(inputs.a as number[], inputs.b as number[], costOf(inputs)).cost;
    case 'sinkhorn': {
      const result = sinkhorn(inputs.a as number[], inputs.b as number[], costOf(inputs), {
        epsilon: inputs.reg as number,
        maxIterations: SINKHORN_REFERENCE_ITERATIONS,
      });
      return result.cost;
    }
    default:
      throw new Error(`unknown fn ${c.fn} in case ${c.id}`);
  }
}

describe('reference cases', () => {
  test('fixture holds 81 cases', () => {
    expect(cases).toHaveLength(81);
  });

  for (const c of cases) {
    test(c.id, () => {
      const { expected, tolerance } = c;
      if (typeof expected === 'object') {
        expect(() => evaluate(c)).toThrow(RangeError);
        return;
      }
      const got = evaluate(c);
      if (expected === 'Infinity') {
        expect(got).toBe(Infinity);
        return;
      }
      const want = expected as number;
      expect(Math.abs(got - want)).toBeLessThanOrEqual(tolerance.abs + tolerance.rel * Math.abs(want));
    });
  }
});
