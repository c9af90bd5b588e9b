import * as Plot from '@observablehq/plot';
import { t } from '../../i18n/ko.ts';
import type { EditBand } from '../shared/bar-layout.ts';
import { formatNumber } from '../shared/format.ts';
import { MASS_MAX, sideLabel, totalMass, type Side } from '../shared/histogram.ts';
import type { Distances, ExplorerState } from './compute.ts';

/**
 * Chart spec and table text of the distance explorer: data in, Plot options
 * and strings out, no DOM. The build renders them to static HTML and SVG and
 * the browser redraws them from the same functions.
 */

export type Row = keyof Distances;

/** Rows of the table, in order. */
export const TABLE_ROWS: readonly Row[] = ['totalVariation', 'klPQ', 'klQP', 'jsNats', 'jsBits', 'wasserstein'];

/** Names of the rows, with their units. */
export const ROW_LABELS: Record<Row, string> = {
  totalVariation: 'TV(P, Q)',
  klPQ: 'KL(P‖Q) [nats]',
  klQP: 'KL(Q‖P) [nats]',
  jsNats: 'JS(P, Q) [nats]',
  jsBits: 'JS(P, Q) [bits]',
  wasserstein: 'W₁(P, Q) [칸]',
};

/** Decimals shown for every value. */
export const DIGITS = 4;

const WIDTH = 360;
const HEIGHT = 230;
const MARGIN = { top: 36, right: 12, bottom: 36, left: 36 };

/** Above this many bins the share labels stand upright to fit their bars. */
const UPRIGHT_LABELS_ABOVE = 12;

const COLOURS: Record<Side, string> = { p: 'var(--chart-p)', q: 'var(--chart-q)' };

/** Formats one value of the table; ∞ stays ∞. */
export function formatDistance(distances: Distances, row: Row): string {
  return formatNumber(distances[row], DIGITS);
}

/** Returns the text of a table cell: the value, or a dash when a side is empty. */
export function cellText(state: ExplorerState, row: Row): string {
  return state.kind === 'measured' ? formatDistance(state.distances, row) : t('explorer.noValue');
}

/** Writes ascending bin numbers with runs as ranges: [1, 2, 3, 7] becomes "1–3, 7". */
export function binList(bins: readonly number[]): string {
  const parts: string[] = [];
  let start = 0;
  for (let index = 1; index <= bins.length; index++) {
    if (index < bins.length && bins[index] === bins[index - 1] + 1) continue;
    const first = bins[start];
    const last = bins[index - 1];
    if (last - first >= 2) parts.push(`${first}–${last}`);
    else if (last === first) parts.push(String(first));
    else parts.push(`${first}, ${last}`);
    start = index;
  }
  return parts.join(', ');
}

/**
 * Returns the one-line reason behind a value, or '' when the value needs
 * none: why a KL is infinite, why JS and TV reach their maxima, why W₁ is
 * what it is, and that KL changes with the order of its arguments.
 */
export function reasonText(state: ExplorerState, row: Row): string {
  if (state.kind === 'empty') return '';
  const { distances, reasons } = state;

  if (reasons.identical) return row === 'totalVariation' ? t('explorer.reasonIdentical') : '';
  switch (row) {
    case 'totalVariation':
      return reasons.disjoint ? t('explorer.reasonTvDisjoint') : '';
    case 'klPQ':
      return reasons.qZeroUnderP.length > 0 ? t('explorer.reasonKlPQInfinite', { bins: binList(reasons.qZeroUnderP) }) : '';
    case 'klQP':
      if (reasons.pZeroUnderQ.length > 0) return t('explorer.reasonKlQPInfinite', { bins: binList(reasons.pZeroUnderQ) });
      if (formatDistance(distances, 'klPQ') !== formatDistance(distances, 'klQP')) return t('explorer.reasonKlAsymmetric');
      return '';
    case 'jsNats':
      return reasons.disjoint ? t('explorer.reasonJsSaturated') : '';
    case 'jsBits':
      return reasons.disjoint ? t('explorer.reasonJsBits') : '';
    case 'wasserstein':
      if (reasons.shift !== null) return t('explorer.reasonShift', { bins: Math.abs(reasons.shift) });
      return reasons.disjoint ? t('explorer.reasonWassersteinDisjoint') : '';
  }
}

/** Returns the Korean message shown in place of the values when a side is empty. */
export function emptyMessage(state: ExplorerState): string {
  if (state.kind !== 'empty') return '';
  if (state.empty.length === 2) return t('histogram.emptyBoth');
  return t('histogram.emptyOne', { side: sideLabel(state.empty[0]) });
}

/** Returns the line under a chart: the total mass and how bars become probabilities. */
export function totalText(state: ExplorerState, side: Side): string {
  const total = totalMass(state.pair[side]);
  if (total === 0) return t('histogram.totalEmpty', { side: sideLabel(side) });
  return t('histogram.total', { side: sideLabel(side), total });
}

/** Returns the band where the bars of `side` are drawn, for the handles laid over them. */
export function editBand(state: ExplorerState, side: Side): EditBand {
  return {
    side,
    bins: state.pair.p.length,
    chartWidth: WIDTH,
    chartHeight: HEIGHT,
    left: MARGIN.left,
    right: WIDTH - MARGIN.right,
    top: MARGIN.top,
    bottom: HEIGHT - MARGIN.bottom,
    direction: 'up',
  };
}

interface Bar {
  bin: number;
  mass: number;
  /** Share of the histogram's total, or null for an empty histogram. */
  share: number | null;
}

function bars(state: ExplorerState, side: Side): Bar[] {
  const masses = state.pair[side];
  const total = totalMass(masses);
  return masses.map((mass, index) => ({ bin: index + 1, mass, share: total === 0 ? null : mass / total }));
}

/** Ticks of the bin axis: every bin when they fit, otherwise 1 and every fifth. */
function binTicks(bins: number): number[] {
  if (bins <= 15) return Array.from({ length: bins }, (_, index) => index + 1);
  return [1, ...Array.from({ length: Math.floor(bins / 5) }, (_, index) => (index + 1) * 5)];
}

/**
 * Spec of the bar chart of one side: its mass units as filled bars, the
 * other side's bars as a dashed outline for comparison, and each bar's share
 * of its total (the renormalised probability) written above it.
 */
export function barsSpec(state: ExplorerState, side: Side): Plot.PlotOptions {
  const other: Side = side === 'p' ? 'q' : 'p';
  const bins = state.pair.p.length;
  const own = bars(state, side);
  const upright = bins > UPRIGHT_LABELS_ABOVE;
  const labelled = own.filter((bar) => bar.share !== null && bar.mass > 0);
  const empty = totalMass(state.pair[side]) === 0;

  return {
    className: `chart-distance-explorer-${side}`,
    width: WIDTH,
    height: HEIGHT,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    ariaLabel: t('explorer.chartLabel', { side: sideLabel(side) }),
    ariaDescription: t('explorer.chartDescription', { side: sideLabel(side), other: sideLabel(other) }),
    style: { color: 'var(--chart-text)', background: 'transparent' },
    x: { domain: [0.5, bins + 0.5], ticks: binTicks(bins), tickFormat: 'd', label: t('histogram.binAxis') },
    y: { domain: [0, MASS_MAX], ticks: [0, 3, 6, 9], label: t('histogram.massAxis') },
    marks: [
      Plot.gridY([3, 6, 9], { stroke: 'var(--chart-grid)', strokeOpacity: 1 }),
      Plot.rectY(own, {
        x1: (bar: Bar) => bar.bin - 0.5,
        x2: (bar: Bar) => bar.bin + 0.5,
        y: 'mass',
        inset: 1,
        fill: COLOURS[side],
      }),
      Plot.rectY(bars(state, other), {
        x1: (bar: Bar) => bar.bin - 0.5,
        x2: (bar: Bar) => bar.bin + 0.5,
        y: 'mass',
        inset: 1,
        fill: 'none',
        stroke: 'var(--chart-text)',
        strokeWidth: 1.25,
        strokeDasharray: '4,3',
      }),
      Plot.ruleY([0], { stroke: 'var(--chart-text)' }),
      Plot.text(labelled, {
        x: 'bin',
        y: 'mass',
        text: (bar: Bar) => `${Math.round((bar.share ?? 0) * 100)}%`,
        dy: upright ? -4 : -6,
        rotate: upright ? -90 : 0,
        textAnchor: upright ? 'start' : 'middle',
        fontSize: upright ? 9 : 10,
        fill: 'var(--chart-text)',
      }),
      Plot.text(empty ? [t('histogram.emptyChart', { side: sideLabel(side) })] : [], {
        frameAnchor: 'middle',
        fontSize: 13,
        fontWeight: 700,
        fill: 'var(--chart-text)',
      }),
    ],
  };
}
