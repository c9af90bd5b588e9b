/**
 * Input checks shared by every metric. Each check throws a `TypeError` when
 * the argument has the wrong kind and a `RangeError` when a value lies outside
 * its domain. Messages name the function, the argument, the index and the value,
 * so the caller can find the entry at fault.
 */

/** Relative gap allowed between the total masses of two marginals (1e-9). */
export const MASS_RELATIVE_TOLERANCE = 1e-9;

function show(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `array of length ${value.length}`;
  return String(value);
}

/** Throws a `TypeError` unless `values` is an array or a typed array. */
export function checkArrayLike(fn: string, name: string, values: unknown): asserts values is ArrayLike<number> {
  const isArrayLike = Array.isArray(values) || (ArrayBuffer.isView(values) && !(values instanceof DataView));
  if (!isArrayLike) {
    throw new TypeError(`${fn}: invalid ${name}: ${show(values)} (expected an array or a typed array of numbers)`);
  }
}

/** Throws a `RangeError` when `values` has no entries. */
export function checkNonEmpty(fn: string, name: string, values: ArrayLike<unknown>): void {
  if (values.length === 0) {
    throw new RangeError(`${fn}: ${name} is empty (expected at least one entry)`);
  }
}

/** Throws a `RangeError` when `a` and `b` differ in length. */
export function checkSameLength(
  fn: string,
  nameA: string,
  a: ArrayLike<unknown>,
  nameB: string,
  b: ArrayLike<unknown>,
): void {
  if (a.length !== b.length) {
    throw new RangeError(
      `${fn}: length mismatch: ${nameA} has ${a.length} entries but ${nameB} has ${b.length}`,
    );
  }
}

/** Throws a `TypeError` for a non-number and a `RangeError` for NaN at `name[index]`. */
export function checkNumber(fn: string, label: string, value: unknown): asserts value is number {
  if (typeof value !== 'number') {
    throw new TypeError(`${fn}: invalid ${label}: ${show(value)} (expected a number)`);
  }
  if (Number.isNaN(value)) {
    throw new RangeError(`${fn}: invalid ${label}: NaN`);
  }
}

/** Throws unless `value` is a finite number. */
export function checkFinite(fn: string, label: string, value: unknown): asserts value is number {
  checkNumber(fn, label, value);
  if (!Number.isFinite(value)) {
    throw new RangeError(`${fn}: invalid ${label}: ${show(value)} (expected a finite number)`);
  }
}

/** Throws unless `value` is a finite number greater than 0. */
export function checkPositive(fn: string, label: string, value: unknown): asserts value is number {
  checkFinite(fn, label, value);
  if (value <= 0) {
    throw new RangeError(`${fn}: invalid ${label}: ${show(value)} (expected a number greater than 0)`);
  }
}

/** Throws unless `base` is a valid logarithm base: finite, positive and not 1. */
export function checkBase(fn: string, base: unknown): asserts base is number {
  checkPositive(fn, 'base', base);
  if (base === 1) {
    throw new RangeError(`${fn}: invalid base: 1 (a logarithm needs a positive base other than 1)`);
  }
}

/**
 * Checks a vector of masses and returns its total. Every entry must be a
 * finite number ≥ 0, and the total must be finite and greater than 0.
 */
export function checkMasses(fn: string, name: string, values: unknown): number {
  checkArrayLike(fn, name, values);
  checkNonEmpty(fn, name, values);

  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    // One comparison accepts a valid mass (it is false for NaN), so the label
    // is built only for an error.
    if (!(typeof value === 'number' && value >= 0 && value < Infinity)) {
      checkNumber(fn, `${name}[${i}]`, value);
      const reason = value < 0 ? 'masses must be non-negative' : 'masses must be finite';
      throw new RangeError(`${fn}: invalid ${name}[${i}]: ${show(value)} (${reason})`);
    }
    total += value;
  }

  if (total === 0) {
    throw new RangeError(`${fn}: ${name} has zero total mass and cannot be normalised`);
  }
  if (!Number.isFinite(total)) {
    throw new RangeError(`${fn}: the total mass of ${name} overflows to Infinity (rescale the input)`);
  }
  return total;
}

/** Checks a vector of positions on the line: numbers, not NaN, ±Infinity allowed. */
export function checkPositions(fn: string, name: string, values: unknown): asserts values is ArrayLike<number> {
  checkArrayLike(fn, name, values);
  checkNonEmpty(fn, name, values);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'number' || Number.isNaN(value)) checkNumber(fn, `${name}[${i}]`, value);
  }
}

/**
 * Throws a `RangeError` when two totals differ by more than `tolerance`
 * relative to the larger one. Optimal transport needs equal masses, and this
 * library never rescales one marginal to fit the other.
 */
export function checkEqualMass(
  fn: string,
  nameA: string,
  totalA: number,
  nameB: string,
  totalB: number,
  tolerance: number = MASS_RELATIVE_TOLERANCE,
): void {
  const gap = Math.abs(totalA - totalB);
  if (gap > tolerance * Math.max(totalA, totalB)) {
    throw new RangeError(
      `${fn}: marginals have different total mass: sum(${nameA}) = ${totalA} but sum(${nameB}) = ${totalB} ` +
        `(relative gap ${gap / Math.max(totalA, totalB)} exceeds ${tolerance}; normalise both first)`,
    );
  }
}

/**
 * Reads a cost matrix given as a row-major array of length rows·cols or as
 * `rows` arrays of `cols` numbers, and returns a row-major copy. Every cost
 * must be finite and ≥ 0.
 */
export function readCostMatrix(fn: string, cost: unknown, rows: number, cols: number): Float64Array {
  const flat = new Float64Array(rows * cols);
  const isNested = Array.isArray(cost) && cost.length > 0 && typeof cost[0] === 'object';

  if (isNested) {
    const nested = cost as unknown[];
    if (nested.length !== rows) {
      throw new RangeError(`${fn}: cost matrix has ${nested.length} rows but a has ${rows} entries (expected ${rows}×${cols})`);
    }
    for (let i = 0; i < rows; i++) {
      const row = nested[i];
      checkArrayLike(fn, `cost[${i}]`, row);
      if (row.length !== cols) {
        throw new RangeError(`${fn}: cost[${i}] has ${row.length} columns but b has ${cols} entries (expected ${rows}×${cols})`);
      }
      for (let j = 0; j < cols; j++) flat[i * cols + j] = checkCost(fn, i, j, row[j]);
    }
    return flat;
  }

  checkArrayLike(fn, 'cost', cost);
  if (cost.length !== rows * cols) {
    throw new RangeError(
      `${fn}: cost has ${cost.length} entries but a row-major ${rows}×${cols} matrix needs ${rows * cols}`,
    );
  }
  for (let i = 0, e = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++, e++) flat[e] = checkCost(fn, i, j, cost[e]);
  }
  return flat;
}

function checkCost(fn: string, i: number, j: number, value: unknown): number {
  // The comparison is false for NaN, so valid costs take one branch and the
  // label is built only for an error.
  if (typeof value === 'number' && value >= 0 && value < Infinity) return value;
  const label = `cost[${i}][${j}]`;
  checkNumber(fn, label, value);
  throw new RangeError(`${fn}: invalid ${label}: ${show(value)} (costs must be finite and non-negative)`);
}
