import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/islands/shared/format.ts';
import { readParam, withParams } from '../../src/islands/shared/url-state.ts';

describe('formatNumber', () => {
  it.each([
    [0.5, 2, '0.50'],
    [Math.LN2, 4, '0.6931'],
    [Infinity, 4, '∞'],
    [-Infinity, 4, '−∞'],
    [-0, 2, '0.00'],
    [-0.001, 2, '0.00'],
    [-0.25, 2, '−0.25'],
  ])('formats %s with %s digits as %j', (value, digits, expected) => {
    expect(formatNumber(value, digits)).toBe(expected);
  });

  it('rejects NaN', () => {
    expect(() => formatNumber(Number.NaN, 2)).toThrow(RangeError);
  });
});

describe('readParam', () => {
  const parse = (raw: string) => {
    const value = Number(raw);
    if (!Number.isFinite(value)) throw new RangeError('not a number');
    return value;
  };

  it('falls back silently when absent', () => {
    expect(readParam('?other=1', 'theta', parse, 0.5)).toEqual({ value: 0.5 });
  });

  it('reads a valid value', () => {
    expect(readParam('?theta=0.25', 'theta', parse, 0.5)).toEqual({ value: 0.25 });
  });

  it('reports an invalid value', () => {
    expect(readParam('?theta=abc', 'theta', parse, 0.5)).toEqual({
      value: 0.5,
      invalid: { raw: 'abc', reason: 'not a number' },
    });
  });
});

describe('withParams', () => {
  it('keeps other parameters and the hash', () => {
    expect(withParams('https://x.test/wgan-review/posts/a/?lang=ko#fig', { theta: '0.50' })).toBe(
      '/wgan-review/posts/a/?lang=ko&theta=0.50#fig',
    );
  });

  it('replaces an existing value', () => {
    expect(withParams('https://x.test/a/?theta=abc', { theta: '0.10' })).toBe('/a/?theta=0.10');
  });
});
