import { t } from '../../i18n/ko.ts';
import { BarEditor } from '../shared/bar-editor.ts';
import { drawChart } from '../shared/draw-chart.ts';
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
import { computeDistances, DEFAULT_PRESET, defaultPair, EXPLORER_PRESETS, type ExplorerState } from './compute.ts';
import { barsSpec, cellText, editBand, emptyMessage, reasonText, TABLE_ROWS, totalText } from './spec.ts';

/** Name of the query parameter that contains P and Q, as `PPPP.QQQQ`. */
const PAIR_PARAM = 'dist';

function part<T extends Element>(root: HTMLElement, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`distance-explorer: the server-rendered markup has no ${selector}; rebuild the site.`);
  return element;
}

/**
 * Makes the server-rendered distance explorer live: reads P and Q from the
 * URL, enables the bar handles, the bin count and the presets, and redraws
 * the charts and the table after every edit, at most once per animation frame.
 */
export function mount(root: HTMLElement): void {
  const binsInput = part<HTMLInputElement>(root, '[data-control="bins"]');
  const binsOutput = part<HTMLOutputElement>(root, '[data-output="bins"]');
  const notice = part<HTMLElement>(root, '[data-notice]');
  const message = part<HTMLElement>(root, '[data-message]');
  const presetButtons = [...root.querySelectorAll<HTMLButtonElement>('[data-preset]')];
  const charts = SIDES.map((side) => ({
    side,
    chart: part<HTMLElement>(root, `[data-chart="${side}"]`),
    total: part<HTMLElement>(root, `[data-total="${side}"]`),
  }));

  const reading = readParam(location.search, PAIR_PARAM, parsePair, defaultPair());
  if (reading.invalid) {
    notice.textContent = t('figure.invalidUrlState', {
      name: PAIR_PARAM,
      value: reading.invalid.raw,
      fallback: `“${presetLabel(DEFAULT_PRESET)}”`,
      hint: `${reading.invalid.reason} ${t('histogram.urlHint', { name: PAIR_PARAM })}`,
    });
    notice.hidden = false;
  }

  let pair: HistogramPair = reading.value;

  const editor = new BarEditor(root, {
    read: (side) => pair[side],
    change: (side, index, mass) => {
      pair = withSide(pair, side, setMass(pair[side], index, mass));
      schedule();
    },
  });

  const render = (state: ExplorerState) => {
    for (const { side, chart, total } of charts) {
      chart.replaceChildren(drawChart(barsSpec(state, side)));
      total.textContent = totalText(state, side);
    }
    editor.update(SIDES.map((side) => editBand(state, side)));

    const bins = state.pair.p.length;
    binsInput.value = String(bins);
    binsInput.setAttribute('aria-valuetext', t('histogram.binsValue', { bins }));
    binsOutput.value = String(bins);
    const preset = matchPreset(state.pair, EXPLORER_PRESETS);
    for (const button of presetButtons) button.setAttribute('aria-pressed', String(button.dataset.preset === preset));

    message.hidden = state.kind !== 'empty';
    message.textContent = emptyMessage(state);
    for (const row of TABLE_ROWS) {
      part<HTMLElement>(root, `[data-cell="${row}"]`).textContent = cellText(state, row);
      part<HTMLElement>(root, `[data-reason="${row}"]`).textContent = reasonText(state, row);
    }
  };

  // Only a drawable pair goes into the URL: one with an empty side would be
  // rejected when read back, so the last valid pair stays shareable.
  const update = () => {
    const state = computeDistances(pair);
    render(state);
    if (state.kind === 'measured') {
      history.replaceState(history.state, '', withParams(location.href, { [PAIR_PARAM]: encodePair(pair) }));
    }
    root.dispatchEvent(new CustomEvent('island-update', { detail: { pair } }));
  };

  const schedule = scheduleRedraw(() => update());

  // A preset keeps its shape when the bin count changes; an edited pair
  // keeps its bins, losing those past the new count.
  binsInput.addEventListener('input', () => {
    const bins = Number(binsInput.value);
    const preset = matchPreset(pair, EXPLORER_PRESETS);
    pair = preset ? presetPair(preset, bins) : resizePair(pair, bins);
    schedule();
  });
  for (const button of presetButtons) {
    button.addEventListener('click', () => {
      pair = presetPair(button.dataset.preset as PresetName, pair.p.length);
      schedule();
    });
  }

  binsInput.disabled = false;
  for (const button of presetButtons) button.disabled = false;
  render(computeDistances(pair));
}
