import { formatNumber } from './format.ts';

/** Below this magnitude a non-zero number is written as m × 10ⁿ; at or above it, with fixed decimals. */
export const SCIENTIFIC_BELOW = 1e-3;

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** Mantissa and exponent of a finite, non-zero number whose magnitude is below {@link SCIENTIFIC_BELOW}. */
function splitScientific(value: number, digits: number): { mantissa: string; exponent: string } {
  const [mantissa, exponent] = value.toExponential(digits).split('e');
  return { mantissa: mantissa.replace('-', '−'), exponent: String(Number(exponent)) };
}

function isScientific(value: number): boolean {
  return value !== 0 && Number.isFinite(value) && Math.abs(value) < SCIENTIFIC_BELOW;
}

/**
 * Formats a number for a figure's text: small non-zero magnitudes as
 * `2.67 × 10⁻³¹` with `digits` decimals in the mantissa, everything else as
 * {@link formatNumber} does with `digits` decimals. Throws a `RangeError` for NaN.
 */
export function formatScientific(value: number, digits: number): string {
  if (!isScientific(value)) return formatNumber(value, digits);
  const { mantissa, exponent } = splitScientific(value, digits);
  const superscript = [...exponent].map((character) => SUPERSCRIPT_DIGITS[character]).join('');
  return `${mantissa} × 10${superscript}`;
}

/** Formats a number as LaTeX in the same way as {@link formatScientific}: `2.67 \times 10^{-31}`. */
export function scientificTex(value: number, digits: number): string {
  if (!isScientific(value)) {
    return formatNumber(value, digits).replace('−', '-').replace('∞', '\\infty');
  }
  const { mantissa, exponent } = splitScientific(value, digits);
  return `${mantissa.replace('−', '-')} \\times 10^{${exponent}}`;
}
