import * as Plot from '@observablehq/plot';
import { t } from '../../i18n/ko.ts';
import type { EditBand } from '../shared/bar-layout.ts';
import { formatNumber } from '../shared/format.ts';
import { MASS_MAX, sideLabel, totalMass, type Side } from '../shared/histogram.ts';
import { EPSILONS, FLOW_SHOWN_MIN, type Flow, type MoverState } from './compute.ts';

/**
 * Chart specs and text of the earth-mover figure: data in, Plot options and
 * strings out, no DOM. The build renders them to static HTML and SVG and the
 * browser redraws them from the same functions.
 */

/** Decimals of masses and costs. */
export const DIGITS = 4;

const WIDTH = 420;
const HEIGHT = 320;
const MARGIN = { top: 30, right: 14, bottom: 36, left: 72 };

/**
 * The transport chart stacks three bands on one vertical axis, in mass
 * units: Q's holes hang below y = MASS_MAX, the flows cross the gap above,
 * and P's piles stand on y = MASS_MAX + FLOW_GAP.
 */
const FLOW_GAP = 7;
const HOLE_GROUND = MASS_MAX;
const PILE_GROUND = MASS_MAX + FLOW_GAP;
const Y_TOP = PILE_GROUND + MASS_MAX;

/** Width in pixels of a flow that carries all the mass, for one bin of the chart's width. */
const FULL_FLOW_WIDTH_PER_BIN = 0.9;
/** Thinnest flow drawn, in pixels, so that a small flow stays visible. */
const MIN_FLOW_WIDTH = 0.75;
/**
 * Where a flow's label sits: the point of the bump-y curve at parameter 0.8,
 * near the hole, where flows from one pile have already fanned apart. For a
 * cubic Bézier with vertical tangents that point lies 0.896 of the way across
 * and 0.752 of the way down.
 */
const LABEL_ALONG_X = 0.896;
const LABEL_ALONG_Y = 0.752;
/** With more bins than this, masses are not written on the flows and the plan cells. */
const MAX_LABELLED_BINS = 8;
/** With more bins than this, the share labels stand upright to fit their bars. */
const UPRIGHT_LABELS_ABOVE = 12;

const PLAN_SIZE = 300;
const PLAN_MARGIN = { top: 16, right: 12, bottom: 44, left: 48 };

function yPixel(value: number): number {
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  return MARGIN.top + ((Y_TOP - value) / Y_TOP) * plotHeight;
}

/** Returns the band where the bars of `side` are drawn: P's piles grow up, Q's holes grow down. */
export function editBand(state: MoverState, side: Side): EditBand {
  const common = {
    side,
    bins: state.pair.p.length,
    chartWidth: WIDTH,
    chartHeight: HEIGHT,
    left: MARGIN.left,
    right: WIDTH - MARGIN.right,
  };
  if (side === 'p') return { ...common, top: yPixel(Y_TOP), bottom: yPixel(PILE_GROUND), direction: 'up' };
  return { ...common, top: yPixel(HOLE_GROUND), bottom: yPixel(0), direction: 'down' };
}

/** Formats the ε of a state for the slider's output. */
export function epsilonText(epsilon: number): string {
  return epsilon === 0 ? t('earthMover.epsilonExact') : String(epsilon);
}

/** Returns the ε slider's `aria-valuetext`. */
export function epsilonValueText(epsilon: number): string {
  return epsilon === 0 ? t('earthMover.epsilonExactValue') : t('earthMover.epsilonValue', { epsilon });
}

/** Returns the slider position (0-based index into EPSILONS) of an ε. */
export function epsilonIndex(epsilon: number): number {
  return Math.max(0, EPSILONS.findIndex((value) => value === epsilon));
}

/** Returns the headline: the cost as the sum over the flows, compared with W₁. */
export function costText(state: MoverState): string {
  if (state.kind === 'empty') return t('earthMover.costNone');
  const cost = formatNumber(state.cost, DIGITS);
  const wasserstein = formatNumber(state.wasserstein, DIGITS);
  if (state.sinkhorn === null) return t('earthMover.costExact', { cost, wasserstein });
  return t(cost === wasserstein ? 'earthMover.costEntropicClose' : 'earthMover.costEntropic', { cost, wasserstein });
}

/** Returns how the plan was found: exact, or Sinkhorn's iterations and convergence. */
export function solverText(state: MoverState): string {
  if (state.kind === 'empty') return '';
  if (state.sinkhorn === null) return t('earthMover.solverExact');
  const { iterations, converged, marginalError } = state.sinkhorn;
  return t(converged ? 'earthMover.solverConverged' : 'earthMover.solverNotConverged', {
    epsilon: state.epsilon,
    iterations,
    error: marginalError.toExponential(1),
  });
}

/** Returns the Korean message shown in place of the plan when a side is empty. */
export function emptyMessage(state: MoverState): string {
  if (state.kind !== 'empty') return '';
  if (state.empty.length === 2) return t('histogram.emptyBoth');
  return t('histogram.emptyOne', { side: sideLabel(state.empty[0]) });
}

/** Returns the line under the chart: both totals and how bars become probabilities. */
export function totalsText(state: MoverState): string {
  return t('earthMover.totals', { p: totalMass(state.pair.p), q: totalMass(state.pair.q) });
}

/** One row of the flow table: a flow, or the pooled flows too small to list. */
export interface FlowRow {
  from: string;
  to: string;
  mass: number;
  distance: number | null;
  /** Σ mass × distance of the row. */
  cost: number;
  pooled: boolean;
}

/**
 * Lists the flows of the plan for the table, by P's bin and then Q's. Flows
 * below FLOW_SHOWN_MIN are pooled into one last row, so the rows still sum
 * to the stated cost.
 */
export function flowRows(state: MoverState): FlowRow[] {
  if (state.kind === 'empty') return [];
  const listed = state.flows.filter((flow) => flow.mass >= FLOW_SHOWN_MIN);
  const pooled = state.flows.filter((flow) => flow.mass < FLOW_SHOWN_MIN);
  const rows: FlowRow[] = listed.map((flow) => ({
    from: String(flow.from),
    to: String(flow.to),
    mass: flow.mass,
    distance: flow.distance,
    cost: flow.mass * flow.distance,
    pooled: false,
  }));
  if (pooled.length > 0) {
    rows.push({
      from: t('earthMover.flowPooled', { count: pooled.length, threshold: FLOW_SHOWN_MIN }),
      to: '',
      mass: pooled.reduce((sum, flow) => sum + flow.mass, 0),
      distance: null,
      cost: pooled.reduce((sum, flow) => sum + flow.mass * flow.distance, 0),
      pooled: true,
    });
  }
  return rows;
}

interface Bar {
  bin: number;
  mass: number;
  share: number;
}

function bars(state: MoverState, side: Side): Bar[] {
  const masses = state.pair[side];
  const total = totalMass(masses);
  return masses.map((mass, index) => ({ bin: index + 1, mass, share: total === 0 ? 0 : mass / total }));
}

function binTicks(bins: number): number[] {
  if (bins <= 15) return Array.from({ length: bins }, (_, index) => index + 1);
  return [1, ...Array.from({ length: Math.floor(bins / 5) }, (_, index) => (index + 1) * 5)];
}

function shareLabel(bar: Bar): string {
  return `${Math.round(bar.share * 100)}%`;
}

/**
 * Spec of the transport chart: P's piles on top, Q's holes below, and one
 * band per flow of the plan between them, as wide as the mass it carries.
 */
export function transportSpec(state: MoverState): Plot.PlotOptions {
  const bins = state.pair.p.length;
  const piles = bars(state, 'p');
  const holes = bars(state, 'q');
  const upright = bins > UPRIGHT_LABELS_ABOVE;
  const binWidth = (WIDTH - MARGIN.left - MARGIN.right) / bins;
  const flows = state.kind === 'transported' ? state.flows.filter((flow) => flow.mass >= FLOW_SHOWN_MIN) : [];
  // The entropic plan has a flow between almost every pair of bins, whose
  // labels would overlap; the matrix beside the chart writes its masses.
  const exact = state.kind === 'transported' && state.sinkhorn === null;
  const labelledFlows = exact && bins <= MAX_LABELLED_BINS ? flows.filter((flow) => flow.mass >= 0.01) : [];
  const message =
    state.kind === 'empty' ? [state.empty.map((side) => t('histogram.emptyChart', { side: sideLabel(side) })).join('\n')] : [];

  const shareText = (ground: number, direction: 1 | -1, side: Side) => {
    // Upright labels read bottom to top, so a label above a pile starts at
    // the pile and a label below a hole ends at the hole.
    let uprightAnchor: 'start' | 'end' | 'middle' = 'middle';
    if (upright) uprightAnchor = direction === 1 ? 'start' : 'end';
    return Plot.text(
      (side === 'p' ? piles : holes).filter((bar) => bar.mass > 0 && totalMass(state.pair[side]) > 0),
      {
        x: 'bin',
        y: (bar: Bar) => ground + direction * bar.mass,
        text: shareLabel,
        dy: direction === 1 ? -5 : 5,
        rotate: upright ? -90 : 0,
        textAnchor: uprightAnchor,
        lineAnchor: direction === 1 ? 'bottom' : 'top',
        fontSize: upright ? 10 : 12,
        fill: 'var(--chart-text)',
      },
    );
  };

  return {
    className: 'chart-earth-mover-transport',
    width: WIDTH,
    height: HEIGHT,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    ariaLabel: t('earthMover.transportLabel'),
    ariaDescription: t('earthMover.transportDescription'),
    // Larger than Plot's 10px because this chart is wider than a phone and
    // is drawn scaled down there.
    style: { color: 'var(--chart-text)', background: 'transparent', fontSize: '12px' },
    x: { domain: [0.5, bins + 0.5], ticks: binTicks(bins), tickFormat: 'd', label: t('histogram.binAxis') },
    y: { domain: [0, Y_TOP], axis: null },
    marks: [
      Plot.link(flows, {
        x1: 'from',
        y1: PILE_GROUND,
        x2: 'to',
        y2: HOLE_GROUND,
        curve: 'bump-y',
        stroke: 'var(--chart-plan)',
        strokeOpacity: 0.55,
        strokeWidth: (flow: Flow) => Math.max(MIN_FLOW_WIDTH, flow.mass * binWidth * FULL_FLOW_WIDTH_PER_BIN),
      }),
      Plot.rectY(piles, {
        x1: (bar: Bar) => bar.bin - 0.5,
        x2: (bar: Bar) => bar.bin + 0.5,
        y1: PILE_GROUND,
        y2: (bar: Bar) => PILE_GROUND + bar.mass,
        inset: 1,
        fill: 'var(--chart-p)',
      }),
      Plot.rectY(holes, {
        x1: (bar: Bar) => bar.bin - 0.5,
        x2: (bar: Bar) => bar.bin + 0.5,
        y1: (bar: Bar) => HOLE_GROUND - bar.mass,
        y2: HOLE_GROUND,
        inset: 1,
        fill: 'var(--chart-q)',
        fillOpacity: 0.18,
        stroke: 'var(--chart-q)',
        strokeWidth: 1.5,
        strokeDasharray: '4,3',
      }),
      Plot.ruleY([PILE_GROUND, HOLE_GROUND], { stroke: 'var(--chart-text)' }),
      shareText(PILE_GROUND, 1, 'p'),
      shareText(HOLE_GROUND, -1, 'q'),
      Plot.text(labelledFlows, {
        x: (flow: Flow) => flow.from + LABEL_ALONG_X * (flow.to - flow.from),
        y: PILE_GROUND - LABEL_ALONG_Y * FLOW_GAP,
        text: (flow: Flow) => formatNumber(flow.mass, 2),
        fontSize: 12,
        fontWeight: 700,
        fill: 'var(--chart-text)',
        stroke: 'var(--color-bg, white)',
        strokeWidth: 3,
      }),
      Plot.text([t('earthMover.pilesLabel')], {
        x: 0.5,
        y: PILE_GROUND + MASS_MAX / 2,
        dx: -6,
        textAnchor: 'end',
        fontSize: 13,
        fontWeight: 700,
        fill: 'var(--chart-text)',
      }),
      Plot.text([t('earthMover.holesLabel')], {
        x: 0.5,
        y: HOLE_GROUND - MASS_MAX / 2,
        dx: -6,
        textAnchor: 'end',
        fontSize: 13,
        fontWeight: 700,
        fill: 'var(--chart-text)',
      }),
      Plot.text(message, {
        frameAnchor: 'middle',
        lineHeight: 1.3,
        fontSize: 13,
        fontWeight: 700,
        fill: 'var(--chart-text)',
        stroke: 'var(--color-bg, white)',
        strokeWidth: 4,
      }),
    ],
  };
}

interface Cell {
  from: number;
  to: number;
  mass: number;
}

/**
 * Cells lighter than this fraction of the largest are left out. Their
 * opacity would be under 1%, and drawing all 900 cells of a dense entropic
 * plan at K = 30 made each redraw several times slower.
 */
const FAINTEST_CELL = 0.01;

/** Spec of the plan as a matrix: rows are P's bins, columns Q's, darker cells move more. */
export function planSpec(state: MoverState): Plot.PlotOptions {
  const bins = state.pair.p.length;
  const domain = Array.from({ length: bins }, (_, index) => index + 1);
  const all: Cell[] =
    state.kind === 'transported'
      ? domain.flatMap((from) => domain.map((to) => ({ from, to, mass: state.plan[(from - 1) * bins + (to - 1)] })))
      : [];
  const largest = all.reduce((max, cell) => Math.max(max, cell.mass), 0);
  const cells = all.filter((cell) => cell.mass > 0 && cell.mass >= FAINTEST_CELL * largest);
  const labelled = bins <= MAX_LABELLED_BINS ? cells.filter((cell) => cell.mass >= 0.005) : [];
  const edges = Array.from({ length: bins + 1 }, (_, index) => index + 0.5);
  const ticks = binTicks(bins);
  const message = state.kind === 'empty' ? [t('earthMover.planEmpty')] : [];

  // Linear scales with each bin k spanning [k − ½, k + ½], so the grid is
  // K + 1 rules each way rather than K² cell outlines.
  return {
    className: 'chart-earth-mover-plan',
    width: PLAN_SIZE,
    height: PLAN_SIZE,
    marginTop: PLAN_MARGIN.top,
    marginRight: PLAN_MARGIN.right,
    marginBottom: PLAN_MARGIN.bottom,
    marginLeft: PLAN_MARGIN.left,
    ariaLabel: t('earthMover.planLabel'),
    ariaDescription: t('earthMover.planDescription'),
    style: { color: 'var(--chart-text)', background: 'transparent' },
    x: { domain: [0.5, bins + 0.5], ticks, tickFormat: 'd', label: t('earthMover.planColumnAxis'), labelAnchor: 'center' },
    y: { domain: [bins + 0.5, 0.5], ticks, tickFormat: 'd', label: t('earthMover.planRowAxis'), labelAnchor: 'center' },
    marks: [
      Plot.ruleX(edges, { stroke: 'var(--chart-grid)', strokeOpacity: 1 }),
      Plot.ruleY(edges, { stroke: 'var(--chart-grid)', strokeOpacity: 1 }),
      Plot.rect(cells, {
        x1: (cell: Cell) => cell.to - 0.5,
        x2: (cell: Cell) => cell.to + 0.5,
        y1: (cell: Cell) => cell.from - 0.5,
        y2: (cell: Cell) => cell.from + 0.5,
        fill: 'var(--chart-plan)',
        fillOpacity: (cell: Cell) => cell.mass / largest,
        inset: 0.5,
      }),
      Plot.text(labelled, {
        x: 'to',
        y: 'from',
        text: (cell: Cell) => formatNumber(cell.mass, 2),
        fontSize: 10,
        fill: 'var(--chart-text)',
        stroke: 'var(--color-bg, white)',
        strokeWidth: 3,
      }),
      Plot.text(message, { frameAnchor: 'middle', fontSize: 12, fontWeight: 700, fill: 'var(--chart-text)' }),
    ],
  };
}
