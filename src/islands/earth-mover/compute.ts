import { earthMover, euclideanCost, sinkhorn, wasserstein1d } from '../../metrics/index.ts';
import { t } from '../../i18n/ko.ts';
import { presetPair, type PresetName } from '../shared/histogram-presets.ts';
import { binPositions, emptySides, normalise, type HistogramPair, type Side } from '../shared/histogram.ts';

/**
 * The earth-mover figure: P's mass as piles of dirt, Q's as holes, and the
 * transport plan that fills the holes, either the exact optimum from
 * `earthMover` or the entropic plan from `sinkhorn`. The cost is the sum of
 * mass × distance over the plan, with bins one unit apart.
 */

/** Presets the figure offers, in the order of their buttons. */
export const MOVER_PRESETS: readonly PresetName[] = ['example', 'identical', 'shift', 'disjoint', 'bimodal'];

/** The pair the figure shows by default: the review's worked example. */
export const DEFAULT_PRESET: PresetName = 'example';
export const DEFAULT_BINS = 6;

/**
 * Values of the ε slider, in bins (the unit of the cost). 0 stands for the
 * exact plan. Above about 0.5 the entropic plan visibly spreads, and at 0.05
 * its cost equals W₁ at the four decimals shown.
 */
export const EPSILONS = [0, 0.05, 0.1, 0.2, 0.5, 1, 2, 5] as const;

/** Flows below this mass are left out of the drawing and pooled in the table. */
export const FLOW_SHOWN_MIN = 0.001;

/** Returns the pair the figure shows by default. */
export function defaultPair(): HistogramPair {
  return presetPair(DEFAULT_PRESET, DEFAULT_BINS);
}

/** Mass moved from bin `from` of P to bin `to` of Q (both 1-based). */
export interface Flow {
  from: number;
  to: number;
  /** Probability mass, in (0, 1]. */
  mass: number;
  /** |from − to|, in bins. */
  distance: number;
}

/** Outcome of the entropic solver; null for the exact plan. */
export interface SinkhornReport {
  iterations: number;
  converged: boolean;
  marginalError: number;
}

/** State of the figure for one pair and one ε. */
export type MoverState =
  | {
      kind: 'transported';
      pair: HistogramPair;
      /** 0 for the exact plan. */
      epsilon: number;
      /** P and Q divided by their totals. */
      p: Float64Array;
      q: Float64Array;
      /** Row-major K×K plan: row i is bin i + 1 of P, column j bin j + 1 of Q. */
      plan: Float64Array;
      /** Every nonzero entry of the plan, in row-major order. */
      flows: Flow[];
      /** Σ mass × distance over `flows`, in bins. */
      cost: number;
      /** The solver's own ⟨plan, cost⟩, for the cross-check in the tests. */
      solverCost: number;
      /** W₁(P, Q) from the CDF difference (`wasserstein1d`), in bins. */
      wasserstein: number;
      sinkhorn: SinkhornReport | null;
    }
  | {
      /** Some side has no mass, so there is nothing to move or nowhere to put it. */
      kind: 'empty';
      pair: HistogramPair;
      epsilon: number;
      empty: Side[];
    };

/**
 * Solves the transport from P to Q. With `epsilon` = 0 the plan is the exact
 * optimum (network simplex), whose cost equals W₁; with `epsilon` > 0 it is
 * the entropic plan, which costs more and spreads as ε grows. An empty side
 * gives the `empty` state, because the metric core rejects zero total mass.
 */
export function computeTransport(pair: HistogramPair, epsilon: number): MoverState {
  const empty = emptySides(pair);
  if (empty.length > 0) return { kind: 'empty', pair, epsilon, empty };

  const p = normalise(pair.p);
  const q = normalise(pair.q);
  const positions = binPositions(p.length);
  const cost = euclideanCost(positions, positions);

  let plan: Float64Array;
  let solverCost: number;
  let report: SinkhornReport | null = null;
  if (epsilon === 0) {
    ({ plan, cost: solverCost } = earthMover(p, q, cost));
  } else {
    const result = sinkhorn(p, q, cost, { epsilon });
    ({ plan, cost: solverCost } = result);
    report = { iterations: result.iterations, converged: result.converged, marginalError: result.marginalError };
  }

  const flows = flowsOf(plan, p.length);
  return {
    kind: 'transported',
    pair,
    epsilon,
    p,
    q,
    plan,
    flows,
    cost: flowCost(flows),
    solverCost,
    wasserstein: wasserstein1d(positions, positions, p, q),
    sinkhorn: report,
  };
}

function flowsOf(plan: Float64Array, bins: number): Flow[] {
  const flows: Flow[] = [];
  for (let i = 0; i < bins; i++) {
    for (let j = 0; j < bins; j++) {
      const mass = plan[i * bins + j];
      if (mass > 0) flows.push({ from: i + 1, to: j + 1, mass, distance: Math.abs(i - j) });
    }
  }
  return flows;
}

/** Sums mass × distance over flows: the cost the figure states. */
export function flowCost(flows: readonly Flow[]): number {
  let sum = 0;
  for (const flow of flows) sum += flow.mass * flow.distance;
  return sum;
}

/**
 * Parses ε from the URL: one of the slider's values {@link EPSILONS}.
 * Throws a `RangeError` with a Korean message for the figure to show.
 */
export function parseEpsilon(raw: string): number {
  const text = raw.trim();
  const value = text === '' ? Number.NaN : Number(text);
  const match = EPSILONS.find((epsilon) => epsilon === value);
  if (match === undefined) {
    throw new RangeError(t('earthMover.epsilonInvalid', { values: EPSILONS.join(', ') }));
  }
  return match;
}
