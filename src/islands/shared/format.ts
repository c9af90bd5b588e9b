/**
 * Formats a number for a figure or the text: `∞` for +Infinity, otherwise a fixed
 * number of decimals, with `-0` shown as `0`. Throws a `RangeError` for NaN,
 * because a figure must never show one.
 */
export function formatNumber(value: number, digits: number): string {
  if (Number.isNaN(value)) throw new RangeError('Cannot format NaN for a figure.');
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  const fixed = value.toFixed(digits);
  return /^-0\.?0*$/.test(fixed) ? fixed.slice(1) : fixed.replace('-', '−');
}
