import { describe, expect, test } from 'vitest';
import {
  earthMover,
  euclideanCost,
  gaussianKl,
  jsDistance,
  jsDivergence,
  klDivergence,
  optimalCritic,
  optimalDiscriminator,
  parallelLines,
  sinkhorn,
  totalVariation,
  wasserstein1d,
} from '../../src/metrics/index.ts';

interface BadInput {
  kind: string;
  call: () => unknown;
  error: typeof RangeError | typeof TypeError;
  /** Text the message must contain: the argument, and the index or value where there is one. */
  names: string[];
}

const square = [
  [0, 1],
  [1, 0],
];

const rows: BadInput[] = [
  { kind: 'length mismatch', call: () => klDivergence([0.5, 0.5], [0.3, 0.3, 0.4]), error: RangeError, names: ['p', 'q', '2', '3'] },
  { kind: 'empty input', call: () => totalVariation([], [1]), error: RangeError, names: ['p', 'empty'] },
  { kind: 'NaN mass', call: () => jsDivergence([0.5, NaN], [0.5, 0.5]), error: RangeError, names: ['p[1]', 'NaN'] },
  { kind: 'negative mass', call: () => klDivergence([0.5, 0.5], [0.6, -0.1]), error: RangeError, names: ['q[1]', '-0.1'] },
  { kind: 'infinite mass', call: () => jsDistance([1, Infinity], [1, 1]), error: RangeError, names: ['p[1]', 'Infinity'] },
  { kind: 'zero total mass', call: () => totalVariation([0, 0], [1, 1]), error: RangeError, names: ['p', 'zero total mass'] },
  { kind: 'non-number entry', call: () => totalVariation([1, '2' as unknown as number], [1, 1]), error: TypeError, names: ['p[1]', '"2"'] },
  { kind: 'not an array', call: () => klDivergence(3 as unknown as number[], [1]), error: TypeError, names: ['p', '3'] },
  { kind: 'non-positive base', call: () => klDivergence([1], [1], { base: 0 }), error: RangeError, names: ['base', '0'] },
  { kind: 'base equal to 1', call: () => jsDivergence([1], [1], { base: 1 }), error: RangeError, names: ['base', '1'] },
  { kind: 'NaN sample value', call: () => wasserstein1d([0, NaN], [1]), error: RangeError, names: ['uValues[1]', 'NaN'] },
  { kind: 'negative weight', call: () => wasserstein1d([0, 1], [2, 2], [1, 1], [3, -1]), error: RangeError, names: ['vWeights[1]', '-1'] },
  { kind: 'weights length mismatch', call: () => wasserstein1d([0, 1], [2], [1]), error: RangeError, names: ['uValues', 'uWeights'] },
  { kind: 'different total masses', call: () => earthMover([1, 1], [0.5, 0.5], square), error: RangeError, names: ['sum(a)', 'sum(b)', '2', '1'] },
  { kind: 'cost of wrong shape', call: () => earthMover([0.5, 0.5], [1], square), error: RangeError, names: ['cost', '2×1'] },
  { kind: 'flat cost of wrong length', call: () => earthMover([1], [1], [0, 1]), error: RangeError, names: ['cost', '2 entries'] },
  { kind: 'negative cost', call: () => earthMover([1], [1], [[-2]]), error: RangeError, names: ['cost[0][0]', '-2'] },
  { kind: 'NaN cost', call: () => earthMover([0.5, 0.5], [0.5, 0.5], [[0, NaN], [1, 0]]), error: RangeError, names: ['cost[0][1]', 'NaN'] },
  { kind: 'infinite cost', call: () => sinkhorn([1], [1], [[Infinity]], { epsilon: 1 }), error: RangeError, names: ['cost[0][0]', 'Infinity'] },
  { kind: 'zero epsilon', call: () => sinkhorn([1], [1], [[0]], { epsilon: 0 }), error: RangeError, names: ['epsilon', '0'] },
  { kind: 'negative epsilon', call: () => sinkhorn([1], [1], [[0]], { epsilon: -1 }), error: RangeError, names: ['epsilon', '-1'] },
  { kind: 'points of mixed dimension', call: () => euclideanCost([[0, 0]], [[1, 2, 3]]), error: RangeError, names: ['xs', 'ys', '2', '3'] },
  { kind: 'non-finite coordinate', call: () => euclideanCost([0, Infinity], [1]), error: RangeError, names: ['xs[1]', 'Infinity'] },
  { kind: 'non-positive sd', call: () => gaussianKl({ mean: 0, sd: 0 }, { mean: 0, sd: 1 }), error: RangeError, names: ['p.sd', '0'] },
  { kind: 'NaN theta', call: () => parallelLines(NaN), error: RangeError, names: ['theta', 'NaN'] },
  { kind: 'negative density', call: () => optimalDiscriminator([1, -1], [1, 1]), error: RangeError, names: ['pReal[1]', '-1'] },
  { kind: 'grid not increasing', call: () => optimalCritic([0, 0], [1, 1], [1, 1]), error: RangeError, names: ['x[1]', '0'] },
];

describe('bad inputs', () => {
  test.each(rows)('$kind throws', ({ call, error, names }) => {
    expect(call).toThrow(error);
    let message = '';
    try {
      call();
    } catch (thrown) {
      message = (thrown as Error).message;
    }
    for (const name of names) expect(message).toContain(name);
  });
});
