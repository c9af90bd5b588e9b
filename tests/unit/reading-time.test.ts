import { describe, expect, it } from 'vitest';
import {
  estimateReadingMinutes,
  KOREAN_CHARACTERS_PER_MINUTE,
  SECONDS_PER_FORMULA,
} from '../../src/lib/reading-time.ts';

describe('estimateReadingMinutes', () => {
  it('is at least one minute', () => {
    expect(estimateReadingMinutes('')).toBe(1);
  });

  it('counts Hangul syllables', () => {
    const body = '가'.repeat(KOREAN_CHARACTERS_PER_MINUTE * 4);
    expect(estimateReadingMinutes(body)).toBe(4);
  });

  it('counts formulas by time, not by characters', () => {
    const formulas = Array.from({ length: (60 / SECONDS_PER_FORMULA) * 3 }, () => '$x^2$').join(' ');
    expect(estimateReadingMinutes(formulas)).toBe(3);
  });

  it('leaves out imports and JSX tags', () => {
    const body = "import Figure from '../src/components/Figure.astro';\n<Figure kind=\"figure\" />\n";
    expect(estimateReadingMinutes(body)).toBe(1);
  });
});
