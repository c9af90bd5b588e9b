import { describe, expect, it } from 'vitest';
import {
  estimateReadingMinutes,
  KOREAN_CHARACTERS_PER_MINUTE,
  SECONDS_PER_DISPLAY_FORMULA,
  SECONDS_PER_INLINE_FORMULA,
} from '../../src/lib/reading-time.ts';

describe('estimateReadingMinutes', () => {
  it('is at least one minute', () => {
    expect(estimateReadingMinutes('')).toBe(1);
  });

  it('counts Hangul syllables', () => {
    const body = '가'.repeat(KOREAN_CHARACTERS_PER_MINUTE * 4);
    expect(estimateReadingMinutes(body)).toBe(4);
  });

  it('counts inline formulas by time', () => {
    const formulas = Array.from({ length: (60 / SECONDS_PER_INLINE_FORMULA) * 3 }, () => '$x^2$').join(' ');
    expect(estimateReadingMinutes(formulas)).toBe(3);
  });

  it('gives display formulas more time', () => {
    const formulas = Array.from({ length: (60 / SECONDS_PER_DISPLAY_FORMULA) * 2 }, () => '$$\nx^2\n$$').join('\n\n');
    expect(estimateReadingMinutes(formulas)).toBe(2);
  });

  it('leaves out imports and JSX tags', () => {
    const body = "import Figure from '../src/components/Figure.astro';\n<Figure kind=\"figure\" />\n";
    expect(estimateReadingMinutes(body)).toBe(1);
  });
});
