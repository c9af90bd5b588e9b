import networkSimplex from './networkSimplex.ts';
import { checkEqualMass, checkMasses, checkPositive, MASS_RELATIVE_TOLERANCE, readCostMatrix } from './validate.ts';

/** Options of {@link earthMover}. */
export interface EarthMoverOptions {
  /** Pivot limit of the network simplex; {@link defaultMaxPivots} by default. */
  maxIterations?: number;
  /** Relative gap allowed between Σa and Σb; {@link MASS_RELATIVE_TOLERANCE} by default. */
  massTolerance?: number;
}

/** An optimal transport plan and its cost. */
export interface EarthMoverResult {
  /** ⟨P, C⟩ for the optimal plan P, in the units of the cost. */
  cost: number;
  /** Row-major rows×cols plan P, with row sums a and column sums b. */
  plan: Float64Array;
  rows: number;
  cols: number;
  /** Network simplex pivots performed. */
  iterations: number;
}

/** Pivot limit when none is given: far above the pivots a solve needs in practice. */
export function defaultMaxPivots(rows: number, cols: number): number {
  return Math.max(1_000_000, 100 * rows * cols);
}

/**
 * Computes the exact optimal transport (earth mover's) cost between discrete
 * distributions, in the units of the cost matrix, in [0, +∞). For a distance
 * matrix this is W₁, and for squared distances W₂².
 *
 * cost = min ⟨P, C⟩ over plans P ≥ 0 with P·1 = a and Pᵀ·1 = b, solved exactly
 * by a primal network simplex (see `networkSimplex.ts`), as `ot.emd2(a, b, M)`
 * in POT. a and b are not normalised: their totals must agree within
 * `massTolerance` relative to the larger, and the cost scales with the mass.
 * Entries of zero mass are dropped before solving and get zero rows or columns.
 * Costs of very different magnitudes (1e32 beside 1e3) still give the optimum,
 * because node potentials are kept in double-double precision.
 *
 * NOTE: reduced costs within 2^-48 of the largest low part of a potential
 * count as zero, so a cost about 1e14 times smaller than the costs on its tree
 * path can be ignored, which moves the result by at most that cost times the mass.
 *
 * @param a - n source masses, finite and ≥ 0, with a positive total.
 * @param b - m sink masses with the same total.
 * @param cost - n×m costs, finite and ≥ 0, row-major (length n·m) or n rows of m.
 * @throws RangeError on an empty input, NaN, a negative or infinite mass, a zero
 *   total, totals that differ beyond the tolerance, a cost matrix of the wrong
 *   shape or with a non-finite or negative entry, or a network simplex that
 *   reaches `maxIterations` without proving optimality; TypeError when an
 *   input is not an array.
 * @see Bonneel, van de Panne, Paris & Heidrich, "Displacement interpolation using Lagrangian mass transport", SIGGRAPH Asia 2011 (the solver behind `ot.emd`).
 */
export default function earthMover(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  cost: ArrayLike<number> | ArrayLike<ArrayLike<number>>,
  options: EarthMoverOptions = {},
): EarthMoverResult {
  const fn = 'earthMover';
  const totalA = checkMasses(fn, 'a', a);
  const totalB = checkMasses(fn, 'b', b);
  const rows = a.length;
  const cols = b.length;
  const costs = readCostMatrix(fn, cost, rows, cols);
  const { maxIterations = defaultMaxPivots(rows, cols), massTolerance = MASS_RELATIVE_TOLERANCE } = options;
  checkPositive(fn, 'options.maxIterations', maxIterations);
  checkPositive(fn, 'options.massTolerance', massTolerance);
  checkEqualMass(fn, 'a', totalA, 'b', totalB, massTolerance);

  const rowIndex = support(a);
  const colIndex = support(b);
  const n = rowIndex.length;
  const m = colIndex.length;
  const sources = new Float64Array(n);
  const sinks = new Float64Array(m);
  for (let i = 0; i < n; i++) sources[i] = a[rowIndex[i]];
  for (let j = 0; j < m; j++) sinks[j] = b[colIndex[j]];
  const reduced = n === rows && m === cols ? costs : subMatrix(costs, cols, rowIndex, colIndex);

  const solution = networkSimplex(sources, sinks, reduced, maxIterations);
  if (!solution.optimal) {
    throw new RangeError(
      `${fn}: the network simplex stopped after ${solution.iterations} pivots without reaching the optimum ` +
        `(raise options.maxIterations)`,
    );
  }

  const plan = new Float64Array(rows * cols);
  let total = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const f = solution.plan[i * m + j];
      if (f === 0) continue;
      const e = rowIndex[i] * cols + colIndex[j];
      plan[e] = f;

      // Neumaier summation keeps ⟨P, C⟩ accurate when costs differ in magnitude.
      const term = f * costs[e];
      const t = total + term;
      compensation += Math.abs(total) >= Math.abs(term) ? total - t + term : term - t + total;
      total = t;
    }
  }
  return { cost: total + compensation, plan, rows, cols, iterations: solution.iterations };
}

function support(masses: ArrayLike<number>): Int32Array {
  let count = 0;
  for (let i = 0; i < masses.length; i++) if (masses[i] > 0) count++;
  const index = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < masses.length; i++) if (masses[i] > 0) index[k++] = i;
  return index;
}

function subMatrix(costs: Float64Array, cols: number, rowIndex: Int32Array, colIndex: Int32Array): Float64Array {
  const m = colIndex.length;
  const out = new Float64Array(rowIndex.length * m);
  for (let i = 0; i < rowIndex.length; i++) {
    for (let j = 0; j < m; j++) out[i * m + j] = costs[rowIndex[i] * cols + colIndex[j]];
  }
  return out;
}
