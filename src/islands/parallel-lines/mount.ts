import katex from 'katex';
import { t } from '../../i18n/ko.ts';
import { KATEX_OPTIONS } from '../../lib/katex-options.ts';
import { drawChart } from '../shared/draw-chart.ts';
import { formatNumber } from '../shared/format.ts';
import { scheduleRedraw } from '../shared/schedule-redraw.ts';
import { readParam, withParams } from '../shared/url-state.ts';
import { computeParallelLines, DEFAULT_THETA, distanceCurves, parseTheta, roundToStep } from './compute.ts';
import { agrees, curvesSpec, formatQuantity, planeSpec, readoutTex, TABLE_ROWS, valueText } from './spec.ts';

/** Name of the query parameter for θ. */
const THETA_PARAM = 'theta';

/**
 * Makes the server-rendered parallel-lines figure live: reads θ from the URL,
 * enables the slider, and redraws both charts, the readout and the table on
 * every input, at most once per animation frame.
 */
export function mount(root: HTMLElement): void {
  const slider = root.querySelector<HTMLInputElement>('[data-control="theta"]');
  const output = root.querySelector<HTMLOutputElement>('[data-output="theta"]');
  const readout = root.querySelector<HTMLElement>('[data-readout]');
  const plane = root.querySelector<HTMLElement>('[data-chart="plane"]');
  const curvesChart = root.querySelector<HTMLElement>('[data-chart="curves"]');
  const notice = root.querySelector<HTMLElement>('[data-notice]');
  if (!slider || !output || !readout || !plane || !curvesChart || !notice) {
    throw new Error('parallel-lines: the server-rendered markup is missing a part; rebuild the site.');
  }

  const curves = distanceCurves();
  const reading = readParam(location.search, THETA_PARAM, parseTheta, DEFAULT_THETA);
  if (reading.invalid) {
    notice.textContent = t('figure.invalidUrlState', {
      name: THETA_PARAM,
      value: reading.invalid.raw,
      fallback: formatNumber(DEFAULT_THETA, 2),
      hint: `${reading.invalid.reason} ${t('parallelLines.urlHint')}`,
    });
    notice.hidden = false;
  }

  const draw = (theta: number) => {
    const state = computeParallelLines(theta);
    plane.replaceChildren(drawChart(planeSpec(state)));
    curvesChart.replaceChildren(drawChart(curvesSpec(state, curves)));
    katex.render(readoutTex(state), readout, { ...KATEX_OPTIONS, displayMode: true });

    output.value = formatNumber(theta, 2);
    slider.setAttribute('aria-valuetext', valueText(state));
    for (const quantity of TABLE_ROWS) {
      setCell(root, `closedForm:${quantity}`, formatQuantity(state, quantity, 'closedForm'));
      setCell(root, `discretised:${quantity}`, formatQuantity(state, quantity, 'discretised'));
      setCell(root, `agreement:${quantity}`, agrees(state, quantity) ? t('parallelLines.agree') : t('parallelLines.disagree'));
    }
    root.dispatchEvent(new CustomEvent('island-update', { detail: { theta } }));
  };

  const redraw = scheduleRedraw(() => {
    const theta = roundToStep(Number(slider.value));
    draw(theta);
    history.replaceState(history.state, '', withParams(location.href, { [THETA_PARAM]: theta.toFixed(2) }));
  });
  slider.addEventListener('input', redraw);

  slider.value = String(reading.value);
  slider.disabled = false;
  if (reading.value !== DEFAULT_THETA) draw(reading.value);
}

function setCell(root: HTMLElement, name: string, text: string): void {
  const cell = root.querySelector<HTMLElement>(`[data-cell="${name}"]`);
  if (cell) cell.textContent = text;
}
