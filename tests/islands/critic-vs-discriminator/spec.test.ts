import { describe, expect, it } from 'vitest';
import {
  computeCriticState,
  DEFAULT_PARAMS,
  FAKE_MEAN_MAX,
  FAKE_MEAN_MIN,
  gradientCurves,
  SD_MAX,
  SD_MIN,
  type CriticParams,
} from '../../../src/islands/critic-vs-discriminator/compute.ts';
import {
  CRITIC_AXIS,
  criticToChart,
  gradientSpec,
  profileSpec,
  readoutTex,
  valueText,
} from '../../../src/islands/critic-vs-discriminator/spec.ts';
import { renderStaticPlot } from '../../../src/islands/shared/static-plot.ts';
import { KATEX_OPTIONS } from '../../../src/lib/katex-options.ts';

const EXTREMES: CriticParams[] = [
  DEFAULT_PARAMS,
  { fakeMean: 0, realSd: 1, fakeSd: 1 },
  { fakeMean: FAKE_MEAN_MAX, realSd: SD_MIN, fakeSd: SD_MIN },
  { fakeMean: FAKE_MEAN_MIN, realSd: SD_MIN, fakeSd: SD_MIN },
  { fakeMean: FAKE_MEAN_MAX, realSd: SD_MIN, fakeSd: SD_MAX },
  { fakeMean: FAKE_MEAN_MIN, realSd: SD_MAX, fakeSd: SD_MIN },
  { fakeMean: 0, realSd: SD_MAX, fakeSd: SD_MAX },
];

const label = ({ fakeMean, realSd, fakeSd }: CriticParams) => `μ_g ${fakeMean}, σ_r ${realSd}, σ_g ${fakeSd}`;

describe('critic-vs-discriminator charts', () => {
  it.each(EXTREMES.map((params) => [label(params), params] as const))('render without NaN (%s)', (_, params) => {
    const state = computeCriticState(params);
    const profile = renderStaticPlot(profileSpec(state));
    const gradient = renderStaticPlot(gradientSpec(state, gradientCurves(params.realSd, params.fakeSd)));
    expect(profile).not.toMatch(/NaN|Infinity|undefined/);
    expect(gradient).not.toMatch(/NaN|Infinity|undefined/);
    expect(profile).toContain('<path');
    expect(gradient).toContain('<path');
  });

  it('keep the same size for every setting', () => {
    const sizes = EXTREMES.flatMap((params) => {
      const state = computeCriticState(params);
      const curves = gradientCurves(params.realSd, params.fakeSd);
      return [profileSpec(state), gradientSpec(state, curves)].map((spec) => `${spec.width}×${spec.height}`);
    });
    expect(new Set(sizes)).toEqual(new Set(['360×280']));
  });

  it('keep the critic inside its axis', () => {
    for (const params of EXTREMES) {
      for (const point of computeCriticState(params).profile) {
        expect(Math.abs(point.critic), `${label(params)} at x = ${point.x}`).toBeLessThanOrEqual(CRITIC_AXIS + 1e-9);
      }
    }
    expect(criticToChart(-CRITIC_AXIS)).toBe(0);
    expect(criticToChart(0)).toBe(0.5);
    expect(criticToChart(CRITIC_AXIS)).toBe(1);
  });

  it('label both axes of the first chart in Korean', () => {
    const profile = renderStaticPlot(profileSpec(computeCriticState(DEFAULT_PARAMS)));
    expect(profile).toContain('진짜일 확률');
    expect(profile).toContain('critic 점수');
    expect(profile).toContain('P_r');
    expect(profile).toContain('P_g');
  });

  it('move the marker with μ_g', () => {
    const curves = gradientCurves(1, 1);
    const near = renderStaticPlot(gradientSpec(computeCriticState({ ...DEFAULT_PARAMS, fakeMean: 1 }), curves));
    const far = renderStaticPlot(gradientSpec(computeCriticState({ ...DEFAULT_PARAMS, fakeMean: 5 }), curves));
    expect(near).not.toBe(far);
  });
});

describe('critic-vs-discriminator text', () => {
  it('reads μ_g, W₁ and both gradients', () => {
    expect(valueText(computeCriticState(DEFAULT_PARAMS))).toBe('μ_g 3.0: W₁ 3.0000, GAN gradient 크기 0.296, WGAN gradient 크기 1.000');
    expect(valueText(computeCriticState({ fakeMean: -6, realSd: 0.5, fakeSd: 0.5 }))).toBe(
      'μ_g −6.0: W₁ 6.0000, GAN gradient 크기 3.697 × 10⁻⁸, WGAN gradient 크기 1.000',
    );
  });

  it('writes a readout KaTeX can parse at every extreme', async () => {
    const katex = (await import('katex')).default;
    for (const params of EXTREMES) {
      const tex = readoutTex(computeCriticState(params));
      expect(() => katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: true }), label(params)).not.toThrow();
      expect(tex).not.toMatch(/NaN|Infinity|undefined|−/);
    }
    expect(readoutTex(computeCriticState({ fakeMean: 6, realSd: SD_MIN, fakeSd: SD_MIN }))).toContain('\\times 10^{-31}');
  });
});
