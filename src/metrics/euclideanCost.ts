import { checkArrayLike, checkFinite, checkNonEmpty } from './validate.ts';

/** Options of {@link euclideanCost}. */
export interface EuclideanCostOptions {
  /** Return ‖x − y‖² instead of ‖x − y‖; false by default. */
  squared?: boolean;
}

/** `squared` unless the caller sets it. */
export const EUCLIDEAN_SQUARED_DEFAULT = false;

/** Points as numbers on the line or as coordinate arrays of one dimension. */
export type Points = ArrayLike<number> | ArrayLike<ArrayLike<number>>;

/**
 * Computes the Euclidean cost matrix between two point sets, in the units of
 * the coordinates (their square with `squared`), every entry in [0, +∞).
 *
 * cost[i·m + j] = ‖xsᵢ − ysⱼ‖ (or its square), row-major n×m, the ground cost
 * of `ot.dist(xs, ys, 'euclidean' | 'sqeuclidean')` in POT.
 *
 * @param xs - n points: numbers (1-D) or arrays of d finite coordinates.
 * @param ys - m points of the same dimension.
 * @throws RangeError on an empty set, a non-finite coordinate or points of
 *   different dimensions; TypeError when a set or a point is not an array.
 */
export default function euclideanCost(xs: Points, ys: Points, options: EuclideanCostOptions = {}): Float64Array {
  const { squared = EUCLIDEAN_SQUARED_DEFAULT } = options;
  const x = readPoints('xs', xs);
  const y = readPoints('ys', ys);
  if (x.dimension !== y.dimension) {
    throw new RangeError(
      `euclideanCost: xs has points of dimension ${x.dimension} but ys has dimension ${y.dimension}`,
    );
  }

  const d = x.dimension;
  const n = x.count;
  const m = y.count;
  const cost = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (d === 1) {
        const diff = Math.abs(x.coordinates[i] - y.coordinates[j]);
        cost[i * m + j] = squared ? diff * diff : diff;
        continue;
      }
      let sum = 0;
      for (let k = 0; k < d; k++) {
        const diff = x.coordinates[i * d + k] - y.coordinates[j * d + k];
        sum += diff * diff;
      }
      cost[i * m + j] = squared ? sum : Math.sqrt(sum);
    }
  }
  return cost;
}

interface PointSet {
  count: number;
  dimension: number;
  /** Row-major count×dimension coordinates. */
  coordinates: Float64Array;
}

function readPoints(name: string, points: unknown): PointSet {
  const fn = 'euclideanCost';
  checkArrayLike(fn, name, points);
  checkNonEmpty(fn, name, points);
  const count = points.length;

  if (typeof points[0] === 'number') {
    const coordinates = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      checkFinite(fn, `${name}[${i}]`, points[i]);
      coordinates[i] = points[i];
    }
    return { count, dimension: 1, coordinates };
  }

  const nested = points as unknown as ArrayLike<unknown>;
  const first = nested[0];
  checkArrayLike(fn, `${name}[0]`, first);
  const dimension = first.length;
  const coordinates = new Float64Array(count * dimension);
  for (let i = 0; i < count; i++) {
    const point = nested[i];
    checkArrayLike(fn, `${name}[${i}]`, point);
    if (point.length !== dimension) {
      throw new RangeError(
        `${fn}: ${name}[${i}] has ${point.length} coordinates but ${name}[0] has ${dimension}`,
      );
    }
    for (let k = 0; k < dimension; k++) {
      checkFinite(fn, `${name}[${i}][${k}]`, point[k]);
      coordinates[i * dimension + k] = point[k];
    }
  }
  return { count, dimension, coordinates };
}
