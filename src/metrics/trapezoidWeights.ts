import { checkArrayLike, checkFinite, checkNonEmpty } from './validate.ts';

/**
 * Computes the trapezoid-rule weights of a grid, in the units of x: ∫ f dx ≈
 * Σᵢ wᵢ f(xᵢ) with w₀ = (x₁ − x₀)/2, wᵢ = (xᵢ₊₁ − xᵢ₋₁)/2, wₙ₋₁ = (xₙ₋₁ − xₙ₋₂)/2.
 * A single point gets weight 1, so a one-point grid is a point mass.
 *
 * @param x - grid points, finite and strictly increasing.
 * @throws RangeError on an empty grid, a non-finite point or points that do not
 *   increase; TypeError when x is not an array.
 */
export default function trapezoidWeights(x: ArrayLike<number>): Float64Array {
  checkGrid('trapezoidWeights', x);
  const n = x.length;
  const w = new Float64Array(n);
  if (n === 1) {
    w[0] = 1;
    return w;
  }
  for (let i = 0; i + 1 < n; i++) {
    const half = 0.5 * (x[i + 1] - x[i]);
    w[i] += half;
    w[i + 1] += half;
  }
  return w;
}

/** Throws unless x is a non-empty array of finite, strictly increasing numbers. */
export function checkGrid(fn: string, x: unknown): asserts x is ArrayLike<number> {
  checkArrayLike(fn, 'x', x);
  checkNonEmpty(fn, 'x', x);
  for (let i = 0; i < x.length; i++) {
    checkFinite(fn, `x[${i}]`, x[i]);
    if (i > 0 && !(x[i] > x[i - 1])) {
      throw new RangeError(`${fn}: invalid x[${i}]: ${x[i]} (grid points must increase strictly; x[${i - 1}] = ${x[i - 1]})`);
    }
  }
}
