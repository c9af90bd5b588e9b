import { describe, expect, it } from 'vitest';
import { earthMover, euclideanCost, wasserstein1d } from '../../../src/metrics/index.ts';
import {
  computeTransport,
  defaultPair,
  EPSILONS,
  flowCost,
  MOVER_PRESETS,
  parseEpsilon,
  type MoverState,
} from '../../../src/islands/earth-mover/compute.ts';
import { presetPair } from '../../../src/islands/shared/histogram-presets.ts';
import type { HistogramPair } from '../../../src/islands/shared/histogram.ts';

type Transported = Extract<MoverState, { kind: 'transported' }>;

function transported(pair: HistogramPair, epsilon = 0): Transported {
  const state = computeTransport(pair, epsilon);
  if (state.kind !== 'transported') throw new Error(`expected a transported state, got ${state.kind}`);
  return state;
}

function coreW1(pair: HistogramPair): number {
  const sum = (masses: readonly number[]) => masses.reduce((total, mass) => total + mass, 0);
  const x = pair.p.map((_, index) => index + 1);
  return wasserstein1d(x, x, pair.p.map((mass) => mass / sum(pair.p)), pair.q.map((mass) => mass / sum(pair.q)));
}

const BIN_COUNTS = [5, 6, 11, 30];
const ALL_PRESETS = [...MOVER_PRESETS, 'emptyBin'] as const;

describe('computeTransport with the exact plan', () => {
  it.each(ALL_PRESETS)('costs W₁ of the histograms for preset %s', (name) => {
    for (const bins of BIN_COUNTS) {
      const pair = presetPair(name, bins);
      const state = transported(pair);
      expect(Math.abs(state.cost - coreW1(pair)), `K = ${bins}`).toBeLessThanOrEqual(1e-12);
      expect(state.wasserstein, `K = ${bins}`).toBe(coreW1(pair));
      expect(state.sinkhorn).toBeNull();
    }
  });

  it('states the solver cost as the sum over its flows', () => {
    for (const name of ALL_PRESETS) {
      const pair = presetPair(name, 9);
      const state = transported(pair);
      const x = pair.p.map((_, index) => index + 1);
      const core = earthMover(state.p, state.q, euclideanCost(x, x));
      expect(state.solverCost, name).toBe(core.cost);
      expect(Math.abs(flowCost(state.flows) - core.cost), name).toBeLessThanOrEqual(1e-12);
      expect(state.cost).toBe(flowCost(state.flows));
    }
  });

  it('has plan marginals equal to P and Q', () => {
    for (const epsilon of [0, 0.5, 5]) {
      const state = transported(presetPair('bimodal', 13), epsilon);
      const bins = state.p.length;
      for (let i = 0; i < bins; i++) {
        let row = 0;
        let column = 0;
        for (let j = 0; j < bins; j++) {
          row += state.plan[i * bins + j];
          column += state.plan[j * bins + i];
        }
        expect(row, `row ${i} at ε = ${epsilon}`).toBeCloseTo(state.p[i], 8);
        expect(column, `column ${i} at ε = ${epsilon}`).toBeCloseTo(state.q[i], 8);
      }
    }
  });

  it('moves the worked example as the review says', () => {
    const state = transported(defaultPair());
    expect(state.flows).toEqual([
      { from: 1, to: 2, mass: 0.25, distance: 1 },
      { from: 1, to: 3, mass: 0.25, distance: 2 },
      { from: 4, to: 5, mass: 0.5, distance: 1 },
    ]);
    expect(state.cost).toBe(1.25);
    expect(state.wasserstein).toBe(1.25);
  });

  it('costs more with the greedy plan of the review', () => {
    const greedy = [
      { from: 1, to: 2, mass: 0.25, distance: 1 },
      { from: 1, to: 5, mass: 0.25, distance: 4 },
      { from: 4, to: 3, mass: 0.25, distance: 1 },
      { from: 4, to: 5, mass: 0.25, distance: 1 },
    ];
    expect(flowCost(greedy)).toBe(1.75);
    expect(flowCost(greedy)).toBeGreaterThan(transported(defaultPair()).cost);
  });
});

describe('computeTransport with the entropic plan', () => {
  it('reports the iterations and convergence', () => {
    const state = transported(presetPair('bimodal', 30), 1);
    expect(state.sinkhorn?.converged).toBe(true);
    expect(state.sinkhorn?.iterations).toBeGreaterThan(0);
    expect(state.sinkhorn?.marginalError).toBeLessThan(1e-8);
  });

  it('costs at least W₁ and approaches it as ε shrinks', () => {
    for (const name of MOVER_PRESETS) {
      const pair = presetPair(name, 10);
      const costs = EPSILONS.filter((epsilon) => epsilon > 0).map((epsilon) => transported(pair, epsilon).cost);
      const exact = coreW1(pair);
      for (const cost of costs) expect(cost, name).toBeGreaterThanOrEqual(exact - 1e-9);
      for (let k = 1; k < costs.length; k++) expect(costs[k], `${name} step ${k}`).toBeGreaterThanOrEqual(costs[k - 1] - 1e-9);
      expect(costs[0] - exact, name).toBeLessThan(1e-3);
    }
  });

  it('blurs the plan over more pairs of bins as ε grows', () => {
    const pair = presetPair('example', 8);
    const spread = (epsilon: number) => transported(pair, epsilon).flows.filter((flow) => flow.mass >= 0.001).length;
    expect(spread(0)).toBe(3);
    expect(spread(0.5)).toBeGreaterThan(spread(0.1));
    expect(spread(5)).toBeGreaterThan(spread(0.5));
  });
});

describe('computeTransport with an empty side', () => {
  it.each([
    [{ p: [0, 0, 0, 0, 0], q: [1, 0, 0, 0, 0] }, ['p']],
    [{ p: [1, 0, 0, 0, 0], q: [0, 0, 0, 0, 0] }, ['q']],
    [{ p: [0, 0, 0, 0, 0], q: [0, 0, 0, 0, 0] }, ['p', 'q']],
  ])('reports %j instead of solving', (pair, empty) => {
    for (const epsilon of [0, 1]) {
      const state = computeTransport(pair, epsilon);
      expect(state.kind).toBe('empty');
      if (state.kind === 'empty') expect(state.empty).toEqual(empty);
    }
  });
});

describe('parseEpsilon', () => {
  it.each(EPSILONS.map((epsilon) => [String(epsilon), epsilon]))('reads %j', (raw, expected) => {
    expect(parseEpsilon(raw)).toBe(expected);
  });

  it.each(['abc', '', '0.3', '-1', 'Infinity', '1e9'])('rejects %j', (raw) => {
    expect(() => parseEpsilon(raw)).toThrow(RangeError);
    expect(() => parseEpsilon(raw)).toThrow(/ε은 0, 0.05, 0.1, 0.2, 0.5, 1, 2, 5 중 하나/);
  });
});
