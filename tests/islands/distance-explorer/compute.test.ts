import { describe, expect, it } from 'vitest';
import { jsDivergence, klDivergence, totalVariation, wasserstein1d } from '../../../src/metrics/index.ts';
import {
  computeDistances,
  DEFAULT_BINS,
  defaultPair,
  EXPLORER_PRESETS,
  type Distances,
} from '../../../src/islands/distance-explorer/compute.ts';
import { emptiedBin, presetPair } from '../../../src/islands/shared/histogram-presets.ts';
import type { HistogramPair } from '../../../src/islands/shared/histogram.ts';

function measured(pair: HistogramPair) {
  const state = computeDistances(pair);
  if (state.kind !== 'measured') throw new Error(`expected a measured state, got ${state.kind}`);
  return state;
}

/** Computes the distances straight from the core, after normalising by hand. */
function fromCore(pair: HistogramPair): Distances {
  const sum = (masses: readonly number[]) => masses.reduce((total, mass) => total + mass, 0);
  const p = pair.p.map((mass) => mass / sum(pair.p));
  const q = pair.q.map((mass) => mass / sum(pair.q));
  const x = p.map((_, index) => index + 1);
  return {
    totalVariation: totalVariation(p, q),
    klPQ: klDivergence(p, q),
    klQP: klDivergence(q, p),
    jsNats: jsDivergence(p, q),
    jsBits: jsDivergence(p, q, { base: 2 }),
    wasserstein: wasserstein1d(x, x, p, q),
  };
}

const BIN_COUNTS = [5, 6, 12, 17, 30];

describe('computeDistances', () => {
  it.each(EXPLORER_PRESETS)('equals the metric core for preset %s', (name) => {
    for (const bins of BIN_COUNTS) {
      const pair = presetPair(name, bins);
      expect(measured(pair).distances, `K = ${bins}`).toEqual(fromCore(pair));
    }
  });

  it('equals the metric core for an edited pair', () => {
    const pair = { p: [0, 3, 9, 1, 0, 2, 7], q: [4, 4, 0, 1, 1, 0, 2] };
    expect(measured(pair).distances).toEqual(fromCore(pair));
  });

  it('normalises each side by its own total', () => {
    const pair = { p: [1, 2, 3, 0, 1], q: [0, 1, 1, 1, 1] };
    const doubled = { p: pair.p.map((mass) => mass * 2), q: pair.q.map((mass) => mass * 2) };
    const state = measured(pair);
    expect(Array.from(state.p)).toEqual([1 / 7, 2 / 7, 3 / 7, 0, 1 / 7]);
    expect(Array.from(state.q)).toEqual([0, 0.25, 0.25, 0.25, 0.25]);
    const twice = measured(doubled).distances;
    for (const [name, value] of Object.entries(state.distances)) {
      expect(twice[name as keyof Distances], name).toBeCloseTo(value, 14);
    }
  });

  it('is zero everywhere for identical', () => {
    const state = measured(presetPair('identical', DEFAULT_BINS));
    expect(Object.values(state.distances)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(state.reasons.identical).toBe(true);
  });

  it('saturates JS and TV and makes KL infinite for disjoint', () => {
    for (const bins of BIN_COUNTS) {
      const { distances, reasons } = measured(presetPair('disjoint', bins));
      expect(distances.jsNats, `K = ${bins}`).toBeCloseTo(Math.LN2, 15);
      expect(distances.jsBits, `K = ${bins}`).toBeCloseTo(1, 15);
      expect(distances.totalVariation, `K = ${bins}`).toBe(1);
      expect(distances.klPQ).toBe(Infinity);
      expect(distances.klQP).toBe(Infinity);
      expect(distances.wasserstein).toBeGreaterThan(1);
      expect(reasons.disjoint).toBe(true);
    }
  });

  it('gives W₁ = 1 for a shift by one bin', () => {
    for (const bins of BIN_COUNTS) {
      const { distances, reasons } = measured(presetPair('shift', bins));
      expect(distances.wasserstein, `K = ${bins}`).toBeCloseTo(1, 14);
      expect(reasons.shift).toBe(1);
      expect(distances.jsNats).toBeLessThan(Math.LN2);
    }
  });

  it('finds a shift to the left by several bins', () => {
    const { reasons, distances } = measured({ p: [0, 0, 0, 1, 2], q: [1, 2, 0, 0, 0] });
    expect(reasons.shift).toBe(-3);
    expect(distances.wasserstein).toBeCloseTo(3, 14);
  });

  it('finds no shift when mass would fall off the edge', () => {
    expect(measured({ p: [1, 0, 0, 0, 2], q: [0, 1, 0, 0, 0] }).reasons.shift).toBeNull();
  });

  it('makes only KL(P‖Q) infinite for emptyBin', () => {
    for (const bins of BIN_COUNTS) {
      const { distances, reasons } = measured(presetPair('emptyBin', bins));
      expect(distances.klPQ, `K = ${bins}`).toBe(Infinity);
      expect(Number.isFinite(distances.klQP), `K = ${bins}`).toBe(true);
      expect(reasons.qZeroUnderP).toEqual([emptiedBin(bins) + 1]);
      expect(reasons.pZeroUnderQ).toEqual([]);
    }
  });

  it('shows KL asymmetry with both values finite for bimodal', () => {
    const { distances } = measured(defaultPair());
    expect(Number.isFinite(distances.klPQ)).toBe(true);
    expect(Number.isFinite(distances.klQP)).toBe(true);
    expect(Math.abs(distances.klPQ - distances.klQP)).toBeGreaterThan(0.01);
  });

  it.each([
    ['P', { p: [0, 0, 0, 0, 0], q: [1, 2, 3, 0, 0] }, ['p']],
    ['Q', { p: [1, 0, 0, 0, 0], q: [0, 0, 0, 0, 0] }, ['q']],
    ['both', { p: [0, 0, 0, 0, 0], q: [0, 0, 0, 0, 0] }, ['p', 'q']],
  ])('reports an empty %s instead of measuring', (_, pair, empty) => {
    const state = computeDistances(pair);
    expect(state.kind).toBe('empty');
    if (state.kind === 'empty') expect(state.empty).toEqual(empty);
  });
});
