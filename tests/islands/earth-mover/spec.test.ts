import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { computeTransport, defaultPair, EPSILONS, MOVER_PRESETS } from '../../../src/islands/earth-mover/compute.ts';
import {
  costText,
  editBand,
  emptyMessage,
  epsilonIndex,
  epsilonValueText,
  flowRows,
  planSpec,
  solverText,
  totalsText,
  transportSpec,
} from '../../../src/islands/earth-mover/spec.ts';
import { presetPair } from '../../../src/islands/shared/histogram-presets.ts';
import { renderStaticPlot } from '../../../src/islands/shared/static-plot.ts';

describe('earth-mover charts', () => {
  it.each(MOVER_PRESETS)('render %s without NaN for every ε', (name) => {
    for (const bins of [5, 8, 13, 30]) {
      for (const epsilon of [0, 0.5, 5]) {
        const state = computeTransport(presetPair(name, bins), epsilon);
        const transport = renderStaticPlot(transportSpec(state));
        const plan = renderStaticPlot(planSpec(state));
        expect(transport, `${name} K = ${bins} ε = ${epsilon}`).not.toMatch(/NaN|undefined|Infinity/);
        expect(plan, `${name} K = ${bins} ε = ${epsilon}`).not.toMatch(/NaN|undefined|Infinity/);
      }
    }
  });

  it('draws one flow per entry of the exact plan', () => {
    const svg = renderStaticPlot(transportSpec(computeTransport(defaultPair(), 0)));
    const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
    const flows = [...document.querySelectorAll('g[aria-label="link"] path')];
    expect(flows.map((path) => path.getAttribute('stroke-width'))).toHaveLength(3);
    const widths = flows.map((path) => Number(path.getAttribute('stroke-width')));
    expect(widths[2]).toBeCloseTo(2 * widths[0], 10);
    expect(svg).toContain('>0.25<');
    expect(svg).toContain('>0.50<');
  });

  it('writes the empty side into the chart', () => {
    const state = computeTransport({ p: [1, 0, 0, 0, 0], q: [0, 0, 0, 0, 0] }, 0);
    expect(renderStaticPlot(transportSpec(state))).toContain('Q의 질량이 모두 0입니다');
    expect(renderStaticPlot(planSpec(state))).toContain('옮길 plan이 없습니다');
  });

  it('lays the piles above the holes', () => {
    const state = computeTransport(defaultPair(), 0);
    const piles = editBand(state, 'p');
    const holes = editBand(state, 'q');
    expect(piles.direction).toBe('up');
    expect(holes.direction).toBe('down');
    expect(piles.bottom).toBeLessThan(holes.top);
    expect(piles.bottom - piles.top).toBeCloseTo(holes.bottom - holes.top, 10);
    expect(holes.bottom).toBeLessThanOrEqual(holes.chartHeight);
  });
});

describe('earth-mover text', () => {
  it('states the exact cost and W₁', () => {
    const state = computeTransport(defaultPair(), 0);
    expect(costText(state)).toBe('비용 Σ 질량 × 거리 = 1.2500. CDF로 따로 계산한 W₁(P, Q)도 1.2500입니다.');
    expect(solverText(state)).toContain('정확한 최적 plan');
  });

  it('compares the entropic cost with W₁', () => {
    const blurred = computeTransport(defaultPair(), 5);
    expect(costText(blurred)).toMatch(/entropic plan이라 정확한 W₁\(P, Q\) = 1\.2500보다 큽니다/);
    expect(solverText(blurred)).toMatch(/^ε = 5의 Sinkhorn이 \d+번 반복 후 수렴했습니다/);
    const sharp = computeTransport(defaultPair(), 0.05);
    expect(costText(sharp)).toContain('표시한 자릿수까지 같습니다');
  });

  it('lists flows whose rows sum to the stated cost', () => {
    for (const epsilon of EPSILONS) {
      const state = computeTransport(presetPair('bimodal', 30), epsilon);
      if (state.kind !== 'transported') throw new Error('expected a plan');
      const rows = flowRows(state);
      const sum = rows.reduce((total, row) => total + row.cost, 0);
      expect(Math.abs(sum - state.cost), `ε = ${epsilon}`).toBeLessThanOrEqual(1e-12);
      expect(rows.filter((row) => row.pooled).length).toBeLessThanOrEqual(1);
    }
  });

  it('pools the smallest flows of a blurred plan into one row', () => {
    const rows = flowRows(computeTransport(presetPair('bimodal', 30), 5));
    expect(rows.at(-1)?.pooled).toBe(true);
    expect(rows.at(-1)?.from).toMatch(/^나머지 \d+개 \(각 0.001 미만\)$/);
  });

  it('has no rows, cost or solver for an empty side', () => {
    const state = computeTransport({ p: [0, 0, 0, 0, 0], q: [0, 0, 0, 0, 0] }, 0);
    expect(flowRows(state)).toEqual([]);
    expect(costText(state)).toBe('비용: 계산할 수 없음');
    expect(solverText(state)).toBe('');
    expect(emptyMessage(state)).toContain('P와 Q의 모든 칸이 0');
    expect(totalsText(state)).toContain('P의 합계 0단위, Q의 합계 0단위');
  });

  it('names ε on the slider', () => {
    expect(epsilonValueText(0)).toContain('정확한 plan');
    expect(epsilonValueText(0.5)).toBe('ε 0.5, Sinkhorn으로 구한 entropic plan');
    expect(EPSILONS.map(epsilonIndex)).toEqual(EPSILONS.map((_, index) => index));
  });
});
