import {
  checkEqualMass,
  checkMasses,
  checkPositive,
  MASS_RELATIVE_TOLERANCE,
  readCostMatrix,
} from './validate.ts';

/** Options of {@link sinkhorn}. */
export interface SinkhornOptions {
  /** Entropic regularisation ε, in the units of the cost; finite and > 0. */
  epsilon: number;
  /** Iteration limit over all ε stages; {@link SINKHORN_MAX_ITERATIONS} by default. */
  maxIterations?: number;
  /** Stop when the L1 marginal error falls below this; {@link SINKHORN_TOLERANCE} by default. */
  tolerance?: number;
}

/** An entropic transport plan, its cost, and how the iteration ended. */
export interface SinkhornResult {
  /** ⟨P, C⟩ for the entropic plan P, in the units of the cost (without the entropy term). */
  cost: number;
  /** Row-major rows×cols plan P. */
  plan: Float64Array;
  rows: number;
  cols: number;
  /** Sinkhorn iterations performed, over all ε stages. */
  iterations: number;
  /** Whether the marginal error fell below the tolerance at the requested ε. */
  converged: boolean;
  /** Σᵢ |(P·1)ᵢ − aᵢ| + Σⱼ |(Pᵀ·1)ⱼ − bⱼ| of the returned plan. */
  marginalError: number;
}

/** Default iteration limit. */
export const SINKHORN_MAX_ITERATIONS = 10_000;

/** Default bound on the L1 marginal error, the `stopThr` default of POT. */
export const SINKHORN_TOLERANCE = 1e-9;

/**
 * Largest spread of reduced costs over ε that starts at the requested ε
 * without ε-scaling. Beyond it kernel entries fall below e⁻³⁰ ≈ 1e-13, where
 * plain iterations from a cold start converge slowly (seen on 1-D histograms).
 */
const DIRECT_SPREAD_LIMIT = 30;

/** ε shrinks by this factor from stage to stage until it reaches the target. */
const EPSILON_SCALING_FACTOR = 0.5;

/** An intermediate ε stage ends once the L1 marginal error is below this fraction of the mass. */
const STAGE_TOLERANCE = 1e-3;

/** Iteration limit of one intermediate ε stage. */
const STAGE_MAX_ITERATIONS = 50;

/** Plain iterations at the final ε before the over-relaxation factor is estimated. */
const RELAXATION_WARMUP = 16;

/** The contraction rate is measured over this many iterations at the end of the warm-up. */
const RATE_WINDOW = 4;

/** When the error exceeds this multiple of its least value since ω was set, ω moves halfway back to 1. */
const RELAXATION_GROWTH_LIMIT = 10;

/** Below this ω − 1 the relaxation stops for good. */
const MIN_RELAXATION_EXCESS = 0.05;

/** Upper bound of the over-relaxation factor ω, below the limit 2 of local convergence. */
const MAX_RELAXATION = 1.9;

/** Scalings are folded into the potentials once |log u| or |log v| exceeds this (≈ 1e50). */
const ABSORB_LOG_LIMIT = 115;

/**
 * Computes entropic optimal transport by Sinkhorn iterations and returns the
 * transport cost ⟨P, C⟩ of the entropic plan, in the units of the cost, in
 * [0, +∞) — the value of `ot.sinkhorn2(a, b, M, reg)` in POT.
 *
 * P minimises ⟨P, C⟩ − ε H(P), H(P) = −Σ Pᵢⱼ (log Pᵢⱼ − 1), over plans with
 * P·1 = a and Pᵀ·1 = b, so Pᵢⱼ = exp((fᵢ + gⱼ − Cᵢⱼ)/ε) for dual potentials f, g.
 * The potentials live in the log domain and only the scalings u = e^{Δf/ε},
 * v = e^{Δg/ε} of the latest stretch are iterated in the usual form
 * u = a / (K v), v = b / (Kᵀ u), with K recomputed from the potentials whenever
 * a scaling leaves [e⁻¹¹⁵, e¹¹⁵] (the stabilised scaling of Schmitzer 2019). A
 * row whose kernel underflows is updated by log-sum-exp instead. When the
 * costs span more than 30 ε, ε is reached through stages ε₀, ε₀/2, …
 * (ε-scaling), which changes the path, not the fixed point. So ε down to 1e-5
 * of the cost scale neither underflows nor returns 0.
 *
 * The iteration stops when the L1 error of the row marginals (the columns are
 * exact after each v update) is below `tolerance` at the requested ε. When the
 * limit comes first the result has `converged: false` and the error reached.
 *
 * @param a - n masses, finite and ≥ 0, with a positive total.
 * @param b - m masses with the same total (within a relative 1e-9).
 * @param cost - n×m costs, finite and ≥ 0, row-major (length n·m) or n rows of m.
 * @throws RangeError on an empty input, NaN, a negative or infinite mass, a zero
 *   total, totals that differ, a cost matrix of the wrong shape or with a
 *   non-finite or negative entry, or an epsilon, tolerance or maxIterations
 *   that is not finite and > 0; TypeError when an input is not an array.
 * @see Cuturi, "Sinkhorn distances", NeurIPS 2013; Schmitzer, "Stabilized sparse
 *   scaling algorithms for entropy regularized transport problems", SIAM J. Sci. Comput. 41 (2019).
 */
export default function sinkhorn(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  cost: ArrayLike<number> | ArrayLike<ArrayLike<number>>,
  options: SinkhornOptions,
): SinkhornResult {
  const fn = 'sinkhorn';
  const totalA = checkMasses(fn, 'a', a);
  const totalB = checkMasses(fn, 'b', b);
  const rows = a.length;
  const cols = b.length;
  const costs = readCostMatrix(fn, cost, rows, cols);
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${fn}: invalid options: ${String(options)} (expected an object with epsilon)`);
  }
  const { epsilon, maxIterations = SINKHORN_MAX_ITERATIONS, tolerance = SINKHORN_TOLERANCE } = options;
  checkPositive(fn, 'options.epsilon', epsilon);
  checkPositive(fn, 'options.maxIterations', maxIterations);
  checkPositive(fn, 'options.tolerance', tolerance);
  checkEqualMass(fn, 'a', totalA, 'b', totalB, MASS_RELATIVE_TOLERANCE);

  const rowIndex = support(a);
  const colIndex = support(b);
  const n = rowIndex.length;
  const m = colIndex.length;
  const p = new Float64Array(n);
  const q = new Float64Array(m);
  for (let i = 0; i < n; i++) p[i] = a[rowIndex[i]];
  for (let j = 0; j < m; j++) q[j] = b[colIndex[j]];
  const c = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) c[i * m + j] = costs[rowIndex[i] * cols + colIndex[j]];
  }

  const state = iterate(p, q, c, epsilon, maxIterations, tolerance, Math.max(totalA, totalB));

  const plan = new Float64Array(rows * cols);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) plan[rowIndex[i] * cols + colIndex[j]] = state.plan[i * m + j];
  }
  return {
    cost: innerProduct(plan, costs),
    plan,
    rows,
    cols,
    iterations: state.iterations,
    converged: state.converged,
    marginalError: marginalError(plan, a, b, rows, cols),
  };
}

interface IterationEnd {
  plan: Float64Array;
  iterations: number;
  converged: boolean;
}

function iterate(
  a: Float64Array,
  b: Float64Array,
  cost: Float64Array,
  epsilon: number,
  maxIterations: number,
  tolerance: number,
  mass: number,
): IterationEnd {
  const n = a.length;
  const m = b.length;
  const f = new Float64Array(n);
  const g = new Float64Array(m);
  const u = new Float64Array(n).fill(1);
  const v = new Float64Array(m).fill(1);
  const kernel = new Float64Array(n * m);
  const rowSums = new Float64Array(n);
  const colSums = new Float64Array(m);

  // Potentials that make every exponent ≤ 0 with a 0 in each row and column,
  // so the first kernel cannot underflow to an all-zero row or column.
  let spread = 0;
  for (let i = 0; i < n; i++) {
    let min = Infinity;
    for (let j = 0; j < m; j++) min = Math.min(min, cost[i * m + j]);
    f[i] = min;
  }
  g.fill(Infinity);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) g[j] = Math.min(g[j], cost[i * m + j] - f[i]);
  }
  for (let e = 0; e < n * m; e++) spread = Math.max(spread, cost[e] - f[(e / m) | 0] - g[e % m]);

  // ε-scaling costs a kernel of exponentials per stage. It is used only when
  // spread/ε exceeds DIRECT_SPREAD_LIMIT, and otherwise the iteration starts at ε.
  let eps = epsilon;
  if (spread / epsilon > DIRECT_SPREAD_LIMIT) {
    while (eps / EPSILON_SCALING_FACTOR < spread) eps /= EPSILON_SCALING_FACTOR;
  }

  let iterations = 0;
  let converged = false;
  for (;;) {
    const finalStage = eps === epsilon;
    const stageTolerance = finalStage ? tolerance : STAGE_TOLERANCE * mass;
    let stageIterations = 0;
    let omega = 1;
    let relaxationOff = false;
    let windowStartError = Infinity;
    let leastError = Infinity;
    let columnError = 0;
    computeKernel();

    while (iterations < maxIterations) {
      // Row sums of the current plan: their L1 error to a, with the column
      // error left by the last v update, is the stopping test, and K v is what
      // the u update needs anyway.
      multiplyKernel();
      let error = columnError;
      for (let i = 0; i < n; i++) error += Math.abs(u[i] * rowSums[i] - a[i]);
      if (error < stageTolerance) {
        converged = finalStage;
        break;
      }
      if (!finalStage && stageIterations >= STAGE_MAX_ITERATIONS) break;
      if (finalStage && !relaxationOff) {
        leastError = Math.min(leastError, error);
        if (omega !== 1 && error > RELAXATION_GROWTH_LIMIT * leastError) {
          omega = 1 + (omega - 1) / 2;
          leastError = error;
          if (omega - 1 < MIN_RELAXATION_EXCESS) {
            omega = 1;
            relaxationOff = true;
          }
        } else if (stageIterations === RELAXATION_WARMUP - RATE_WINDOW) {
          windowStartError = error;
        } else if (stageIterations === RELAXATION_WARMUP) {
          omega = relaxationFactor((error / windowStartError) ** (1 / RATE_WINDOW));
          leastError = error;
        }
      }

      iterations++;
      stageIterations++;
      // Over-relaxed update u ← u^(1−ω) (a / K v)^ω; ω = 1 is plain Sinkhorn.
      for (let i = 0; i < n; i++) u[i] = omega === 1 ? a[i] / rowSums[i] : u[i] * (a[i] / (u[i] * rowSums[i])) ** omega;
      multiplyKernelTransposed();
      columnError = 0;
      for (let j = 0; j < m; j++) {
        const next = omega === 1 ? b[j] / colSums[j] : v[j] * (b[j] / (v[j] * colSums[j])) ** omega;
        v[j] = next;
        if (omega !== 1) columnError += Math.abs(next * colSums[j] - b[j]);
      }
      if (needsAbsorption()) {
        absorb();
        computeKernel();
      }
    }

    if (finalStage || iterations >= maxIterations) break;
    absorb();
    eps = Math.max(epsilon, eps * EPSILON_SCALING_FACTOR);
  }

  if (!converged && eps !== epsilon) {
    // The limit fell inside an intermediate stage: report the plan at the
    // requested ε from the potentials reached so far.
    absorb();
    eps = epsilon;
    computeKernel();
  }
  const plan = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) plan[i * m + j] = u[i] * kernel[i * m + j] * v[j];
  }
  return { plan, iterations, converged };

  function computeKernel(): void {
    const inverse = 1 / eps;
    for (let i = 0; i < n; i++) {
      const fi = f[i];
      const row = i * m;
      for (let j = 0; j < m; j++) kernel[row + j] = Math.exp((fi + g[j] - cost[row + j]) * inverse);
    }
  }

  function multiplyKernel(): void {
    for (let i = 0; i < n; i++) {
      const row = i * m;
      let sum = 0;
      for (let j = 0; j < m; j++) sum += kernel[row + j] * v[j];
      rowSums[i] = sum;
    }
  }

  function multiplyKernelTransposed(): void {
    colSums.fill(0);
    for (let i = 0; i < n; i++) {
      const row = i * m;
      const ui = u[i];
      for (let j = 0; j < m; j++) colSums[j] += kernel[row + j] * ui;
    }
  }

  function needsAbsorption(): boolean {
    for (let i = 0; i < n; i++) if (!(Math.abs(Math.log(u[i])) <= ABSORB_LOG_LIMIT)) return true;
    for (let j = 0; j < m; j++) if (!(Math.abs(Math.log(v[j])) <= ABSORB_LOG_LIMIT)) return true;
    return false;
  }

  /**
   * Folds the scalings into the potentials and resets them to 1. A scaling that
   * over- or underflowed (its kernel row or column underflowed) is replaced by
   * the exact log-sum-exp update of its potential.
   */
  function absorb(): void {
    let broken = false;
    for (let i = 0; i < n; i++) {
      const log = Math.log(u[i]);
      if (Number.isFinite(log)) f[i] += eps * log;
      else broken = true;
      u[i] = 1;
    }
    for (let j = 0; j < m; j++) {
      const log = Math.log(v[j]);
      if (Number.isFinite(log)) g[j] += eps * log;
      else broken = true;
      v[j] = 1;
    }
    if (broken) logDomainUpdate();
  }

  /** Performs one Sinkhorn iteration in the log domain: f, then g, by log-sum-exp. */
  function logDomainUpdate(): void {
    for (let i = 0; i < n; i++) {
      let max = -Infinity;
      for (let j = 0; j < m; j++) max = Math.max(max, g[j] - cost[i * m + j]);
      let sum = 0;
      for (let j = 0; j < m; j++) sum += Math.exp((g[j] - cost[i * m + j] - max) / eps);
      f[i] = eps * Math.log(a[i]) - max - eps * Math.log(sum);
    }
    for (let j = 0; j < m; j++) {
      let max = -Infinity;
      for (let i = 0; i < n; i++) max = Math.max(max, f[i] - cost[i * m + j]);
      let sum = 0;
      for (let i = 0; i < n; i++) sum += Math.exp((f[i] - cost[i * m + j] - max) / eps);
      g[j] = eps * Math.log(b[j]) - max - eps * Math.log(sum);
    }
  }
}

/**
 * Returns the over-relaxation factor ω for a plain iteration whose marginal
 * error contracts by `rate` per step: ω = 2 / (1 + √(1 − rate)), the optimal
 * factor of successive over-relaxation for a linear iteration of that rate
 * (Thibault, Chizat, Dossal & Papadakis, "Overrelaxed Sinkhorn–Knopp
 * algorithm", Algorithms 14 (2021)). The caller halves ω − 1 whenever the
 * error grows tenfold, so a bad estimate costs a few iterations only.
 */
function relaxationFactor(rate: number): number {
  if (!(rate > 0 && rate < 1)) return 1;
  return Math.min(MAX_RELAXATION, 2 / (1 + Math.sqrt(1 - rate)));
}

function support(masses: ArrayLike<number>): Int32Array {
  const index: number[] = [];
  for (let i = 0; i < masses.length; i++) if (masses[i] > 0) index.push(i);
  return Int32Array.from(index);
}

function innerProduct(plan: Float64Array, cost: Float64Array): number {
  let sum = 0;
  let compensation = 0;
  for (let e = 0; e < plan.length; e++) {
    if (plan[e] === 0) continue;
    const term = plan[e] * cost[e];
    const t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  }
  return sum + compensation;
}

function marginalError(plan: Float64Array, a: ArrayLike<number>, b: ArrayLike<number>, rows: number, cols: number): number {
  let error = 0;
  const colSums = new Float64Array(cols);
  for (let i = 0; i < rows; i++) {
    let rowSum = 0;
    for (let j = 0; j < cols; j++) {
      rowSum += plan[i * cols + j];
      colSums[j] += plan[i * cols + j];
    }
    error += Math.abs(rowSum - a[i]);
  }
  for (let j = 0; j < cols; j++) error += Math.abs(colSums[j] - b[j]);
  return error;
}
