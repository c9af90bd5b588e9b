import { describe, expect, it } from 'vitest';
import { handleAttributes, massAt, bandStyle, type EditBand } from '../../../src/islands/shared/bar-layout.ts';
import { emptiedBin, matchPreset, presetPair, type PresetName } from '../../../src/islands/shared/histogram-presets.ts';
import {
  BINS_MAX,
  BINS_MIN,
  clampMass,
  encodePair,
  MASS_MAX,
  normalise,
  parsePair,
  resizePair,
  setMass,
  supportsOverlap,
} from '../../../src/islands/shared/histogram.ts';

const ALL_PRESETS: PresetName[] = ['example', 'identical', 'shift', 'disjoint', 'emptyBin', 'bimodal'];
const ALL_BINS = Array.from({ length: BINS_MAX - BINS_MIN + 1 }, (_, index) => BINS_MIN + index);

describe('parsePair', () => {
  it('reads what encodePair writes', () => {
    const pair = { p: [0, 1, 2, 3, 9], q: [9, 0, 0, 0, 1] };
    expect(encodePair(pair)).toBe('01239.90001');
    expect(parsePair(encodePair(pair))).toEqual(pair);
  });

  it.each([
    ['01230', /점\(\.\)/],
    ['0123.01a3', /점\(\.\)/],
    ['01234.0123.1', /점\(\.\)/],
    ['', /점\(\.\)/],
    ['-1234.12345', /점\(\.\)/],
    ['12345.1234', /P는 5칸, Q는 4칸/],
    ['1234.1234', /칸 수 4은\(는\) 5에서 30 사이/],
    [`${'1'.repeat(31)}.${'1'.repeat(31)}`, /칸 수 31/],
    ['00000.12345', /P의 질량이 모두 0/],
    ['12345.00000', /Q의 질량이 모두 0/],
  ])('rejects %j', (raw, message) => {
    expect(() => parsePair(raw)).toThrow(RangeError);
    expect(() => parsePair(raw)).toThrow(message);
  });

  it('accepts the smallest and largest bin counts', () => {
    expect(parsePair('10000.00001').p.length).toBe(BINS_MIN);
    expect(parsePair(`${'9'.repeat(BINS_MAX)}.${'1'.repeat(BINS_MAX)}`).q.length).toBe(BINS_MAX);
  });
});

describe('histogram editing', () => {
  it.each([
    [-1, 0],
    [0.4, 0],
    [4.6, 5],
    [12, MASS_MAX],
    [Number.NaN, 0],
  ])('clamps %s to %s', (value, expected) => {
    expect(clampMass(value)).toBe(expected);
  });

  it('sets one bin without touching the input', () => {
    const masses = [1, 2, 3, 4, 5];
    expect(setMass(masses, 2, 9)).toEqual([1, 2, 9, 4, 5]);
    expect(masses).toEqual([1, 2, 3, 4, 5]);
  });

  it('resizes by dropping or adding empty bins', () => {
    const pair = { p: [1, 2, 3, 4, 5, 6], q: [6, 5, 4, 3, 2, 1] };
    expect(resizePair(pair, 5)).toEqual({ p: [1, 2, 3, 4, 5], q: [6, 5, 4, 3, 2] });
    expect(resizePair(pair, 8)).toEqual({ p: [1, 2, 3, 4, 5, 6, 0, 0], q: [6, 5, 4, 3, 2, 1, 0, 0] });
  });

  it('normalises to probabilities that sum to 1', () => {
    const p = normalise([1, 0, 3]);
    expect(Array.from(p)).toEqual([0.25, 0, 0.75]);
  });

  it('refuses to normalise an empty histogram', () => {
    expect(() => normalise([0, 0, 0])).toThrow(RangeError);
  });
});

describe('presets', () => {
  it.each(ALL_PRESETS)('%s fits every bin count', (name) => {
    for (const bins of ALL_BINS) {
      const { p, q } = presetPair(name, bins);
      expect(p.length, `${name} at K = ${bins}`).toBe(bins);
      expect(q.length, `${name} at K = ${bins}`).toBe(bins);
      for (const mass of [...p, ...q]) {
        expect(Number.isInteger(mass), `${name} at K = ${bins}`).toBe(true);
        expect(mass, `${name} at K = ${bins}`).toBeGreaterThanOrEqual(0);
        expect(mass, `${name} at K = ${bins}`).toBeLessThanOrEqual(MASS_MAX);
      }
      expect(p.some((mass) => mass > 0), `${name} P at K = ${bins}`).toBe(true);
      expect(q.some((mass) => mass > 0), `${name} Q at K = ${bins}`).toBe(true);
    }
  });

  it('shift moves every bin of P one to the right', () => {
    for (const bins of ALL_BINS) {
      const { p, q } = presetPair('shift', bins);
      expect(p.at(-1), `K = ${bins}`).toBe(0);
      expect(q, `K = ${bins}`).toEqual([0, ...p.slice(0, -1)]);
    }
  });

  it('disjoint has no shared bin', () => {
    for (const bins of ALL_BINS) {
      const { p, q } = presetPair('disjoint', bins);
      expect(supportsOverlap(p, q), `K = ${bins}`).toBe(false);
    }
  });

  it('emptyBin empties exactly one bin of Q under P', () => {
    for (const bins of ALL_BINS) {
      const { p, q } = presetPair('emptyBin', bins);
      const differing = p.flatMap((mass, index) => (mass !== q[index] ? [index] : []));
      expect(differing, `K = ${bins}`).toEqual([emptiedBin(bins)]);
      expect(q[emptiedBin(bins)]).toBe(0);
      expect(p[emptiedBin(bins)]).toBeGreaterThan(0);
      expect(p.every((mass) => mass > 0), `K = ${bins}`).toBe(true);
    }
  });

  it('bimodal gives P two peaks and Q one, on every bin', () => {
    // A plateau counts once: runs of equal masses are merged before counting
    // the bins higher than both neighbours.
    const peaks = (masses: readonly number[]) => {
      const runs = masses.filter((mass, index) => mass !== masses[index - 1]);
      return runs.filter((mass, index) => mass > (runs[index - 1] ?? -1) && mass > (runs[index + 1] ?? -1)).length;
    };
    for (const bins of ALL_BINS) {
      const { p, q } = presetPair('bimodal', bins);
      expect(p.every((mass) => mass > 0) && q.every((mass) => mass > 0), `K = ${bins}`).toBe(true);
      expect(peaks(p), `P at K = ${bins}`).toBe(2);
      expect(peaks(q), `Q at K = ${bins}`).toBe(1);
    }
  });

  it('example is the review worked example', () => {
    expect(presetPair('example', 6)).toEqual({ p: [4, 0, 0, 4, 0, 0], q: [0, 2, 2, 0, 4, 0] });
  });

  it('matchPreset finds a preset and rejects an edited pair', () => {
    const pair = presetPair('disjoint', 9);
    expect(matchPreset(pair, ALL_PRESETS)).toBe('disjoint');
    expect(matchPreset({ p: setMass(pair.p, 0, 9), q: pair.q }, ALL_PRESETS)).toBeNull();
  });
});

describe('bar layout', () => {
  const band: EditBand = {
    side: 'p',
    bins: 4,
    chartWidth: 400,
    chartHeight: 200,
    left: 40,
    right: 360,
    top: 20,
    bottom: 180,
    direction: 'up',
  };

  it('places the handle group over the band in percentages', () => {
    expect(bandStyle(band)).toBe('left:10%;top:10%;width:80%;height:80%');
  });

  it.each([
    ['up', 0.1, 0, 0, MASS_MAX],
    ['up', 0.99, 1, 3, 0],
    ['up', 0.5, 0.5, 2, 5],
    ['down', 0.3, 0, 1, 0],
    ['down', 0.3, 1, 1, MASS_MAX],
    ['up', -0.2, 1.4, 0, 0],
    ['up', 1.3, -0.5, 3, MASS_MAX],
  ] as const)('maps a %s band at (%s, %s) to bin %s, mass %s', (direction, x, y, index, mass) => {
    expect(massAt({ bins: 4, direction }, x, y)).toEqual({ index, mass });
  });

  it('names each handle and its value in Korean', () => {
    const attributes = handleAttributes(band, [1, 0, 3, 0], 2);
    expect(attributes.role).toBe('slider');
    expect(attributes['aria-label']).toBe('P의 3번 칸');
    expect(attributes['aria-valuenow']).toBe('3');
    expect(attributes['aria-valuetext']).toBe('질량 3, 확률 0.750');
    expect(attributes.style).toBe('left:50%;width:25%');
  });

  it('says when the histogram has no probability', () => {
    expect(handleAttributes(band, [0, 0, 0, 0], 1)['aria-valuetext']).toBe('질량 0, P의 합계가 0이라 확률 없음');
  });
});
