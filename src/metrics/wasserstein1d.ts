import sortFloat64 from './sortFloat64.ts';
import { checkMasses, checkPositions, checkSameLength } from './validate.ts';

/**
 * Computes the 1-Wasserstein distance W₁ between two weighted empirical
 * measures on the line, in the units of the values, in [0, +∞].
 *
 * W₁(u, v) = ∫ |F(x) − G(x)| dx, where F and G are the cumulative distribution
 * functions of u and v. Each side's weights are divided by their own sum, as in
 * `scipy.stats.wasserstein_distance`; without weights every value has the same
 * mass. Values may be ±Infinity; the distance is then +∞ wherever the CDFs
 * differ over an unbounded interval, and intervals where F = G add nothing.
 *
 * The CDF difference is integrated by one merge of the two sorted samples, so
 * the cost is that of the sorts: O(n + m) by radix sort without weights, and
 * O((n + m) log(n + m)) with them. Without weights, F − G is
 * (i·m − j·n)/(n·m) in exact integer arithmetic, so identical samples in any
 * order give exactly 0.
 *
 * @param uValues - positions of the first measure, numbers but not NaN.
 * @param vValues - positions of the second measure.
 * @param uWeights - masses for `uValues`, finite and ≥ 0 with a positive sum.
 * @param vWeights - masses for `vValues`.
 * @throws RangeError on an empty input, NaN, a weight vector whose length
 *   differs from its values, a negative or infinite weight, or a zero total
 *   weight; TypeError when an input is not an array.
 * @see Ramdas, García Trillos & Cuturi, "On Wasserstein two-sample testing" (2017), §2.
 */
export default function wasserstein1d(
  uValues: ArrayLike<number>,
  vValues: ArrayLike<number>,
  uWeights?: ArrayLike<number>,
  vWeights?: ArrayLike<number>,
): number {
  const fn = 'wasserstein1d';
  checkPositions(fn, 'uValues', uValues);
  checkPositions(fn, 'vValues', vValues);
  if (uWeights !== undefined) {
    checkMasses(fn, 'uWeights', uWeights);
    checkSameLength(fn, 'uValues', uValues, 'uWeights', uWeights);
  }
  if (vWeights !== undefined) {
    checkMasses(fn, 'vWeights', vWeights);
    checkSameLength(fn, 'vValues', vValues, 'vWeights', vWeights);
  }

  if (uWeights === undefined && vWeights === undefined) return unweighted(uValues, vValues);

  const u = sortWeighted(uValues, uWeights);
  const v = sortWeighted(vValues, vWeights);
  return weighted(u.values, u.cumulative, v.values, v.cumulative);
}

function unweighted(uValues: ArrayLike<number>, vValues: ArrayLike<number>): number {
  const u = sortFloat64(uValues);
  const v = sortFloat64(vValues);
  const n = u.length;
  const m = v.length;

  // Walk the merged order; between consecutive points F − G = (i·m − j·n)/(n·m),
  // with i and j the counts of u and v values passed so far.
  let i = 0;
  let j = 0;
  let sum = 0;
  let x = Math.min(u[0], v[0]);
  while (i < n || j < m) {
    while (i < n && u[i] === x) i++;
    while (j < m && v[j] === x) j++;
    if (i === n && j === m) break;

    const next = Math.min(i < n ? u[i] : Infinity, j < m ? v[j] : Infinity);
    const gap = Math.abs(i * m - j * n);
    if (gap !== 0) sum += gap * (next - x);
    x = next;
  }
  return sum / n / m;
}

interface SortedSample {
  values: Float64Array;
  /** Running sum of the weights in sorted order, divided by the last sum. */
  cumulative: Float64Array;
}

function sortWeighted(values: ArrayLike<number>, weights: ArrayLike<number> | undefined): SortedSample {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  order.sort((a, b) => values[a] - values[b] || a - b);

  const sorted = new Float64Array(n);
  const cumulative = new Float64Array(n);
  let running = 0;
  for (let k = 0; k < n; k++) {
    sorted[k] = values[order[k]];
    running += weights === undefined ? 1 : weights[order[k]];
    cumulative[k] = running;
  }

  // Dividing by the same running sum makes the last entry exactly 1, so a
  // far value of zero weight adds nothing.
  for (let k = 0; k < n; k++) cumulative[k] /= running;
  return { values: sorted, cumulative };
}

function weighted(u: Float64Array, uCdf: Float64Array, v: Float64Array, vCdf: Float64Array): number {
  const n = u.length;
  const m = v.length;
  let i = 0;
  let j = 0;
  let sum = 0;
  let x = Math.min(u[0], v[0]);
  while (i < n || j < m) {
    while (i < n && u[i] === x) i++;
    while (j < m && v[j] === x) j++;
    if (i === n && j === m) break;

    const next = Math.min(i < n ? u[i] : Infinity, j < m ? v[j] : Infinity);
    const f = i === 0 ? 0 : uCdf[i - 1];
    const g = j === 0 ? 0 : vCdf[j - 1];
    const gap = Math.abs(f - g);
    if (gap !== 0) sum += gap * (next - x);
    x = next;
  }
  return sum;
}
