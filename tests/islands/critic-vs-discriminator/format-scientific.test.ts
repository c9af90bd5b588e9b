import { describe, expect, it } from 'vitest';
import { formatScientific, scientificTex } from '../../../src/islands/shared/format-scientific.ts';

describe('formatScientific', () => {
  it.each([
    [0.296, 3, '0.296'],
    [1, 3, '1.000'],
    [0.001, 3, '0.001'],
    [0, 3, '0.000'],
    [2.6746e-31, 3, '2.675 × 10⁻³¹'],
    [-3.7e-8, 2, '−3.70 × 10⁻⁸'],
    [Infinity, 3, '∞'],
  ])('formats %s with %s digits as %j', (value, digits, expected) => {
    expect(formatScientific(value, digits)).toBe(expected);
  });

  it('rejects NaN', () => {
    expect(() => formatScientific(Number.NaN, 3)).toThrow(RangeError);
    expect(() => scientificTex(Number.NaN, 3)).toThrow(RangeError);
  });
});

describe('scientificTex', () => {
  it.each([
    [0.296, 3, '0.296'],
    [-0.5, 2, '-0.50'],
    [2.6746e-31, 3, '2.675 \\times 10^{-31}'],
    [-3.7e-8, 2, '-3.70 \\times 10^{-8}'],
    [Infinity, 3, '\\infty'],
    [-Infinity, 3, '-\\infty'],
  ])('writes %s with %s digits as %j', (value, digits, expected) => {
    expect(scientificTex(value, digits)).toBe(expected);
  });
});
