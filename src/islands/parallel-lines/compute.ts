import {
  earthMover,
  euclideanCost,
  jsDivergence,
  klDivergence,
  parallelLines,
  totalVariation,
} from '../../metrics/index.ts';
import { t } from '../../i18n/ko.ts';

/**
 * Example 1 of Arjovsky, Chintala & Bottou (2017): P₀ is uniform on the
 * segment {0}×[0, 1] and P_θ on {θ}×[0, 1]. This module computes what the
 * figure shows: the closed forms, a discretised cross-check, and the curves.
 */

/** θ when the URL does not set one. */
export const DEFAULT_THETA = 0.5;
/** Slider range and step. */
export const THETA_MIN = -1;
export const THETA_MAX = 1;
export const THETA_STEP = 0.01;

/** Point masses per segment in the discretised cross-check. */
export const DISCRETISATION_POINTS = 24;

/** The four distances between P₀ and P_θ, in nats where a logarithm is involved. */
export interface Distances {
  wasserstein: number;
  jensenShannon: number;
  kullbackLeibler: number;
  /** KL(P_θ‖P₀), the reverse direction. */
  reverseKullbackLeibler: number;
  totalVariation: number;
}

export type Quantity = keyof Distances;

/** Everything the figure shows for one θ. */
export interface ParallelLinesState {
  theta: number;
  closedForm: Distances;
  discretised: Distances;
  /** Point masses per segment in `discretised`. */
  points: number;
}

/**
 * Computes the closed forms from the metric core and cross-checks them on a
 * discretisation: each segment becomes `points` equal masses at heights
 * (k + ½)/points. W₁ comes from the exact optimal transport between the two
 * point clouds with Euclidean cost. JS, KL and TV are computed on the union
 * of the supports, where the clouds share no point unless θ = 0.
 */
export function computeParallelLines(theta: number, points = DISCRETISATION_POINTS): ParallelLinesState {
  const closed = parallelLines(theta);
  const closedForm: Distances = {
    wasserstein: closed.wasserstein,
    jensenShannon: closed.jensenShannon,
    kullbackLeibler: closed.kullbackLeibler,
    reverseKullbackLeibler: closed.kullbackLeibler,
    totalVariation: closed.totalVariation,
  };
  return { theta, closedForm, discretised: discretise(theta, points), points };
}

function discretise(theta: number, points: number): Distances {
  const heights = Array.from({ length: points }, (_, k) => (k + 0.5) / points);
  const source = heights.map((z) => [0, z]);
  const target = heights.map((z) => [theta, z]);
  const mass = new Float64Array(points).fill(1 / points);
  const transport = earthMover(mass, mass, euclideanCost(source, target));

  // On the union of supports the two histograms coincide when θ = 0 and are
  // disjoint otherwise, exactly as the continuous distributions are.
  const overlap = theta === 0;
  const p = overlap ? mass : concat(mass, new Float64Array(points));
  const q = overlap ? mass : concat(new Float64Array(points), mass);
  return {
    wasserstein: transport.cost,
    jensenShannon: jsDivergence(p, q),
    kullbackLeibler: klDivergence(p, q),
    reverseKullbackLeibler: klDivergence(q, p),
    totalVariation: totalVariation(p, q),
  };
}

function concat(first: Float64Array, second: Float64Array): Float64Array {
  const joined = new Float64Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}

/** Side of θ = 0 that a sample lies on. Curves are never drawn across 0. */
export type Branch = 'negative' | 'zero' | 'positive';

/** One sample of a distance curve; `value` is `Infinity` for KL away from 0. */
export interface CurvePoint {
  quantity: Exclude<Quantity, 'reverseKullbackLeibler'>;
  theta: number;
  value: number;
  branch: Branch;
}

/**
 * Samples W, JS, KL and TV over the slider range from the closed forms, at
 * the slider step. Each sample carries its branch, so the chart draws the
 * jump of JS, KL and TV at 0 instead of a sloped line through it.
 */
export function distanceCurves(step = THETA_STEP): CurvePoint[] {
  const count = Math.round((THETA_MAX - THETA_MIN) / step);
  const curves: CurvePoint[] = [];
  for (let k = 0; k <= count; k++) {
    const theta = roundToStep(THETA_MIN + k * step);
    const closed = parallelLines(theta);
    const branch = branchOf(theta);
    curves.push(
      { quantity: 'wasserstein', theta, value: closed.wasserstein, branch },
      { quantity: 'jensenShannon', theta, value: closed.jensenShannon, branch },
      { quantity: 'kullbackLeibler', theta, value: closed.kullbackLeibler, branch },
      { quantity: 'totalVariation', theta, value: closed.totalVariation, branch },
    );
  }
  return curves;
}

function branchOf(theta: number): Branch {
  if (theta < 0) return 'negative';
  if (theta > 0) return 'positive';
  return 'zero';
}

/** Rounds θ to the slider step, so 0.1 + 0.2 reads as 0.3 and −0 as 0. */
export function roundToStep(theta: number): number {
  const rounded = Math.round(theta / THETA_STEP) * THETA_STEP;
  return Number(rounded.toFixed(2)) + 0;
}

/**
 * Parses θ from the URL. Accepts a decimal number in [−1, 1] and rounds it to
 * the slider step. Throws a `RangeError` with a Korean message for the figure
 * to show.
 */
export function parseTheta(raw: string): number {
  const text = raw.trim();
  const value = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) {
    throw new RangeError(t('parallelLines.thetaNotNumber'));
  }
  if (value < THETA_MIN || value > THETA_MAX) {
    throw new RangeError(t('parallelLines.thetaOutOfRange'));
  }
  return roundToStep(value);
}
