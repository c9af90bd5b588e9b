import { t } from '../../i18n/ko.ts';
import { BarEditor } from '../shared/bar-editor.ts';
import { drawChart } from '../shared/draw-chart.ts';
import { formatNumber } from '../shared/format.ts';
import { matchPreset, presetLabel, presetPair, type PresetName } from '../shared/histogram-presets.ts';
import {
  encodePair,
  parsePair,
  resizePair,
  setMass,
  SIDES,
  withSide,
  type HistogramPair,
} from '../shared/histogram.ts';
import { scheduleRedraw } from '../shared/schedule-redraw.ts';
import { readParam, withParams } from '../shared/url-state.ts';
import { computeTransport, DEFAULT_PRESET, defaultPair, EPSILONS, MOVER_PRESETS, parseEpsilon, type MoverState } from './compute.ts';
import {
  costText,
  DIGITS,
  editBand,
  emptyMessage,
  epsilonIndex,
  epsilonText,
  epsilonValueText,
  flowRows,
  planSpec,
  solverText,
  totalsText,
  transportSpec,
} from './spec.ts';

/** Query parameters: P and Q as `PPPP.QQQQ`, and ε (absent for the exact plan). */
const PAIR_PARAM = 'em';
const EPSILON_PARAM = 'eps';

function part<T extends Element>(root: HTMLElement, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`earth-mover: the server-rendered markup has no ${selector}; rebuild the site.`);
  return element;
}

/**
 * Makes the server-rendered earth-mover figure live: reads P, Q and ε from
 * the URL, enables the bar handles, the sliders and the presets, and solves
 * and redraws after every edit, at most once per animation frame.
 */
export function mount(root: HTMLElement): void {
  const binsInput = part<HTMLInputElement>(root, '[data-control="bins"]');
  const binsOutput = part<HTMLOutputElement>(root, '[data-output="bins"]');
  const epsilonInput = part<HTMLInputElement>(root, '[data-control="epsilon"]');
  const epsilonOutput = part<HTMLOutputElement>(root, '[data-output="epsilon"]');
  const notice = part<HTMLElement>(root, '[data-notice]');
  const message = part<HTMLElement>(root, '[data-message]');
  const transportChart = part<HTMLElement>(root, '[data-chart="transport"]');
  const planChart = part<HTMLElement>(root, '[data-chart="plan"]');
  const costLine = part<HTMLElement>(root, '[data-cost]');
  const solverLine = part<HTMLElement>(root, '[data-solver]');
  const flowBody = part<HTMLElement>(root, '[data-flows]');
  const flowTotal = part<HTMLElement>(root, '[data-flow-total]');
  const totals = part<HTMLElement>(root, '[data-totals]');
  const flowList = part<HTMLDetailsElement>(root, 'details[data-flow-list]');
  const presetButtons = [...root.querySelectorAll<HTMLButtonElement>('[data-preset]')];

  const pairReading = readParam(location.search, PAIR_PARAM, parsePair, defaultPair());
  const epsilonReading = readParam(location.search, EPSILON_PARAM, parseEpsilon, 0);
  const problems: string[] = [];
  if (pairReading.invalid) {
    problems.push(
      t('figure.invalidUrlState', {
        name: PAIR_PARAM,
        value: pairReading.invalid.raw,
        fallback: `“${presetLabel(DEFAULT_PRESET)}”`,
        hint: `${pairReading.invalid.reason} ${t('histogram.urlHint', { name: PAIR_PARAM })}`,
      }),
    );
  }
  if (epsilonReading.invalid) {
    problems.push(
      t('figure.invalidUrlState', {
        name: EPSILON_PARAM,
        value: epsilonReading.invalid.raw,
        fallback: epsilonText(0),
        hint: `${epsilonReading.invalid.reason} ${t('earthMover.epsilonHint')}`,
      }),
    );
  }
  if (problems.length > 0) {
    notice.textContent = problems.join(' ');
    notice.hidden = false;
  }

  let pair: HistogramPair = pairReading.value;
  let epsilon = epsilonReading.value;
  let lastState: MoverState | null = null;

  const editor = new BarEditor(root, {
    read: (side) => pair[side],
    change: (side, index, mass) => {
      pair = withSide(pair, side, setMass(pair[side], index, mass));
      schedule();
    },
  });

  const render = (state: MoverState) => {
    transportChart.replaceChildren(drawChart(transportSpec(state)));
    planChart.replaceChildren(drawChart(planSpec(state)));
    editor.update(SIDES.map((side) => editBand(state, side)));
    totals.textContent = totalsText(state);

    const bins = state.pair.p.length;
    binsInput.value = String(bins);
    binsInput.setAttribute('aria-valuetext', t('histogram.binsValue', { bins }));
    binsOutput.value = String(bins);
    epsilonInput.value = String(epsilonIndex(state.epsilon));
    epsilonInput.setAttribute('aria-valuetext', epsilonValueText(state.epsilon));
    epsilonOutput.value = epsilonText(state.epsilon);
    const preset = matchPreset(state.pair, MOVER_PRESETS);
    for (const button of presetButtons) button.setAttribute('aria-pressed', String(button.dataset.preset === preset));

    const cost = state.kind === 'transported' ? state.cost : 0;
    costLine.textContent = costText(state);
    costLine.dataset.value = String(cost);
    solverLine.textContent = solverText(state);
    message.hidden = state.kind !== 'empty';
    message.textContent = emptyMessage(state);
    flowTotal.textContent = formatNumber(cost, DIGITS);

    // A blurred plan at K = 30 has hundreds of flows, so the table is only
    // built while it is open.
    lastState = state;
    if (flowList.open) renderFlows(flowBody, state);
    else flowBody.replaceChildren();
  };
  flowList.addEventListener('toggle', () => {
    if (flowList.open && lastState) renderFlows(flowBody, lastState);
  });

  // Only a pair with mass on both sides goes into the URL, because an empty
  // side would be rejected when read back.
  const update = () => {
    const state = computeTransport(pair, epsilon);
    render(state);
    if (state.kind === 'transported') {
      const params = { [PAIR_PARAM]: encodePair(pair), [EPSILON_PARAM]: String(epsilon) };
      history.replaceState(history.state, '', withParams(location.href, params));
    }
    root.dispatchEvent(new CustomEvent('island-update', { detail: { pair, epsilon } }));
  };

  const schedule = scheduleRedraw(() => update());

  binsInput.addEventListener('input', () => {
    const bins = Number(binsInput.value);
    const preset = matchPreset(pair, MOVER_PRESETS);
    pair = preset ? presetPair(preset, bins) : resizePair(pair, bins);
    schedule();
  });
  epsilonInput.addEventListener('input', () => {
    epsilon = EPSILONS[Number(epsilonInput.value)] ?? 0;
    schedule();
  });
  for (const button of presetButtons) {
    button.addEventListener('click', () => {
      pair = presetPair(button.dataset.preset as PresetName, pair.p.length);
      schedule();
    });
  }

  binsInput.disabled = false;
  epsilonInput.disabled = false;
  for (const button of presetButtons) button.disabled = false;
  render(computeTransport(pair, epsilon));
}

function renderFlows(body: HTMLElement, state: MoverState): void {
  const rows = flowRows(state).map((row) => {
    const tr = document.createElement('tr');
    tr.dataset.flowCost = String(row.cost);
    const cells = [row.from, row.to, formatNumber(row.mass, DIGITS), row.distance === null ? '' : String(row.distance), formatNumber(row.cost, DIGITS)];
    for (const text of cells) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    return tr;
  });
  body.replaceChildren(...rows);
}
