import { jsDivergence, klDivergence, totalVariation, wasserstein1d } from '../../metrics/index.ts';
import { presetPair, type PresetName } from '../shared/histogram-presets.ts';
import {
  binPositions,
  emptySides,
  normalise,
  supportsOverlap,
  type HistogramPair,
  type Masses,
  type Side,
} from '../shared/histogram.ts';

/**
 * The distance explorer: two histograms P and Q on the bins 1…K and the
 * distances between them (TV, KL both ways, JS in nats and bits, W₁ with
 * bins one unit apart), all from the metric core.
 */

/** Presets the figure offers, in the order of their buttons. */
export const EXPLORER_PRESETS: readonly PresetName[] = ['identical', 'shift', 'disjoint', 'emptyBin', 'bimodal'];

/** The preset and bin count of the figure when the URL sets neither. */
export const DEFAULT_PRESET: PresetName = 'bimodal';
export const DEFAULT_BINS = 12;

/** Returns the pair the figure shows by default. */
export function defaultPair(): HistogramPair {
  return presetPair(DEFAULT_PRESET, DEFAULT_BINS);
}

/** The distances between P and Q after both are divided by their totals. */
export interface Distances {
  /** TV(P, Q) in [0, 1]. */
  totalVariation: number;
  /** KL(P‖Q) in nats, +∞ when some Qᵢ = 0 < Pᵢ. */
  klPQ: number;
  /** KL(Q‖P) in nats, +∞ when some Pᵢ = 0 < Qᵢ. */
  klQP: number;
  /** JS(P, Q) in nats, in [0, ln 2]. */
  jsNats: number;
  /** JS(P, Q) in bits, in [0, 1]. */
  jsBits: number;
  /** W₁(P, Q) with bin k at position k, in bins. */
  wasserstein: number;
}

/** Facts about the pair that explain the values the table shows. */
export interface Reasons {
  /** Bins (1-based) where Q is 0 but P has mass: each makes KL(P‖Q) infinite. */
  qZeroUnderP: number[];
  /** Bins (1-based) where P is 0 but Q has mass: each makes KL(Q‖P) infinite. */
  pZeroUnderQ: number[];
  /** No bin contains mass of both P and Q. */
  disjoint: boolean;
  /** P and Q are the same distribution after normalisation. */
  identical: boolean;
  /** Bins that Q is P moved by, to the right when positive; null unless Q is a shifted copy of P. */
  shift: number | null;
}

/** State of the figure for one pair. */
export type ExplorerState =
  | {
      kind: 'measured';
      pair: HistogramPair;
      /** P and Q divided by their totals. */
      p: Float64Array;
      q: Float64Array;
      distances: Distances;
      reasons: Reasons;
    }
  | {
      /** Some side has no mass, so there is no distribution to measure. */
      kind: 'empty';
      pair: HistogramPair;
      empty: Side[];
    };

/**
 * Measures the distances between the two histograms of `pair`. A side with
 * no mass is no distribution, and the metric core would reject it, so the
 * result is then the `empty` state instead.
 */
export function computeDistances(pair: HistogramPair): ExplorerState {
  const empty = emptySides(pair);
  if (empty.length > 0) return { kind: 'empty', pair, empty };

  const p = normalise(pair.p);
  const q = normalise(pair.q);
  const positions = binPositions(p.length);
  const distances: Distances = {
    totalVariation: totalVariation(p, q),
    klPQ: klDivergence(p, q),
    klQP: klDivergence(q, p),
    jsNats: jsDivergence(p, q),
    jsBits: jsDivergence(p, q, { base: 2 }),
    wasserstein: wasserstein1d(positions, positions, p, q),
  };
  return { kind: 'measured', pair, p, q, distances, reasons: explain(pair, p, q) };
}

function explain(pair: HistogramPair, p: Float64Array, q: Float64Array): Reasons {
  const zeroUnder = (zero: Masses, mass: Masses) =>
    zero.flatMap((value, index) => (value === 0 && mass[index] > 0 ? [index + 1] : []));
  return {
    qZeroUnderP: zeroUnder(pair.q, pair.p),
    pZeroUnderQ: zeroUnder(pair.p, pair.q),
    disjoint: !supportsOverlap(pair.p, pair.q),
    identical: p.every((value, index) => value === q[index]),
    shift: findShift(p, q),
  };
}

/**
 * Returns d ≠ 0 such that qᵢ = pᵢ₋d for every bin (mass moved past either end
 * would be lost, so none may be), or null when there is none.
 */
function findShift(p: Float64Array, q: Float64Array): number | null {
  const bins = p.length;
  for (let d = 1 - bins; d < bins; d++) {
    if (d === 0) continue;
    let matches = true;
    for (let index = 0; index < bins && matches; index++) {
      const source = index - d;
      const expected = source >= 0 && source < bins ? p[source] : 0;
      matches = q[index] === expected;
    }
    // A match also needs every bin of P with mass to land inside the range.
    if (matches && p.every((value, index) => value === 0 || (index + d >= 0 && index + d < bins))) return d;
  }
  return null;
}
