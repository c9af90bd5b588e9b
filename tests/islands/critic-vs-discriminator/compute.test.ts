import { describe, expect, it } from 'vitest';
import {
  computeCriticState,
  DEFAULT_PARAMS,
  FAKE_MEAN_MAX,
  FAKE_MEAN_MIN,
  FAKE_MEAN_STEP,
  ganGradient,
  gradientCurves,
  parseFakeMean,
  parseFakeSd,
  parseRealSd,
  REAL_MEAN,
  roundTo,
  SD_MAX,
  SD_MIN,
  wassersteinGradient,
  wassersteinHasKink,
  type CriticParams,
} from '../../../src/islands/critic-vs-discriminator/compute.ts';
import { gaussianJs, gaussianW1, normalLogPdf, optimalCritic, type Normal } from '../../../src/metrics/index.ts';

/** Settings at the corners of the sliders and in between, including means 24σ apart with σ at its minimum. */
const SETTINGS: CriticParams[] = [
  DEFAULT_PARAMS,
  { fakeMean: 0, realSd: 1, fakeSd: 1 },
  { fakeMean: 0.1, realSd: 1, fakeSd: 1 },
  { fakeMean: FAKE_MEAN_MAX, realSd: SD_MIN, fakeSd: SD_MIN },
  { fakeMean: FAKE_MEAN_MIN, realSd: SD_MIN, fakeSd: SD_MIN },
  { fakeMean: FAKE_MEAN_MAX, realSd: SD_MAX, fakeSd: SD_MAX },
  { fakeMean: FAKE_MEAN_MAX, realSd: SD_MIN, fakeSd: SD_MAX },
  { fakeMean: FAKE_MEAN_MIN, realSd: SD_MAX, fakeSd: SD_MIN },
  { fakeMean: 0, realSd: SD_MIN, fakeSd: SD_MAX },
  { fakeMean: 1.3, realSd: 0.6, fakeSd: 1.45 },
];

const label = ({ fakeMean, realSd, fakeSd }: CriticParams) => `μ_g ${fakeMean}, σ_r ${realSd}, σ_g ${fakeSd}`;

describe('optimal discriminator in the figure', () => {
  it.each([0.5, 1, 3, 6, -4.2])('is ½ midway between equal-σ normals at μ_g = %s', (fakeMean) => {
    const { profile } = computeCriticState({ fakeMean, realSd: 1, fakeSd: 1 });
    const midway = profile.find((point) => Math.abs(point.x - fakeMean / 2) < 1e-9);
    expect(midway).toBeDefined();
    expect(midway?.realDensity).toBeCloseTo(midway?.fakeDensity ?? Number.NaN, 15);
    expect(midway?.discriminator).toBeCloseTo(0.5, 12);
  });

  it.each(SETTINGS.map((params) => [label(params), params] as const))('is above ½ exactly where p_r > p_g (%s)', (_, params) => {
    const { profile } = computeCriticState(params);
    for (const point of profile) {
      if (point.realDensity === 0 && point.fakeDensity === 0) continue;
      const ratio = point.realDensity / (point.realDensity + point.fakeDensity);
      expect(point.discriminator, `x = ${point.x}`).toBeCloseTo(ratio, 12);
    }
  });

  it('saturates to 1 and 0 apart', () => {
    const atReal: number[] = [];
    const atFake: number[] = [];
    for (const fakeMean of [1, 2, 3, 4, 5, 6]) {
      const { profile } = computeCriticState({ fakeMean, realSd: 0.5, fakeSd: 0.5 });
      atReal.push(profile.find((point) => point.x === REAL_MEAN)?.discriminator ?? Number.NaN);
      atFake.push(profile.find((point) => Math.abs(point.x - fakeMean) < 1e-9)?.discriminator ?? Number.NaN);
    }
    for (let k = 1; k < atReal.length; k++) {
      expect(atReal[k]).toBeGreaterThanOrEqual(atReal[k - 1]);
      expect(atFake[k]).toBeLessThanOrEqual(atFake[k - 1]);
    }
    expect(atReal[0]).toBeLessThan(0.9);
    expect(atFake[0]).toBeGreaterThan(0.1);
    expect(atReal.at(-1)).toBeGreaterThan(1 - 1e-12);
    expect(atFake.at(-1)).toBeLessThan(1e-12);
  });

  it.each(SETTINGS.map((params) => [label(params), params] as const))('is a finite probability everywhere (%s)', (_, params) => {
    const { profile } = computeCriticState(params);
    for (const point of profile) {
      expect(Number.isFinite(point.discriminator), `x = ${point.x}`).toBe(true);
      expect(point.discriminator).toBeGreaterThanOrEqual(0);
      expect(point.discriminator).toBeLessThanOrEqual(1);
      expect(Number.isFinite(point.realDensity)).toBe(true);
      expect(Number.isFinite(point.fakeDensity)).toBe(true);
    }
  });
});

describe('optimal critic in the figure', () => {
  it.each(SETTINGS.map((params) => [label(params), params] as const))('is 1-Lipschitz (%s)', (_, params) => {
    const { profile } = computeCriticState(params);
    for (let k = 1; k < profile.length; k++) {
      const rise = Math.abs(profile[k].critic - profile[k - 1].critic);
      const run = profile[k].x - profile[k - 1].x;
      expect(rise, `between x = ${profile[k - 1].x} and ${profile[k].x}`).toBeLessThanOrEqual(run * (1 + 1e-9));
    }
  });

  it.each(SETTINGS.map((params) => [label(params), params] as const))('certifies the closed-form W₁ to 1e-6 (%s)', (_, params) => {
    const state = computeCriticState(params);
    const expected = gaussianW1({ mean: REAL_MEAN, sd: params.realSd }, { mean: params.fakeMean, sd: params.fakeSd });
    expect(state.wasserstein).toBe(expected);
    expect(Math.abs(state.criticGap - expected)).toBeLessThanOrEqual(1e-6);
  });

  it('falls with slope 1 when μ_g > 0', () => {
    const { profile } = computeCriticState({ fakeMean: 4, realSd: 0.5, fakeSd: 0.5 });
    expect(profile.find((point) => point.x === 0)?.critic).toBe(0);
    for (const point of profile) expect(point.critic, `x = ${point.x}`).toBeCloseTo(-point.x, 9);
  });

  it.each([
    [-2, 1],
    [-6, SD_MIN],
    [-0.5, SD_MIN],
  ])('rises with slope 1 across the chart when μ_g = %s < 0 (σ %s)', (fakeMean, sd) => {
    const { profile } = computeCriticState({ fakeMean, realSd: sd, fakeSd: sd });
    for (const point of profile) expect(point.critic, `x = ${point.x}`).toBeCloseTo(point.x, 9);
  });

  it('bends only between the distributions for unequal σ', () => {
    const { profile } = computeCriticState({ fakeMean: 1.5, realSd: 2, fakeSd: 0.5 });
    const slopes = profile.slice(1).map((point, k) => Math.round((point.critic - profile[k].critic) / (point.x - profile[k].x)));
    const turns = slopes.slice(1).filter((slope, k) => slope !== slopes[k]).length;
    expect(turns).toBeLessThanOrEqual(2);
    expect(slopes[0]).toBe(-1);
    expect(slopes.at(-1)).toBe(1);
  });

  it('is constant for identical normals', () => {
    const { profile, criticGap } = computeCriticState({ fakeMean: 0, realSd: 1.5, fakeSd: 1.5 });
    expect(profile.every((point) => point.critic === 0)).toBe(true);
    expect(criticGap).toBe(0);
  });
});

/** 2·∂JS/∂μ_g by a central difference of the core's quadrature JS; its error is about 1e-8. */
function ganGradientFromJs(real: Normal, fake: Normal): number {
  const h = 1e-3;
  const ahead = gaussianJs(real, { mean: fake.mean + h, sd: fake.sd });
  const behind = gaussianJs(real, { mean: fake.mean - h, sd: fake.sd });
  return (2 * (ahead - behind)) / (2 * h);
}

/** −E_{P_g}[f*′] from the core's critic on a fine grid: the right side of Theorem 3 of the WGAN paper for g(z) = μ_g + σ_g z. */
function wassersteinGradientFromCritic(real: Normal, fake: Normal): number {
  const lowest = Math.min(real.mean - 12 * real.sd, fake.mean - 12 * fake.sd);
  const highest = Math.max(real.mean + 12 * real.sd, fake.mean + 12 * fake.sd);
  const count = 200_001;
  const x = Array.from({ length: count }, (_, i) => lowest + ((highest - lowest) * i) / (count - 1));
  const critic = optimalCritic(
    x,
    x.map((value) => normalLogPdf(value, real)),
    x.map((value) => normalLogPdf(value, fake)),
    { log: true },
  );
  let expectation = 0;
  for (let k = 0; k + 1 < count; k++) expectation += critic.slopes[k] * 0.5 * (critic.fakeMasses[k] + critic.fakeMasses[k + 1]);
  return -expectation;
}

describe('ganGradient', () => {
  it.each([
    [1, 1, 1, 1],
    [1, 2, 1, 1],
    [1, 3, 1, 1],
    [0.5, 1, 0.5, 1],
    [0.25, 0.5, 0.25, 1],
    [0.25, 2.5, 2, 1],
    [2, 1, 0.25, 1],
    [1, -0.3, 1.5, -1],
  ])('equals the derivative of −log 4 + 2·JS (σ_r %s, μ_g %s, σ_g %s)', (realSd, fakeMean, fakeSd, sign) => {
    const real = { mean: REAL_MEAN, sd: realSd };
    const fake = { mean: fakeMean, sd: fakeSd };
    const gradient = ganGradient(real, fake);
    expect(Math.sign(gradient)).toBe(sign);
    expect(Math.abs(gradient - ganGradientFromJs(real, fake))).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(gradient)));
  });

  it('vanishes as the normals separate', () => {
    const sizes = [2, 3, 4, 5, 6, 8, 10].map((fakeMean) => Math.abs(ganGradient({ mean: 0, sd: 1 }, { mean: fakeMean, sd: 1 })));
    for (let k = 1; k < sizes.length; k++) expect(sizes[k]).toBeLessThan(sizes[k - 1]);
    expect(sizes.at(-1)).toBeLessThan(1e-5);
    expect(sizes.at(-1)).toBeGreaterThan(0);
  });

  it('stays finite and tiny 24σ apart', () => {
    const gradient = ganGradient({ mean: 0, sd: SD_MIN }, { mean: FAKE_MEAN_MAX, sd: SD_MIN });
    expect(Number.isFinite(gradient)).toBe(true);
    expect(gradient).toBeGreaterThan(0);
    expect(gradient).toBeLessThan(1e-20);
  });

  it('is 0 for identical normals', () => {
    expect(ganGradient({ mean: 0, sd: 0.7 }, { mean: 0, sd: 0.7 })).toBe(0);
  });
});

describe('wassersteinGradient', () => {
  it.each([0.1, 1, 3, 6, -0.1, -6])('is ±1 for equal σ at μ_g = %s', (fakeMean) => {
    const gradient = wassersteinGradient({ mean: 0, sd: SD_MIN }, { mean: fakeMean, sd: SD_MIN });
    expect(gradient).toBeCloseTo(Math.sign(fakeMean), 9);
  });

  it.each([
    [1, 3, 1],
    [0.25, 2.5, 2],
    [2, 1, 0.25],
    [1, 0.3, 1.5],
    [0.5, -1, 1.2],
  ])('equals −E_g[f*′] of the critic (σ_r %s, μ_g %s, σ_g %s)', (realSd, fakeMean, fakeSd) => {
    const real = { mean: REAL_MEAN, sd: realSd };
    const fake = { mean: fakeMean, sd: fakeSd };
    expect(Math.abs(wassersteinGradient(real, fake) - wassersteinGradientFromCritic(real, fake))).toBeLessThan(1e-3);
  });

  it('is 0 at the kink of equal σ', () => {
    expect(wassersteinGradient({ mean: 0, sd: 1 }, { mean: 0, sd: 1 })).toBe(0);
  });
});

describe('gradientCurves', () => {
  const steps = Math.round((FAKE_MEAN_MAX - FAKE_MEAN_MIN) / FAKE_MEAN_STEP) + 1;

  it('samples every slider step for both objectives', () => {
    const curves = gradientCurves(1, 1);
    expect(curves.filter((point) => point.objective === 'gan')).toHaveLength(steps);
    expect(curves.filter((point) => point.objective === 'wgan')).toHaveLength(steps);
  });

  it.each([
    [SD_MIN, SD_MIN],
    [SD_MAX, SD_MIN],
    [SD_MIN, SD_MAX],
    [1, 1],
  ])('has finite non-negative magnitudes (σ_r %s, σ_g %s)', (realSd, fakeSd) => {
    for (const point of gradientCurves(realSd, fakeSd)) {
      expect(Number.isFinite(point.magnitude), `${point.objective} at ${point.fakeMean}`).toBe(true);
      expect(point.magnitude).toBeGreaterThanOrEqual(0);
    }
  });

  it('keep WGAN at 1, GAN vanishing', () => {
    const curves = gradientCurves(0.5, 0.5);
    const far = curves.filter((point) => Math.abs(point.fakeMean) >= 5);
    for (const point of far.filter((point) => point.objective === 'wgan')) expect(point.magnitude).toBeCloseTo(1, 9);
    for (const point of far.filter((point) => point.objective === 'gan')) expect(point.magnitude).toBeLessThan(1e-5);
    const farthest = curves.find((point) => point.objective === 'gan' && point.fakeMean === FAKE_MEAN_MAX);
    expect(farthest?.magnitude).toBeLessThan(1e-7);
  });

  it('splits the WGAN curve at its kink only for equal σ', () => {
    const equal = gradientCurves(1, 1).filter((point) => point.objective === 'wgan');
    expect(equal.filter((point) => point.piece === 'kink').map((point) => point.fakeMean)).toEqual([0]);
    expect(equal.filter((point) => point.piece === 'left').every((point) => point.fakeMean < 0)).toBe(true);
    expect(equal.filter((point) => point.piece === 'right').every((point) => point.fakeMean > 0)).toBe(true);

    const unequal = gradientCurves(1, 1.5);
    expect(unequal.every((point) => point.piece === 'whole')).toBe(true);
    expect(wassersteinHasKink(1, 1.5)).toBe(false);
  });

  it('matches the state at the same setting', () => {
    const state = computeCriticState({ fakeMean: 2.5, realSd: 0.75, fakeSd: 1.25 });
    const curves = gradientCurves(0.75, 1.25).filter((point) => point.fakeMean === 2.5);
    expect(curves.find((point) => point.objective === 'gan')?.magnitude).toBe(Math.abs(state.ganGradient));
    expect(curves.find((point) => point.objective === 'wgan')?.magnitude).toBe(Math.abs(state.wassersteinGradient));
  });
});

describe('URL parameters', () => {
  it.each([
    ['3', 3],
    ['-6', -6],
    [' 2.54 ', 2.5],
    ['-0', 0],
    ['0.05', 0.1],
  ])('reads μ_g %j as %s', (raw, expected) => {
    expect(Object.is(parseFakeMean(raw), expected)).toBe(true);
  });

  it.each([
    ['1', 1],
    ['0.25', 0.25],
    ['2', 2],
    ['0.333', 0.35],
  ])('reads σ %j as %s', (raw, expected) => {
    expect(parseRealSd(raw)).toBe(expected);
    expect(parseFakeSd(raw)).toBe(expected);
  });

  it.each([
    [parseFakeMean, 'abc', /μ_g는 숫자여야/],
    [parseFakeMean, '', /μ_g는 숫자여야/],
    [parseFakeMean, 'Infinity', /μ_g는 숫자여야/],
    [parseFakeMean, '6.5', /μ_g는 −6에서 6 사이/],
    [parseRealSd, '0', /σ_r는 0.25에서 2 사이/],
    [parseRealSd, '-1', /σ_r는 0.25에서 2 사이/],
    [parseFakeSd, 'NaN', /σ_g는 숫자여야/],
    [parseFakeSd, '3', /σ_g는 0.25에서 2 사이/],
  ])('rejects an invalid value (%#)', (parse, raw, message) => {
    expect(() => parse(raw)).toThrow(RangeError);
    expect(() => parse(raw)).toThrow(message);
  });
});

describe('roundTo', () => {
  it.each([
    [0.1 + 0.2, 0.1, 0.3],
    [-0.04, 0.1, 0],
    [0.333, 0.05, 0.35],
    [1.0000000001, 0.05, 1],
  ])('rounds %s to a multiple of %s', (value, step, expected) => {
    expect(Object.is(roundTo(value, step), expected)).toBe(true);
  });
});
