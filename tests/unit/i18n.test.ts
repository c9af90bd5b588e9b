import { describe, expect, it } from 'vitest';
import { HTML_LANG, LOCALE, strings, t } from '../../src/i18n/ko.ts';

describe('t', () => {
  it('fills placeholders', () => {
    expect(t('post.readingTime', { minutes: 7 })).toBe('읽는 데 약 7분');
  });

  it('throws on a missing placeholder value', () => {
    expect(() => t('post.readingTime')).toThrow(RangeError);
    expect(() => t('post.readingTime')).toThrow(/\{minutes\}/);
  });

  it('has Korean in every string', () => {
    for (const [key, value] of Object.entries(strings)) {
      expect(value, key).toMatch(/[\uac00-\ud7a3]/);
    }
  });

  it('uses one Korean locale', () => {
    expect(LOCALE).toBe('ko-KR');
    expect(HTML_LANG).toBe('ko');
  });
});
