import {
  gaussianJs,
  gaussianW1,
  normalLogPdf,
  optimalCritic,
  optimalDiscriminator,
  trapezoidWeights,
  type Normal,
} from '../../metrics/index.ts';
import { t } from '../../i18n/ko.ts';

/**
 * The comparison of Figure 2 of Arjovsky, Chintala & Bottou (2017): the
 * optimal GAN discriminator and an optimal WGAN critic for two normal
 * distributions on the line, P_r = N(0, σ_r²) and P_g = N(μ_g, σ_g²), and the
 * size of the generator's gradient under each objective as μ_g moves.
 */

/** Mean of the data distribution P_r; the reader moves only the generator's. */
export const REAL_MEAN = 0;

/** Range and step of μ_g, the generator's mean. */
export const FAKE_MEAN_MIN = -6;
export const FAKE_MEAN_MAX = 6;
export const FAKE_MEAN_STEP = 0.1;
export const DEFAULT_FAKE_MEAN = 3;

/** Range and step of both standard deviations. */
export const SD_MIN = 0.25;
export const SD_MAX = 2;
export const SD_STEP = 0.05;
export const DEFAULT_SD = 1;

/** The x range the first chart shows, and the spacing of its samples. */
export const X_MIN = -10;
export const X_MAX = 10;
export const PROFILE_STEP = 0.05;

/**
 * Grid points per standard deviation of the narrower normal in the critic's
 * grid. With 250 the critic's E_r[f] − E_g[f] matches the closed-form W₁ to
 * better than 1e-6 over the whole slider range (the tests check the corners).
 */
export const CRITIC_POINTS_PER_SD = 250;

/** Reach of a grid beyond each mean, in standard deviations. */
export const TAIL_SDS = 12;

/**
 * Reach of the core's critic in the chart beyond each mean, in standard
 * deviations. Both distributions have less than 1e-9 of their mass beyond
 * it, and there the chart continues the critic with its slope at that edge.
 */
export const SUPPORT_SDS = 6;

/** Grid points of the quadrature of the GAN gradient. */
export const GAN_GRADIENT_POINTS = 2001;

/** Step of the central difference of W₁ with respect to μ_g. */
export const WASSERSTEIN_DIFFERENCE_STEP = 1e-6;

/** Settings of the figure: the generator's mean and both standard deviations. */
export interface CriticParams {
  fakeMean: number;
  realSd: number;
  fakeSd: number;
}

export const DEFAULT_PARAMS: CriticParams = { fakeMean: DEFAULT_FAKE_MEAN, realSd: DEFAULT_SD, fakeSd: DEFAULT_SD };

/** One sample of the first chart. */
export interface ProfilePoint {
  x: number;
  /** Density of P_r at x; 0 where it underflows. */
  realDensity: number;
  /** Density of P_g at x; 0 where it underflows. */
  fakeDensity: number;
  /** D*(x) = p_r/(p_r + p_g), in [0, 1]. */
  discriminator: number;
  /** f*(x), shifted so that f*(0) = 0; in the units of x. */
  critic: number;
}

/** Everything the figure shows for one setting. */
export interface CriticState {
  params: CriticParams;
  profile: ProfilePoint[];
  /** Closed-form W₁(P_r, P_g), in the units of x. */
  wasserstein: number;
  /** E_r[f*] − E_g[f*] of the critic on its grid, which approximates W₁. */
  criticGap: number;
  /** JS(P_r, P_g) in nats, with the ½-weighted definition, in [0, ln 2]. */
  jensenShannon: number;
  /** ∂/∂μ_g of the GAN generator's objective at the optimal discriminator (see {@link ganGradient}). */
  ganGradient: number;
  /** ∂W₁/∂μ_g (see {@link wassersteinGradient}). */
  wassersteinGradient: number;
}

export function realNormal(params: CriticParams): Normal {
  return { mean: REAL_MEAN, sd: params.realSd };
}

export function fakeNormal(params: CriticParams): Normal {
  return { mean: params.fakeMean, sd: params.fakeSd };
}

/** Computes the state of the figure from the metric core. */
export function computeCriticState(params: CriticParams): CriticState {
  const real = realNormal(params);
  const fake = fakeNormal(params);
  const { profile, criticGap } = criticProfile(real, fake);
  return {
    params,
    profile,
    wasserstein: gaussianW1(real, fake),
    criticGap,
    jensenShannon: gaussianJs(real, fake),
    ganGradient: ganGradient(real, fake),
    wassersteinGradient: wassersteinGradient(real, fake),
  };
}

/**
 * Samples the densities, D* and the critic on [X_MIN, X_MAX].
 *
 * The critic needs a much finer grid than the chart, reaching TAIL_SDS beyond
 * both means so that no mass is cut off: its grid has spacing
 * PROFILE_STEP/stride, so every chart sample is a grid point. Log densities
 * go to the core, so narrow or far-apart normals never give 0/0.
 */
function criticProfile(real: Normal, fake: Normal): { profile: ProfilePoint[]; criticGap: number } {
  const stride = Math.ceil((PROFILE_STEP * CRITIC_POINTS_PER_SD) / Math.min(real.sd, fake.sd));
  const spacing = PROFILE_STEP / stride;
  const lowest = Math.min(X_MIN, real.mean - TAIL_SDS * real.sd, fake.mean - TAIL_SDS * fake.sd);
  const highest = Math.max(X_MAX, real.mean + TAIL_SDS * real.sd, fake.mean + TAIL_SDS * fake.sd);
  const first = Math.floor(lowest / spacing);
  const count = Math.ceil(highest / spacing) - first + 1;

  const x = new Float64Array(count);
  const logReal = new Float64Array(count);
  const logFake = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    x[i] = (first + i) * spacing;
    logReal[i] = normalLogPdf(x[i], real);
    logFake[i] = normalLogPdf(x[i], fake);
  }
  const critic = optimalCritic(x, logReal, logFake, { log: true });

  let criticGap = 0;
  for (let i = 0; i < count; i++) criticGap += critic.values[i] * (critic.realMasses[i] - critic.fakeMasses[i]);

  // X_MIN and 0 are multiples of PROFILE_STEP, hence of the spacing, so these are exact grid indices.
  const samples = Math.round((X_MAX - X_MIN) / PROFILE_STEP) + 1;
  const indices = Array.from({ length: samples }, (_, k) => Math.round(X_MIN / spacing) + k * stride - first);
  const criticValues = extendBeyondSupport(x, critic.values, critic.slopes, real, fake);
  const origin = criticValues[Math.round(0 / spacing) - first];
  const discriminator = optimalDiscriminator(
    indices.map((i) => logReal[i]),
    indices.map((i) => logFake[i]),
    { log: true },
  );
  const profile = indices.map((i, k) => ({
    x: roundTo(X_MIN + k * PROFILE_STEP, PROFILE_STEP),
    realDensity: Math.exp(logReal[i]),
    fakeDensity: Math.exp(logFake[i]),
    discriminator: discriminator[k],
    critic: criticValues[i] - origin,
  }));
  return { profile, criticGap };
}

/**
 * Returns the critic's values with the stretches beyond SUPPORT_SDS of both
 * means replaced by straight lines that continue the slope at their edge.
 *
 * Far beyond both distributions the grid masses underflow to 0, so the
 * core's critic is flat there (slope 0) although any 1-Lipschitz
 * continuation is as optimal. A straight continuation shows the critic's
 * shape where it matters instead of an arbitrary bend at the chart's edge.
 */
function extendBeyondSupport(
  x: Float64Array,
  values: Float64Array,
  slopes: Float64Array,
  real: Normal,
  fake: Normal,
): Float64Array {
  const left = Math.min(real.mean - SUPPORT_SDS * real.sd, fake.mean - SUPPORT_SDS * fake.sd);
  const right = Math.max(real.mean + SUPPORT_SDS * real.sd, fake.mean + SUPPORT_SDS * fake.sd);
  const start = Math.max(0, x.findIndex((point) => point >= left));
  const end = Math.max(start + 1, x.findLastIndex((point) => point <= right));

  const extended = Float64Array.from(values);
  for (let i = 0; i < start; i++) extended[i] = values[start] - slopes[start] * (x[start] - x[i]);
  for (let i = end + 1; i < x.length; i++) extended[i] = values[end] + slopes[end - 1] * (x[i] - x[end]);
  return extended;
}

/**
 * Computes the generator's gradient under the GAN objective, in nats per unit
 * of μ_g: the derivative with respect to μ_g of E_{x∼P_g}[log(1 − D*(x))]
 * with the optimal discriminator D* held fixed, which is what a generator
 * trained against D* receives. By the envelope theorem it equals the
 * derivative of C(G) = −log 4 + 2·JS(P_r, P_g).
 *
 * With ∂p_g/∂μ_g = p_g·(x − μ_g)/σ_g², the derivative is
 * ∫ p_g(x)·(x − μ_g)/σ_g²·log(1 − D*(x)) dx, integrated by the trapezoid rule on a grid
 * reaching TAIL_SDS beyond both means. 1 − D* = p_g/(p_r + p_g) is the core's
 * D* with the arguments swapped, so it stays accurate where D* is close to 1,
 * and where it underflows to 0 the factor p_g is below e⁻⁷⁰⁹·p_r, so the term is dropped.
 */
export function ganGradient(real: Normal, fake: Normal): number {
  const lowest = Math.min(real.mean - TAIL_SDS * real.sd, fake.mean - TAIL_SDS * fake.sd);
  const highest = Math.max(real.mean + TAIL_SDS * real.sd, fake.mean + TAIL_SDS * fake.sd);
  const x = new Float64Array(GAN_GRADIENT_POINTS);
  const logReal = new Float64Array(GAN_GRADIENT_POINTS);
  const logFake = new Float64Array(GAN_GRADIENT_POINTS);
  for (let i = 0; i < GAN_GRADIENT_POINTS; i++) {
    x[i] = lowest + ((highest - lowest) * i) / (GAN_GRADIENT_POINTS - 1);
    logReal[i] = normalLogPdf(x[i], real);
    logFake[i] = normalLogPdf(x[i], fake);
  }

  const fakeShare = optimalDiscriminator(logFake, logReal, { log: true });
  const weights = trapezoidWeights(x);
  let derivative = 0;
  let scale = 0;
  for (let i = 0; i < GAN_GRADIENT_POINTS; i++) {
    if (fakeShare[i] === 0) continue;
    const score = (x[i] - fake.mean) / (fake.sd * fake.sd);
    const term = weights[i] * Math.exp(logFake[i]) * score * Math.log(fakeShare[i]);
    derivative += term;
    scale += Math.abs(term);
  }

  // Terms of both signs cancel exactly when the two normals are equal, so a
  // sum below the rounding error of its terms is that cancellation, not a gradient.
  return Math.abs(derivative) <= CANCELLATION_TOLERANCE * scale ? 0 : derivative;
}

/** Relative size below which a sum of terms of both signs is taken as 0. */
const CANCELLATION_TOLERANCE = 1e-12;

/**
 * Computes ∂W₁(P_r, P_g)/∂μ_g, unitless, by a central difference of the
 * closed-form W₁. By Theorem 3 of the WGAN paper it equals −E_{x∼P_g}[f*′(x)]
 * for the optimal critic f*. With equal standard deviations W₁ = |μ_g − μ_r|,
 * so the value is ±1 away from μ_g = μ_r and 0 there, where W₁ has a kink.
 */
export function wassersteinGradient(real: Normal, fake: Normal): number {
  const h = WASSERSTEIN_DIFFERENCE_STEP;
  const ahead = gaussianW1(real, { mean: fake.mean + h, sd: fake.sd });
  const behind = gaussianW1(real, { mean: fake.mean - h, sd: fake.sd });
  return (ahead - behind) / (2 * h);
}

/** The objective whose gradient a curve shows. */
export type Objective = 'gan' | 'wgan';

/**
 * Position of a sample on its curve: on a curve without a jump (`whole`), on
 * either side of a jump at μ_g = μ_r (`left`, `right`), or at the jump itself
 * (`kink`). The derivative does not exist at the kink, so the chart shows the
 * central difference there as a lone point.
 */
export type CurvePiece = 'whole' | 'left' | 'right' | 'kink';

/** One sample of the second chart: the size of the gradient at one μ_g. */
export interface GradientPoint {
  objective: Objective;
  fakeMean: number;
  /** |∂/∂μ_g| of the objective, ≥ 0. */
  magnitude: number;
  piece: CurvePiece;
}

/**
 * Reports whether ∂W₁/∂μ_g jumps at μ_g = μ_r. With equal standard deviations
 * W₁ = |μ_g − μ_r|, whose derivative jumps from −1 to 1 there; otherwise W₁ is
 * smooth. The GAN objective is smooth in μ_g for every setting.
 */
export function wassersteinHasKink(realSd: number, fakeSd: number): boolean {
  return realSd === fakeSd;
}

/** Samples both gradient magnitudes over the μ_g slider range, at the slider step. */
export function gradientCurves(realSd: number, fakeSd: number): GradientPoint[] {
  const real: Normal = { mean: REAL_MEAN, sd: realSd };
  const kink = wassersteinHasKink(realSd, fakeSd);
  const count = Math.round((FAKE_MEAN_MAX - FAKE_MEAN_MIN) / FAKE_MEAN_STEP);
  const points: GradientPoint[] = [];
  for (let k = 0; k <= count; k++) {
    const fakeMean = roundTo(FAKE_MEAN_MIN + k * FAKE_MEAN_STEP, FAKE_MEAN_STEP);
    const fake: Normal = { mean: fakeMean, sd: fakeSd };
    points.push(
      { objective: 'gan', fakeMean, magnitude: Math.abs(ganGradient(real, fake)), piece: 'whole' },
      {
        objective: 'wgan',
        fakeMean,
        magnitude: Math.abs(wassersteinGradient(real, fake)),
        piece: kink ? pieceAround(fakeMean) : 'whole',
      },
    );
  }
  return points;
}

function pieceAround(fakeMean: number): CurvePiece {
  if (fakeMean < REAL_MEAN) return 'left';
  if (fakeMean > REAL_MEAN) return 'right';
  return 'kink';
}

/** Rounds to a multiple of `step` with at most two decimals, so 0.1 + 0.2 reads as 0.3 and −0 as 0. */
export function roundTo(value: number, step: number): number {
  const rounded = Math.round(value / step) * step;
  return Number(rounded.toFixed(2)) + 0;
}

/**
 * Parses a number of the URL within [min, max] and rounds it to `step`.
 * Throws a `RangeError` with a Korean message naming `symbol` for the figure to show.
 */
function parseInRange(raw: string, symbol: string, min: number, max: number, step: number): number {
  const text = raw.trim();
  const value = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) {
    throw new RangeError(t('criticVsDiscriminator.notNumber', { symbol }));
  }
  if (value < min || value > max) {
    throw new RangeError(t('criticVsDiscriminator.outOfRange', { symbol, min: formatBound(min), max: formatBound(max) }));
  }
  return roundTo(value, step);
}

function formatBound(value: number): string {
  return String(value).replace('-', '−');
}

/** Parses μ_g from the URL. */
export function parseFakeMean(raw: string): number {
  return parseInRange(raw, 'μ_g', FAKE_MEAN_MIN, FAKE_MEAN_MAX, FAKE_MEAN_STEP);
}

/** Parses σ_r from the URL. */
export function parseRealSd(raw: string): number {
  return parseInRange(raw, 'σ_r', SD_MIN, SD_MAX, SD_STEP);
}

/** Parses σ_g from the URL. */
export function parseFakeSd(raw: string): number {
  return parseInRange(raw, 'σ_g', SD_MIN, SD_MAX, SD_STEP);
}
