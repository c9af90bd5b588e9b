import { t } from '../../i18n/ko.ts';

/**
 * A pair of histograms P and Q on the bins 1…K, as the reader edits them:
 * each bin contains a whole number of mass units from 0 to {@link MASS_MAX}.
 * The figures divide each histogram by its total before they measure a
 * distance, so only the shape matters. Whole units keep the URL short and
 * make every keyboard step the same size.
 */

/** Minimum and maximum number of bins a reader can choose. */
export const BINS_MIN = 5;
export const BINS_MAX = 30;

/** Most mass units one bin can hold; one decimal digit per bin in the URL. */
export const MASS_MAX = 9;

/** Mass units of each bin, in bin order. */
export type Masses = readonly number[];

/** The two histograms of a figure; they always have the same number of bins. */
export interface HistogramPair {
  p: Masses;
  q: Masses;
}

/** Side of a pair: P or Q. */
export type Side = 'p' | 'q';

export const SIDES: readonly Side[] = ['p', 'q'];

/** Separates P from Q in the URL form `0123.3210`. */
const PAIR_SEPARATOR = '.';

/** Sums the mass units of a histogram. */
export function totalMass(masses: Masses): number {
  let total = 0;
  for (const mass of masses) total += mass;
  return total;
}

/** Reports whether a histogram has no mass, so that it is no distribution at all. */
export function isEmpty(masses: Masses): boolean {
  return totalMass(masses) === 0;
}

/** Lists the sides whose histogram has no mass, in the order P, Q. */
export function emptySides(pair: HistogramPair): Side[] {
  return SIDES.filter((side) => isEmpty(pair[side]));
}

/**
 * Divides mass units by their total, giving probabilities that sum to 1.
 * Throws a `RangeError` for an empty histogram, which callers check first
 * with {@link isEmpty}.
 */
export function normalise(masses: Masses): Float64Array {
  const total = totalMass(masses);
  if (total === 0) throw new RangeError('normalise: the histogram has no mass (check isEmpty first)');
  return Float64Array.from(masses, (mass) => mass / total);
}

/** Reports whether the supports of two histograms, the bins with mass, share a bin. */
export function supportsOverlap(p: Masses, q: Masses): boolean {
  return p.some((mass, index) => mass > 0 && q[index] > 0);
}

/** Returns the bin positions 1…K, one unit apart. */
export function binPositions(bins: number): number[] {
  return Array.from({ length: bins }, (_, index) => index + 1);
}

/** Rounds and clamps a requested mass to a whole number in [0, MASS_MAX]. */
export function clampMass(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(MASS_MAX, Math.max(0, Math.round(value)));
}

/** Returns a copy of `masses` with bin `index` (0-based) set to `value`, clamped. */
export function setMass(masses: Masses, index: number, value: number): number[] {
  const next = [...masses];
  next[index] = clampMass(value);
  return next;
}

/** Returns a copy of the pair with one side replaced. */
export function withSide(pair: HistogramPair, side: Side, masses: Masses): HistogramPair {
  return side === 'p' ? { p: masses, q: pair.q } : { p: pair.p, q: masses };
}

/**
 * Changes the number of bins of both histograms: bins past the new count are
 * dropped and new bins start empty. Dropping bins can empty a histogram, which
 * the figures then report.
 */
export function resizePair(pair: HistogramPair, bins: number): HistogramPair {
  const resize = (masses: Masses) => Array.from({ length: bins }, (_, index) => masses[index] ?? 0);
  return { p: resize(pair.p), q: resize(pair.q) };
}

/** Reports whether two pairs hold the same masses in the same bins. */
export function samePair(first: HistogramPair, second: HistogramPair): boolean {
  const same = (a: Masses, b: Masses) => a.length === b.length && a.every((mass, index) => mass === b[index]);
  return same(first.p, second.p) && same(first.q, second.q);
}

/** Writes a pair as `PPPP.QQQQ`, one digit per bin. */
export function encodePair(pair: HistogramPair): string {
  return `${pair.p.join('')}${PAIR_SEPARATOR}${pair.q.join('')}`;
}

/**
 * Reads a pair written by {@link encodePair}. Both sides need the same number
 * of digits, from BINS_MIN to BINS_MAX, and some mass. Throws a `RangeError`
 * with a Korean message for the figure to show.
 */
export function parsePair(raw: string): HistogramPair {
  const parts = raw.trim().split(PAIR_SEPARATOR);
  if (parts.length !== 2 || !parts.every((part) => /^[0-9]+$/.test(part))) {
    throw new RangeError(t('histogram.urlFormat'));
  }

  const [p, q] = parts.map((part) => Array.from(part, Number));
  if (p.length !== q.length) {
    throw new RangeError(t('histogram.urlLengthMismatch', { p: p.length, q: q.length }));
  }
  if (p.length < BINS_MIN || p.length > BINS_MAX) {
    throw new RangeError(t('histogram.urlBinCount', { bins: p.length, min: BINS_MIN, max: BINS_MAX }));
  }

  const pair = { p, q };
  const empty = emptySides(pair);
  if (empty.length > 0) {
    throw new RangeError(t('histogram.urlEmpty', { side: sideLabel(empty[0]) }));
  }
  return pair;
}

/** Returns the letter the figures use for a side: P or Q. */
export function sideLabel(side: Side): string {
  return side === 'p' ? 'P' : 'Q';
}
