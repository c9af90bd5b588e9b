import { t, type StringKey } from '../../i18n/ko.ts';
import { clampMass, samePair, type HistogramPair } from './histogram.ts';

/**
 * Named histogram pairs that make one property of the distances visible.
 * Each is a function of the number of bins K (5 to 30), so it can be redrawn
 * at whatever K the reader has chosen.
 */
export type PresetName = 'example' | 'identical' | 'shift' | 'disjoint' | 'emptyBin' | 'bimodal';

const LABELS: Record<PresetName, StringKey> = {
  example: 'histogram.presetExample',
  identical: 'histogram.presetIdentical',
  shift: 'histogram.presetShift',
  disjoint: 'histogram.presetDisjoint',
  emptyBin: 'histogram.presetEmptyBin',
  bimodal: 'histogram.presetBimodal',
};

/** Returns the Korean name of a preset, as its button shows it. */
export function presetLabel(name: PresetName): string {
  return t(LABELS[name]);
}

/**
 * Mass units of a triangular bump: `peak` at `center` (0-based, may fall
 * between bins), falling linearly to 0 at distance `halfWidth`.
 */
function bump(bins: number, center: number, halfWidth: number, peak: number): number[] {
  return Array.from({ length: bins }, (_, index) => peak * Math.max(0, 1 - Math.abs(index - center) / halfWidth));
}

function add(...layers: number[][]): number[] {
  return layers[0].map((_, index) => clampMass(layers.reduce((sum, layer) => sum + layer[index], 0)));
}

function constant(bins: number, value: number): number[] {
  return new Array<number>(bins).fill(value);
}

/**
 * Returns a bump left of the middle whose last bin is empty, so that
 * shifting it one bin to the right keeps all of its mass.
 */
function centralBump(bins: number): number[] {
  return add(bump(bins, (bins - 1) / 2 - 0.5, Math.max(1.5, bins / 5), 9));
}

/** Bin (0-based) that the `emptyBin` preset empties in Q. */
export function emptiedBin(bins: number): number {
  return Math.floor(bins / 3);
}

const SHAPES: Record<PresetName, (bins: number) => HistogramPair> = {
  // The worked example of the review: P has ½ at bins 1 and 4, Q has ¼ at
  // bins 2 and 3 and ½ at bin 5. It needs five bins and leaves any further
  // bins empty.
  example: (bins) => ({
    p: [4, 0, 0, 4, 0, ...constant(bins - 5, 0)],
    q: [0, 2, 2, 0, 4, ...constant(bins - 5, 0)],
  }),

  identical: (bins) => {
    const p = centralBump(bins);
    return { p, q: [...p] };
  },

  shift: (bins) => {
    const p = centralBump(bins);
    return { p, q: [0, ...p.slice(0, -1)] };
  },

  // The masks make the supports disjoint whatever the rounding of the bumps.
  disjoint: (bins) => {
    const halfWidth = Math.max(1, (bins - 1) / 6);
    const left = bump(bins, (bins - 1) / 4, halfWidth, 9).map((mass, index) => (index < bins / 2 ? mass : 0));
    const right = bump(bins, (3 * (bins - 1)) / 4, halfWidth, 9).map((mass, index) => (index >= bins / 2 ? mass : 0));
    return { p: add(left), q: add(right) };
  },

  emptyBin: (bins) => {
    const p = add(constant(bins, 2), bump(bins, (bins - 1) / 2, bins / 2, 6));
    const q = [...p];
    q[emptiedBin(bins)] = 0;
    return { p, q };
  },

  bimodal: (bins) => {
    const halfWidth = Math.max(1.5, bins / 6);
    return {
      p: add(constant(bins, 1), bump(bins, (bins - 1) / 5, halfWidth, 8), bump(bins, (4 * (bins - 1)) / 5, halfWidth, 8)),
      q: add(constant(bins, 1), bump(bins, (bins - 1) / 2, Math.max(2, bins / 4), 8)),
    };
  },
};

/** Returns the histogram pair of a preset at `bins` bins. */
export function presetPair(name: PresetName, bins: number): HistogramPair {
  return SHAPES[name](bins);
}

/** Returns the first of `names` whose pair at the same number of bins equals `pair`, or null. */
export function matchPreset(pair: HistogramPair, names: readonly PresetName[]): PresetName | null {
  return names.find((name) => samePair(presetPair(name, pair.p.length), pair)) ?? null;
}
