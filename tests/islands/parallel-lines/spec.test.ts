import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { computeParallelLines, distanceCurves } from '../../../src/islands/parallel-lines/compute.ts';
import { curvesSpec, planeSpec, readoutTex, valueText } from '../../../src/islands/parallel-lines/spec.ts';
import { renderStaticPlot } from '../../../src/islands/shared/static-plot.ts';

const curves = distanceCurves();

describe('parallel-lines charts', () => {
  it.each([-1, -0.5, -0.01, 0, 1e-9, 0.01, 0.5, 1])('render without NaN at θ = %s', (theta) => {
    const state = computeParallelLines(theta);
    const plane = renderStaticPlot(planeSpec(state));
    const chart = renderStaticPlot(curvesSpec(state, curves));
    expect(plane).not.toMatch(/NaN|Infinity/);
    expect(chart).not.toMatch(/NaN|Infinity/);
  });

  it('draws KL = ∞ explicitly', () => {
    const chart = renderStaticPlot(curvesSpec(computeParallelLines(0.5), curves));
    expect(chart).toContain('KL = ∞');
    expect(chart).toContain('>∞<');
  });

  it('have the same size for every θ', () => {
    const sizes = [-1, 0, 0.37].map((theta) => {
      const spec = curvesSpec(computeParallelLines(theta), curves);
      return [spec.width, spec.height];
    });
    expect(new Set(sizes.map(String)).size).toBe(1);
  });

  it('draws arrows only when the segments are apart', () => {
    const countArrows = (theta: number) =>
      (planeSpec(computeParallelLines(theta)).marks ?? []).filter((mark) => mark instanceof Plot.Arrow).flatMap((mark) =>
        Array.from((mark as unknown as { data: unknown[] }).data ?? []),
      ).length;
    expect(countArrows(0.5)).toBeGreaterThan(0);
    expect(countArrows(0)).toBe(0);
  });
});

describe('parallel-lines text', () => {
  it('reads θ and the four values', () => {
    expect(valueText(computeParallelLines(0.5))).toBe('θ = 0.50일 때 W 0.50, JS 0.6931, KL 무한대, TV 1.00');
    expect(valueText(computeParallelLines(-0.25))).toBe('θ = −0.25일 때 W 0.25, JS 0.6931, KL 무한대, TV 1.00');
    expect(valueText(computeParallelLines(0))).toBe('θ = 0.00일 때 W 0.00, JS 0.0000, KL 0.0000, TV 0.00');
  });

  it('writes a readout KaTeX can parse', async () => {
    const katex = (await import('katex')).default;
    for (const theta of [-0.5, 0, 0.5]) {
      expect(() => katex.renderToString(readoutTex(computeParallelLines(theta)), { strict: 'error' })).not.toThrow();
    }
    expect(readoutTex(computeParallelLines(0.5))).toContain('|\\theta| = 0.50');
    expect(readoutTex(computeParallelLines(0.5))).toContain('+\\infty');
  });
});
