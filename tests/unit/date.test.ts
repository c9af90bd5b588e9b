import { describe, expect, it } from 'vitest';
import { formatPostDate, parsePostDate } from '../../src/lib/date.ts';

describe('parsePostDate', () => {
  it('keeps the offset and the instant', () => {
    const date = parsePostDate('2021-01-13T17:00:00+03:00');
    expect(date.offset).toBe('+03:00');
    expect(date.instant.toISOString()).toBe('2021-01-13T14:00:00.000Z');
    expect(date.iso).toBe('2021-01-13T17:00:00+03:00');
  });

  it('reads Z as +00:00', () => {
    expect(parsePostDate('2021-01-13T17:00Z').offset).toBe('+00:00');
  });

  it.each([
    ['2021-01-13', /UTC offset/],
    ['2021-01-13 17:00:00 +0300', /UTC offset/],
    ['2021-01-13T17:00:00', /UTC offset/],
    ['2021-02-30T10:00:00+09:00', /does not exist/],
    ['2021-01-13T25:00:00+09:00', /does not exist/],
  ])('rejects %j', (value, message) => {
    expect(() => parsePostDate(value)).toThrow(RangeError);
    expect(() => parsePostDate(value)).toThrow(message);
    expect(() => parsePostDate(value)).toThrow(value);
  });
});

describe('formatPostDate', () => {
  it('formats in Korean', () => {
    expect(formatPostDate(parsePostDate('2021-01-13T17:00:00+03:00'))).toBe('2021년 1월 13일');
  });

  it('uses the author’s calendar day, not UTC', () => {
    // 23:30 in Seoul is still the previous day in UTC.
    expect(formatPostDate(parsePostDate('2021-01-13T23:30:00+09:00'))).toBe('2021년 1월 13일');
    expect(formatPostDate(parsePostDate('2021-01-13T00:30:00-05:00'))).toBe('2021년 1월 13일');
  });
});
