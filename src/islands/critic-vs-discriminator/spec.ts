import * as Plot from '@observablehq/plot';
import { t } from '../../i18n/ko.ts';
import { formatNumber } from '../shared/format.ts';
import { formatScientific, scientificTex } from '../shared/format-scientific.ts';
import {
  FAKE_MEAN_MAX,
  FAKE_MEAN_MIN,
  REAL_MEAN,
  X_MAX,
  X_MIN,
  type CriticState,
  type GradientPoint,
  type ProfilePoint,
} from './compute.ts';

/**
 * Chart specs of the critic-vs-discriminator figure: data in, Plot options
 * out, no DOM. The build renders them to static SVG and the browser redraws
 * them from the same functions.
 */

const WIDTH = 360;
const HEIGHT = 280;

/** Decimals of W₁, the critic's E_r[f] − E_g[f] and JS. */
export const DISTANCE_DIGITS = 4;
/** Decimals of a gradient, or of its mantissa when it is written as m × 10ⁿ. */
export const GRADIENT_DIGITS = 3;
/** Decimals of μ_g and σ in the controls. */
export const MEAN_DIGITS = 1;
export const SD_DIGITS = 2;

/**
 * The critic's values are drawn on the D* scale [0, 1] through a fixed map of
 * [−CRITIC_AXIS, CRITIC_AXIS]. f*(0) = 0 and f* is 1-Lipschitz, so on
 * [X_MIN, X_MAX] = [−10, 10] it never leaves that range.
 */
export const CRITIC_AXIS = Math.max(-X_MIN, X_MAX);

/** Height on the D* scale of the taller density's peak. */
const DENSITY_TOP = 0.8;

/** Strokes and dash patterns, so that colour is never the only difference between curves. */
export const STYLE = {
  discriminator: { stroke: 'var(--chart-discriminator)', dash: undefined },
  critic: { stroke: 'var(--chart-critic)', dash: '8,4' },
  real: { stroke: 'var(--chart-p)', dash: undefined },
  fake: { stroke: 'var(--chart-q)', dash: '3,3' },
} as const;

/** Maps a critic value to the D* scale of the first chart. */
export function criticToChart(value: number): number {
  return (value + CRITIC_AXIS) / (2 * CRITIC_AXIS);
}

/** Spec of the first chart: both densities, D* and f* on one x axis. */
export function profileSpec(state: CriticState): Plot.PlotOptions {
  const { fakeMean, realSd, fakeSd } = state.params;
  const densityScale = DENSITY_TOP * Math.sqrt(2 * Math.PI) * Math.min(realSd, fakeSd);
  const realTop = densityScale / (realSd * Math.sqrt(2 * Math.PI));
  const fakeTop = densityScale / (fakeSd * Math.sqrt(2 * Math.PI));
  // Density labels sit on the far sides of the two peaks so they never overlap.
  const realSide = fakeMean >= REAL_MEAN ? -1 : 1;
  const criticTicks = [-CRITIC_AXIS, -CRITIC_AXIS / 2, 0, CRITIC_AXIS / 2, CRITIC_AXIS];

  return {
    className: 'chart-critic-vs-discriminator-profile',
    width: WIDTH,
    height: HEIGHT,
    marginLeft: 40,
    marginRight: 44,
    marginTop: 24,
    ariaLabel: t('criticVsDiscriminator.profileTitle'),
    ariaDescription: t('criticVsDiscriminator.profileLabel'),
    style: { color: 'var(--chart-text)', background: 'transparent' },
    x: { domain: [X_MIN, X_MAX], label: 'x', ticks: 5 },
    y: { domain: [0, 1] },
    marks: [
      Plot.gridY([0, 0.5, 1], { stroke: 'var(--chart-grid)', strokeOpacity: 1 }),
      Plot.axisY({
        anchor: 'left',
        ticks: [0, 0.25, 0.5, 0.75, 1],
        tickFormat: (y: number) => String(y),
        label: t('criticVsDiscriminator.discriminatorAxis'),
      }),
      Plot.axisY(criticTicks.map(criticToChart), {
        anchor: 'right',
        tickFormat: (y: number) => formatNumber(y * 2 * CRITIC_AXIS - CRITIC_AXIS, 0),
        label: t('criticVsDiscriminator.criticAxis'),
      }),
      Plot.areaY(state.profile, {
        x: 'x',
        y: (point: ProfilePoint) => point.realDensity * densityScale,
        fill: STYLE.real.stroke,
        fillOpacity: 0.15,
      }),
      Plot.lineY(state.profile, {
        x: 'x',
        y: (point: ProfilePoint) => point.realDensity * densityScale,
        stroke: STYLE.real.stroke,
        strokeWidth: 1.25,
      }),
      Plot.areaY(state.profile, {
        x: 'x',
        y: (point: ProfilePoint) => point.fakeDensity * densityScale,
        fill: STYLE.fake.stroke,
        fillOpacity: 0.15,
      }),
      Plot.lineY(state.profile, {
        x: 'x',
        y: (point: ProfilePoint) => point.fakeDensity * densityScale,
        stroke: STYLE.fake.stroke,
        strokeWidth: 1.25,
        strokeDasharray: STYLE.fake.dash,
      }),
      Plot.line(state.profile, {
        x: 'x',
        y: 'discriminator',
        stroke: STYLE.discriminator.stroke,
        strokeWidth: 2.5,
      }),
      Plot.line(state.profile, {
        x: 'x',
        y: (point: ProfilePoint) => criticToChart(point.critic),
        stroke: STYLE.critic.stroke,
        strokeWidth: 2.5,
        strokeDasharray: STYLE.critic.dash,
      }),
      densityLabel(REAL_MEAN, realTop, 'P_r', STYLE.real.stroke, realSide),
      densityLabel(fakeMean, fakeTop, 'P_g', STYLE.fake.stroke, -realSide),
    ],
  };
}

/** Names a density at its peak, shifted to one side by `side` (−1 left, 1 right). */
function densityLabel(x: number, y: number, label: string, fill: string, side: number): Plot.Markish {
  return Plot.text([{ x, y }], {
    x: 'x',
    y: 'y',
    text: () => label,
    fill,
    dy: -8,
    dx: side * 16,
    fontWeight: 700,
    fontSize: 12,
  });
}

/** Spec of the second chart: |∂/∂μ_g| of both objectives over the slider range, with the current μ_g marked. */
export function gradientSpec(state: CriticState, curves: GradientPoint[]): Plot.PlotOptions {
  const largest = Math.max(1, ...curves.map((point) => point.magnitude));
  const top = Math.ceil(largest * 1.15 * 4) / 4;
  const gan = curves.filter((point) => point.objective === 'gan');
  const wgan = curves.filter((point) => point.objective === 'wgan');

  return {
    className: 'chart-critic-vs-discriminator-gradient',
    width: WIDTH,
    height: HEIGHT,
    marginLeft: 44,
    marginRight: 20,
    marginTop: 24,
    ariaLabel: t('criticVsDiscriminator.gradientTitle'),
    ariaDescription: t('criticVsDiscriminator.gradientLabel'),
    style: { color: 'var(--chart-text)', background: 'transparent' },
    x: { domain: [FAKE_MEAN_MIN, FAKE_MEAN_MAX], label: 'μ_g', ticks: 7 },
    y: { domain: [0, top], label: t('criticVsDiscriminator.gradientAxis'), ticks: 5 },
    marks: [
      Plot.gridY({ stroke: 'var(--chart-grid)', strokeOpacity: 1, ticks: 5 }),
      Plot.ruleX([state.params.fakeMean], { stroke: 'var(--chart-text)', strokeOpacity: 0.5 }),
      ...curveMarks(gan, STYLE.discriminator.stroke, STYLE.discriminator.dash),
      ...curveMarks(wgan, STYLE.critic.stroke, STYLE.critic.dash),
      currentDot(state.params.fakeMean, Math.abs(state.ganGradient), 'circle', STYLE.discriminator.stroke),
      currentDot(state.params.fakeMean, Math.abs(state.wassersteinGradient), 'square', STYLE.critic.stroke),
      endLabel(gan, 'GAN', STYLE.discriminator.stroke),
      endLabel(wgan, 'WGAN', STYLE.critic.stroke),
    ],
  };
}

/** Draws a curve piece by piece, and the sample at a jump as a lone point. */
function curveMarks(curve: GradientPoint[], stroke: string, dash: string | undefined): Plot.Markish[] {
  return [
    Plot.line(
      curve.filter((point) => point.piece !== 'kink'),
      { x: 'fakeMean', y: 'magnitude', z: 'piece', stroke, strokeWidth: 2.5, strokeDasharray: dash },
    ),
    Plot.dot(
      curve.filter((point) => point.piece === 'kink'),
      { x: 'fakeMean', y: 'magnitude', fill: stroke, r: 3 },
    ),
  ];
}

/** Marks the current μ_g on a curve, with a symbol that differs between the curves as well as the colour. */
function currentDot(fakeMean: number, magnitude: number, symbol: 'circle' | 'square', fill: string): Plot.Markish {
  return Plot.dot([{ fakeMean, magnitude }], {
    x: 'fakeMean',
    y: 'magnitude',
    symbol,
    fill,
    r: 5,
    stroke: 'var(--color-bg, white)',
    strokeWidth: 1.5,
  });
}

/** Names a curve above its right end. */
function endLabel(curve: GradientPoint[], label: string, fill: string): Plot.Markish {
  const last = curve.at(-1);
  return Plot.text(last ? [last] : [], {
    x: 'fakeMean',
    y: 'magnitude',
    text: () => label,
    fill,
    dy: -10,
    textAnchor: 'end',
    fontWeight: 700,
  });
}

/** Formats a gradient for the text: m × 10ⁿ when it has all but vanished. */
export function formatGradient(value: number): string {
  return formatScientific(Math.abs(value), GRADIENT_DIGITS);
}

/** Returns the μ_g slider's `aria-valuetext`: μ_g, W₁ and both gradient sizes. */
export function valueText(state: CriticState): string {
  return t('criticVsDiscriminator.valueText', {
    mean: formatNumber(state.params.fakeMean, MEAN_DIGITS),
    wasserstein: formatNumber(state.wasserstein, DISTANCE_DIGITS),
    gan: formatGradient(state.ganGradient),
    wgan: formatGradient(state.wassersteinGradient),
  });
}

/** Returns the LaTeX of the live readout, one aligned line per value. */
export function readoutTex(state: CriticState): string {
  const distance = (value: number) => formatNumber(value, DISTANCE_DIGITS).replace('−', '-');
  const gradient = (value: number) => scientificTex(Math.abs(value), GRADIENT_DIGITS);
  const pair = '(\\mathbb{P}_r,\\mathbb{P}_g)';
  const lines = [
    `W_1${pair} &= ${distance(state.wasserstein)}`,
    `\\mathbb{E}_{\\mathbb{P}_r}[f^*] - \\mathbb{E}_{\\mathbb{P}_g}[f^*] &= ${distance(state.criticGap)}`,
    `JS${pair} &= ${distance(state.jensenShannon)}`,
    `\\Big|\\tfrac{\\partial}{\\partial\\mu_g}\\big(2\\,JS\\big)\\Big| &= ${gradient(state.ganGradient)} \\quad (\\text{GAN})`,
    `\\Big|\\tfrac{\\partial W_1}{\\partial\\mu_g}\\Big| &= ${gradient(state.wassersteinGradient)} \\quad (\\text{WGAN})`,
  ];
  return `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;
}
