import { describe, expect, it } from 'vitest';
import { computeDistances, EXPLORER_PRESETS } from '../../../src/islands/distance-explorer/compute.ts';
import {
  barsSpec,
  binList,
  cellText,
  editBand,
  emptyMessage,
  reasonText,
  TABLE_ROWS,
  totalText,
} from '../../../src/islands/distance-explorer/spec.ts';
import { presetPair } from '../../../src/islands/shared/histogram-presets.ts';
import { renderStaticPlot } from '../../../src/islands/shared/static-plot.ts';

describe('distance-explorer charts', () => {
  it.each(EXPLORER_PRESETS)('render %s without NaN at every size', (name) => {
    for (const bins of [5, 12, 13, 30]) {
      const state = computeDistances(presetPair(name, bins));
      for (const side of ['p', 'q'] as const) {
        const svg = renderStaticPlot(barsSpec(state, side));
        expect(svg, `${name} ${side} at K = ${bins}`).not.toMatch(/NaN|undefined|Infinity/);
        expect(svg).toContain('<rect');
      }
    }
  });

  it('writes the empty message into the chart of the empty side', () => {
    const state = computeDistances({ p: [0, 0, 0, 0, 0], q: [1, 1, 1, 1, 1] });
    expect(renderStaticPlot(barsSpec(state, 'p'))).toContain('P의 질량이 모두 0입니다');
    expect(renderStaticPlot(barsSpec(state, 'q'))).not.toContain('질량이 모두 0입니다');
  });

  it('writes each bar share above it', () => {
    const svg = renderStaticPlot(barsSpec(computeDistances({ p: [1, 3, 0, 0, 0], q: [1, 1, 1, 1, 0] }), 'p'));
    expect(svg).toContain('>25%<');
    expect(svg).toContain('>75%<');
  });

  it('keep one size and band for every bin count', () => {
    const specs = [5, 30].map((bins) => barsSpec(computeDistances(presetPair('shift', bins)), 'p'));
    expect(specs[0].width).toBe(specs[1].width);
    expect(specs[0].height).toBe(specs[1].height);
    const band = editBand(computeDistances(presetPair('shift', 30)), 'q');
    expect(band.bins).toBe(30);
    expect(band.left).toBe(specs[1].marginLeft);
    expect(band.top).toBe(specs[1].marginTop);
    expect(band.chartHeight - band.bottom).toBe(specs[1].marginBottom);
  });
});

describe('distance-explorer table', () => {
  it('shows ∞ and says why for disjoint supports', () => {
    const state = computeDistances(presetPair('disjoint', 10));
    expect(cellText(state, 'klPQ')).toBe('∞');
    expect(cellText(state, 'klQP')).toBe('∞');
    expect(cellText(state, 'jsNats')).toBe('0.6931');
    expect(cellText(state, 'jsBits')).toBe('1.0000');
    expect(cellText(state, 'totalVariation')).toBe('1.0000');
    expect(reasonText(state, 'klPQ')).toMatch(/^Q가 0인 칸\([\d, –]+\)에 P의 질량이 있어 KL\(P‖Q\)는 무한대입니다\.$/);
    expect(reasonText(state, 'klQP')).toMatch(/P가 0인 칸.*KL\(Q‖P\)는 무한대/);
    expect(reasonText(state, 'jsNats')).toContain('log 2');
    expect(reasonText(state, 'totalVariation')).toContain('최대값 1');
  });

  it('explains the one-sided infinity of emptyBin', () => {
    const state = computeDistances(presetPair('emptyBin', 12));
    expect(cellText(state, 'klPQ')).toBe('∞');
    expect(cellText(state, 'klQP')).toMatch(/^\d\.\d{4}$/);
    expect(reasonText(state, 'klPQ')).toBe('Q가 0인 칸(5)에 P의 질량이 있어 KL(P‖Q)는 무한대입니다.');
    expect(reasonText(state, 'klQP')).toContain('순서를 바꾸면');
  });

  it('explains W₁ of a shift', () => {
    const state = computeDistances(presetPair('shift', 12));
    expect(cellText(state, 'wasserstein')).toBe('1.0000');
    expect(reasonText(state, 'wasserstein')).toContain('W₁ = 1');
  });

  it('leaves reasons out where nothing needs explaining', () => {
    const state = computeDistances(presetPair('bimodal', 12));
    expect(reasonText(state, 'totalVariation')).toBe('');
    expect(reasonText(state, 'jsNats')).toBe('');
    expect(reasonText(state, 'klPQ')).toBe('');
  });

  it('shows a Korean message and no values for an empty side', () => {
    const state = computeDistances({ p: [2, 1, 0, 0, 0], q: [0, 0, 0, 0, 0] });
    expect(emptyMessage(state)).toContain('Q의 모든 칸이 0이라');
    for (const row of TABLE_ROWS) {
      expect(cellText(state, row)).toBe('값 없음');
      expect(reasonText(state, row)).toBe('');
    }
    expect(totalText(state, 'q')).toBe('Q의 합계 0단위: 확률분포가 아닙니다.');
    expect(totalText(state, 'p')).toContain('합계 3단위');
    expect(emptyMessage(computeDistances({ p: [0, 0, 0, 0, 0], q: [0, 0, 0, 0, 0] }))).toContain('P와 Q의 모든 칸이 0');
  });

  it('never shows NaN', () => {
    for (const name of EXPLORER_PRESETS) {
      const state = computeDistances(presetPair(name, 7));
      for (const row of TABLE_ROWS) expect(cellText(state, row), `${name} ${row}`).not.toMatch(/NaN/);
    }
  });
});

describe('binList', () => {
  it.each([
    [[5], '5'],
    [[1, 2], '1, 2'],
    [[1, 2, 3, 7], '1–3, 7'],
    [[1, 3, 4, 5, 6, 9, 10], '1, 3–6, 9, 10'],
    [[], ''],
  ])('writes %j as %j', (bins, expected) => {
    expect(binList(bins)).toBe(expected);
  });
});
