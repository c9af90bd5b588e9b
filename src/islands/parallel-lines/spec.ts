import * as Plot from '@observablehq/plot';
import { t } from '../../i18n/ko.ts';
import { formatNumber } from '../shared/format.ts';
import { THETA_MAX, THETA_MIN, type CurvePoint, type ParallelLinesState, type Quantity } from './compute.ts';

/**
 * Chart specs of the parallel-lines figure: data in, Plot options out, no
 * DOM. The build renders them to static SVG and the browser redraws them
 * from the same functions.
 */

/** Decimals shown for each distance, in the figure and in the text. */
export const DIGITS: Record<Quantity, number> = {
  wasserstein: 2,
  jensenShannon: 4,
  kullbackLeibler: 4,
  reverseKullbackLeibler: 4,
  totalVariation: 2,
};

/** Short names of the distances, as the review writes them. */
export const SYMBOLS: Record<Quantity, string> = {
  wasserstein: 'W',
  jensenShannon: 'JS',
  kullbackLeibler: 'KL(P₀‖Pθ)',
  reverseKullbackLeibler: 'KL(Pθ‖P₀)',
  totalVariation: 'TV',
};

/** Rows of the closed-form versus discretised table, in order. */
export const TABLE_ROWS: Quantity[] = [
  'wasserstein',
  'jensenShannon',
  'kullbackLeibler',
  'reverseKullbackLeibler',
  'totalVariation',
];

/** Reports whether the closed form and the discretisation agree at display precision. */
export function agrees(state: ParallelLinesState, quantity: Quantity): boolean {
  return formatQuantity(state, quantity, 'closedForm') === formatQuantity(state, quantity, 'discretised');
}

/** Colours, dash patterns and end labels, so that no curve is distinguished by colour alone. */
const STYLE = {
  wasserstein: { stroke: 'var(--chart-wasserstein)', dash: null, label: 'W', labelDy: 7 },
  jensenShannon: { stroke: 'var(--chart-js)', dash: '6,3', label: 'JS', labelDy: 0 },
  kullbackLeibler: { stroke: 'var(--chart-kl)', dash: '2,3', label: 'KL', labelDy: 0 },
  totalVariation: { stroke: 'var(--chart-tv)', dash: '10,3,2,3', label: 'TV', labelDy: -7 },
} as const;

/** Height at which the curves chart draws KL = +∞, above every finite value. */
const INFINITY_LEVEL = 1.2;
const Y_TOP = 1.3;
/** Label of the +∞ band: notation, the same in every language. */
const INFINITY_LABEL = 'KL = ∞';
/** A change between θ = 0 and the next sample larger than this is drawn as a jump. */
const JUMP_THRESHOLD = 0.05;

const WIDTH = 360;
const HEIGHT = 280;

/** Formats one distance of a state with its display precision. */
export function formatQuantity(state: ParallelLinesState, quantity: Quantity, source: 'closedForm' | 'discretised' = 'closedForm'): string {
  return formatNumber(state[source][quantity], DIGITS[quantity]);
}

/** Returns the slider's `aria-valuetext`: θ and the four distances. */
export function valueText(state: ParallelLinesState): string {
  return t('parallelLines.valueText', {
    theta: formatNumber(state.theta, 2),
    wasserstein: formatQuantity(state, 'wasserstein'),
    jensenShannon: formatQuantity(state, 'jensenShannon'),
    kullbackLeibler: state.closedForm.kullbackLeibler === Infinity ? '무한대' : formatQuantity(state, 'kullbackLeibler'),
    totalVariation: formatQuantity(state, 'totalVariation'),
  });
}

/** Returns the LaTeX of the live readout, one aligned line per distance. */
export function readoutTex(state: ParallelLinesState): string {
  const { theta, closedForm } = state;
  const tex = (quantity: Quantity) => formatNumber(closedForm[quantity], DIGITS[quantity]).replace('−', '-');
  const pair = '(\\mathbb{P}_0,\\mathbb{P}_\\theta)';
  const lines = [
    `\\theta &= ${formatNumber(theta, 2).replace('−', '-')}`,
    `W${pair} &= |\\theta| = ${tex('wasserstein')}`,
    theta === 0 ? `JS${pair} &= 0` : `JS${pair} &= \\log 2 \\approx ${tex('jensenShannon')}`,
    theta === 0 ? `KL(\\mathbb{P}_0\\,\\|\\,\\mathbb{P}_\\theta) &= 0` : `KL(\\mathbb{P}_0\\,\\|\\,\\mathbb{P}_\\theta) &= +\\infty`,
    `\\delta${pair} &= ${theta === 0 ? '0' : '1'}`,
  ];
  return `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;
}

/** Heights at which the transport arrows are drawn. */
const ARROW_HEIGHTS = [0.1, 0.3, 0.5, 0.7, 0.9];

/** Spec of the left panel: the two segments in the plane and the optimal move. */
export function planeSpec(state: ParallelLinesState): Plot.PlotOptions {
  const { theta } = state;
  const moves = Math.abs(theta) >= 0.05 ? ARROW_HEIGHTS.map((z) => ({ x1: 0, x2: theta, y: z })) : [];
  const labelShift = theta >= 0 ? -1 : 1;
  return {
    className: 'chart-parallel-lines-plane',
    width: WIDTH,
    height: HEIGHT,
    marginLeft: 36,
    marginRight: 16,
    marginTop: 28,
    ariaLabel: t('parallelLines.planeTitle'),
    ariaDescription: t('parallelLines.planeLabel'),
    style: { color: 'var(--chart-text)', background: 'transparent' },
    x: { domain: [THETA_MIN - 0.15, THETA_MAX + 0.15], label: 'x', ticks: 5 },
    y: { domain: [0, 1], label: 'z', ticks: 5 },
    marks: [
      Plot.gridX({ stroke: 'var(--chart-grid)', strokeOpacity: 1, ticks: 5 }),
      Plot.arrow(moves, {
        x1: 'x1',
        y1: 'y',
        x2: 'x2',
        y2: 'y',
        stroke: 'var(--chart-plan)',
        strokeWidth: 1.5,
        headLength: 6,
        inset: 5,
      }),
      Plot.ruleX([0], { y1: 0, y2: 1, stroke: 'var(--chart-p)', strokeWidth: 5 }),
      Plot.ruleX([theta], { y1: 0, y2: 1, stroke: 'var(--chart-q)', strokeWidth: 3, strokeDasharray: '6,4' }),
      Plot.text([{ x: 0, label: 'P₀' }], {
        x: 'x',
        y: 1,
        text: 'label',
        dy: -10,
        dx: labelShift * 12,
        fill: 'var(--chart-p)',
        fontWeight: 700,
        fontSize: 13,
      }),
      Plot.text([{ x: theta, label: 'Pθ' }], {
        x: 'x',
        y: 1,
        text: 'label',
        dy: -10,
        dx: -labelShift * 14,
        fill: 'var(--chart-q)',
        fontWeight: 700,
        fontSize: 13,
      }),
    ],
  };
}

/** Maps a distance to the height drawn, putting +∞ on the band above the finite values. */
function drawnValue(value: number): number {
  return value === Infinity ? INFINITY_LEVEL : value;
}

function formatDistanceTick(value: number): string {
  if (value === INFINITY_LEVEL) return '∞';
  if (value === Math.LN2) return 'log 2';
  return String(value);
}

/** Spec of the right panel: W, JS, KL and TV against θ, with the current θ marked. */
export function curvesSpec(state: ParallelLinesState, curves: CurvePoint[]): Plot.PlotOptions {
  const quantities = Object.keys(STYLE) as Array<keyof typeof STYLE>;
  const lines = quantities.flatMap((quantity) => {
    const { stroke, dash, label, labelDy } = STYLE[quantity];
    const samples = curves.filter((point) => point.quantity === quantity && point.branch !== 'zero');
    const atZero = curves.find((point) => point.quantity === quantity && point.branch === 'zero');
    const limit = samples.find((point) => point.theta > 0);
    const jumps =
      atZero !== undefined && limit !== undefined && Math.abs(drawnValue(limit.value) - drawnValue(atZero.value)) > JUMP_THRESHOLD;
    const right = samples.at(-1);
    return [
      Plot.line(samples, {
        x: 'theta',
        y: (point: CurvePoint) => drawnValue(point.value),
        z: 'branch',
        stroke,
        strokeWidth: 2,
        strokeDasharray: dash ?? undefined,
      }),
      // The value at θ = 0 is a filled dot; where the curve jumps, an open
      // circle marks the limit the curve approaches but does not take.
      Plot.dot(atZero ? [atZero] : [], { x: 'theta', y: (point: CurvePoint) => drawnValue(point.value), fill: stroke, r: 3.5 }),
      Plot.dot(jumps && limit ? [{ theta: 0, value: drawnValue(limit.value) }] : [], {
        x: 'theta',
        y: 'value',
        stroke,
        fill: 'var(--color-bg, white)',
        r: 3.5,
        strokeWidth: 1.5,
      }),
      Plot.text(right ? [right] : [], {
        x: 'theta',
        y: (point: CurvePoint) => drawnValue(point.value),
        text: () => label,
        dx: 4,
        dy: labelDy,
        textAnchor: 'start',
        fill: stroke,
        fontWeight: 700,
      }),
    ];
  });

  const current = quantities.map((quantity) =>
    Plot.dot([{ theta: state.theta, value: drawnValue(state.closedForm[quantity]) }], {
      x: 'theta',
      y: 'value',
      fill: STYLE[quantity].stroke,
      r: 5,
      stroke: 'var(--color-bg, white)',
      strokeWidth: 1.5,
    }),
  );

  return {
    className: 'chart-parallel-lines-curves',
    width: WIDTH,
    height: HEIGHT,
    marginLeft: 40,
    marginRight: 30,
    marginTop: 20,
    ariaLabel: t('parallelLines.curvesTitle'),
    ariaDescription: t('parallelLines.curvesLabel'),
    style: { color: 'var(--chart-text)', background: 'transparent' },
    x: { domain: [THETA_MIN, THETA_MAX], label: 'θ', ticks: 5 },
    y: {
      domain: [0, Y_TOP],
      label: t('parallelLines.distanceAxis'),
      ticks: [0, 0.25, 0.5, Math.LN2, 1, INFINITY_LEVEL],
      tickFormat: formatDistanceTick,
    },
    marks: [
      Plot.gridY([0, 0.5, Math.LN2, 1], { stroke: 'var(--chart-grid)', strokeOpacity: 1 }),
      Plot.ruleY([INFINITY_LEVEL], { stroke: 'var(--chart-grid)', strokeDasharray: '1,3', strokeOpacity: 1 }),
      Plot.ruleX([state.theta], { stroke: 'var(--chart-text)', strokeOpacity: 0.5 }),
      ...lines,
      Plot.text([{ theta: THETA_MIN, value: INFINITY_LEVEL }], {
        x: 'theta',
        y: 'value',
        text: () => INFINITY_LABEL,
        dy: -8,
        dx: 2,
        textAnchor: 'start',
        fill: 'var(--chart-kl)',
      }),
      ...current,
    ],
  };
}
