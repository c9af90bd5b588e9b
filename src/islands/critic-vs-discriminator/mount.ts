import katex from 'katex';
import { t } from '../../i18n/ko.ts';
import { KATEX_OPTIONS } from '../../lib/katex-options.ts';
import { drawChart } from '../shared/draw-chart.ts';
import { formatNumber } from '../shared/format.ts';
import { scheduleRedraw } from '../shared/schedule-redraw.ts';
import { readParam, withParams } from '../shared/url-state.ts';
import {
  computeCriticState,
  DEFAULT_PARAMS,
  FAKE_MEAN_STEP,
  gradientCurves,
  parseFakeMean,
  parseFakeSd,
  parseRealSd,
  roundTo,
  SD_STEP,
  type CriticParams,
  type GradientPoint,
} from './compute.ts';
import { gradientSpec, MEAN_DIGITS, profileSpec, readoutTex, SD_DIGITS, valueText } from './spec.ts';

/** Query parameter of each control. */
const PARAMS = {
  fakeMean: 'mu_g',
  realSd: 'sigma_r',
  fakeSd: 'sigma_g',
} as const satisfies Record<keyof CriticParams, string>;

const PARSERS: Record<keyof CriticParams, (raw: string) => number> = {
  fakeMean: parseFakeMean,
  realSd: parseRealSd,
  fakeSd: parseFakeSd,
};

const STEPS: Record<keyof CriticParams, number> = { fakeMean: FAKE_MEAN_STEP, realSd: SD_STEP, fakeSd: SD_STEP };
const DIGITS: Record<keyof CriticParams, number> = { fakeMean: MEAN_DIGITS, realSd: SD_DIGITS, fakeSd: SD_DIGITS };
const NAMES = Object.keys(PARAMS) as Array<keyof CriticParams>;

/**
 * Makes the server-rendered critic-vs-discriminator figure live: reads μ_g,
 * σ_r and σ_g from the URL, enables the sliders, and redraws both charts and
 * the readout on every input, at most once per animation frame. The gradient
 * curves depend only on the standard deviations, so they are kept per pair.
 */
export function mount(root: HTMLElement): void {
  const sliders = Object.fromEntries(NAMES.map((name) => [name, part<HTMLInputElement>(root, `[data-control="${name}"]`)])) as Record<
    keyof CriticParams,
    HTMLInputElement
  >;
  const outputs = Object.fromEntries(NAMES.map((name) => [name, part<HTMLOutputElement>(root, `[data-output="${name}"]`)])) as Record<
    keyof CriticParams,
    HTMLOutputElement
  >;
  const readout = part<HTMLElement>(root, '[data-readout]');
  const profileChart = part<HTMLElement>(root, '[data-chart="profile"]');
  const gradientChart = part<HTMLElement>(root, '[data-chart="gradient"]');
  const notice = part<HTMLElement>(root, '[data-notice]');

  const params = readParams(notice);
  const curvesBySd = new Map<string, GradientPoint[]>();
  const curvesFor = ({ realSd, fakeSd }: CriticParams) => {
    const key = `${realSd}|${fakeSd}`;
    let curves = curvesBySd.get(key);
    if (!curves) {
      curves = gradientCurves(realSd, fakeSd);
      curvesBySd.set(key, curves);
    }
    return curves;
  };

  const draw = (current: CriticParams) => {
    const state = computeCriticState(current);
    profileChart.replaceChildren(drawChart(profileSpec(state)));
    gradientChart.replaceChildren(drawChart(gradientSpec(state, curvesFor(current))));
    katex.render(readoutTex(state), readout, { ...KATEX_OPTIONS, displayMode: true });

    for (const name of NAMES) outputs[name].value = formatNumber(current[name], DIGITS[name]);
    sliders.fakeMean.setAttribute('aria-valuetext', valueText(state));
    root.dispatchEvent(new CustomEvent('island-update', { detail: { ...current } }));
  };

  const schedule = scheduleRedraw(() => {
    const current = Object.fromEntries(
      NAMES.map((name) => [name, roundTo(Number(sliders[name].value), STEPS[name])]),
    ) as unknown as CriticParams;
    draw(current);
    const query = Object.fromEntries(NAMES.map((name) => [PARAMS[name], current[name].toFixed(DIGITS[name])]));
    history.replaceState(history.state, '', withParams(location.href, query));
  });

  for (const name of NAMES) {
    sliders[name].value = String(params[name]);
    sliders[name].addEventListener('input', schedule);
    sliders[name].disabled = false;
  }
  if (NAMES.some((name) => params[name] !== DEFAULT_PARAMS[name])) draw(params);
}

/** Reads every parameter from the URL and shows one notice for those that are invalid. */
function readParams(notice: HTMLElement): CriticParams {
  const params = { ...DEFAULT_PARAMS };
  const problems: string[] = [];
  for (const name of NAMES) {
    const reading = readParam(location.search, PARAMS[name], PARSERS[name], DEFAULT_PARAMS[name]);
    params[name] = reading.value;
    if (reading.invalid) {
      problems.push(
        t('figure.invalidUrlState', {
          name: PARAMS[name],
          value: reading.invalid.raw,
          fallback: formatNumber(DEFAULT_PARAMS[name], DIGITS[name]),
          hint: reading.invalid.reason,
        }),
      );
    }
  }
  if (problems.length > 0) {
    notice.textContent = [...problems, t('criticVsDiscriminator.urlHint')].join(' ');
    notice.hidden = false;
  }
  return params;
}

function part<T extends Element>(root: HTMLElement, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) {
    throw new Error(`critic-vs-discriminator: the server-rendered markup has no ${selector}; rebuild the site.`);
  }
  return element;
}
