import { t } from '../../i18n/ko.ts';
import { formatNumber } from './format.ts';
import { MASS_MAX, sideLabel, totalMass, type Masses, type Side } from './histogram.ts';

/**
 * Geometry of the editable bars of a histogram chart. A chart spec declares
 * the band where it draws one histogram, in the chart's own pixels. The
 * server and the browser both place one `role="slider"` handle per bin over
 * that band, in percentages of the chart, so the handles stay on their bars
 * at any rendered size.
 */

/** Direction in which mass grows in a band: piles grow up, holes grow down. */
export type BandDirection = 'up' | 'down';

/** The rectangle of a chart where one histogram's bars are drawn, in chart pixels. */
export interface EditBand {
  side: Side;
  bins: number;
  chartWidth: number;
  chartHeight: number;
  left: number;
  right: number;
  /** Pixel row of mass MASS_MAX for `up`, of mass 0 for `down`. */
  top: number;
  /** Pixel row of mass 0 for `up`, of mass MASS_MAX for `down`. */
  bottom: number;
  direction: BandDirection;
}

function percent(value: number): string {
  return `${Number((value * 100).toFixed(4))}%`;
}

/** Returns the inline CSS that lays the handle group over its band. */
export function bandStyle(band: EditBand): string {
  return [
    `left:${percent(band.left / band.chartWidth)}`,
    `top:${percent(band.top / band.chartHeight)}`,
    `width:${percent((band.right - band.left) / band.chartWidth)}`,
    `height:${percent((band.bottom - band.top) / band.chartHeight)}`,
  ].join(';');
}

/** Returns the inline CSS of the handle of bin `index` (0-based) inside its group. */
export function handleStyle(index: number, bins: number): string {
  return `left:${percent(index / bins)};width:${percent(1 / bins)}`;
}

/**
 * Maps a pointer position inside a band, as fractions of the band's width
 * and height, to the bin under it and the mass its height stands for.
 */
export function massAt(band: Pick<EditBand, 'bins' | 'direction'>, fractionX: number, fractionY: number): { index: number; mass: number } {
  const index = Math.min(band.bins - 1, Math.max(0, Math.floor(fractionX * band.bins)));
  const depth = band.direction === 'up' ? 1 - fractionY : fractionY;
  return { index, mass: Math.min(MASS_MAX, Math.max(0, Math.round(depth * MASS_MAX))) };
}

/** Returns the `aria-valuetext` of a bin: its mass units and its share of the total. */
export function binValueText(side: Side, masses: Masses, index: number): string {
  const total = totalMass(masses);
  const values = { side: sideLabel(side), bin: index + 1, mass: masses[index] };
  if (total === 0) return t('histogram.binValueEmpty', values);
  return t('histogram.binValue', { ...values, probability: formatNumber(masses[index] / total, 3) });
}

/** Attributes of the handle of bin `index`, written by the server and updated by the browser. */
export function handleAttributes(band: EditBand, masses: Masses, index: number): Record<string, string> {
  return {
    role: 'slider',
    'aria-orientation': 'vertical',
    'aria-label': t('histogram.binLabel', { side: sideLabel(band.side), bin: index + 1 }),
    'aria-valuemin': '0',
    'aria-valuemax': String(MASS_MAX),
    'aria-valuenow': String(masses[index]),
    'aria-valuetext': binValueText(band.side, masses, index),
    'data-bin': String(index),
    style: handleStyle(index, band.bins),
  };
}
