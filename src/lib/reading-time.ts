/**
 * Korean reading speed in syllables a minute, spaces excluded. An estimate
 * for careful reading of technical prose, not a measured figure.
 */
export const KOREAN_CHARACTERS_PER_MINUTE = 500;

/** English reading speed in words a minute, for Latin-script words in the text. */
export const ENGLISH_WORDS_PER_MINUTE = 230;

/** Seconds a reader spends on a display formula (an estimate). */
export const SECONDS_PER_DISPLAY_FORMULA = 10;

/** Seconds a reader spends on an inline formula, most of which are a symbol or two (an estimate). */
export const SECONDS_PER_INLINE_FORMULA = 1.5;

/**
 * Estimates the reading time of an MDX body in whole minutes, at least 1.
 * Hangul counts by syllable, Latin-script text by word, and each formula adds
 * a fixed time, longer for display formulas than for inline ones. Imports, JSX tags and code fences are left out.
 */
export function estimateReadingMinutes(body: string): number {
  const withoutCode = body.replace(/^```[\s\S]*?^```/gm, ' ');
  const displayMath = withoutCode.match(/\$\$[\s\S]+?\$\$/g) ?? [];
  const withoutDisplay = withoutCode.replace(/\$\$[\s\S]+?\$\$/g, ' ');
  const inlineMath = withoutDisplay.match(/(?<!\\)\$[^$\n]+?(?<!\\)\$/g) ?? [];
  const prose = withoutDisplay
    .replace(/(?<!\\)\$[^$\n]+?(?<!\\)\$/g, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');

  const hangul = prose.match(/[\uac00-\ud7a3]/g)?.length ?? 0;
  const latinWords = prose.match(/[A-Za-z][A-Za-z'-]*/g)?.length ?? 0;
  const formulaSeconds = displayMath.length * SECONDS_PER_DISPLAY_FORMULA + inlineMath.length * SECONDS_PER_INLINE_FORMULA;

  const minutes = hangul / KOREAN_CHARACTERS_PER_MINUTE + latinWords / ENGLISH_WORDS_PER_MINUTE + formulaSeconds / 60;
  return Math.max(1, Math.round(minutes));
}
