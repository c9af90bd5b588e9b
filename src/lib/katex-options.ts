import type { KatexOptions } from 'katex';

/**
 * KaTeX settings shared by the build and the live figures. `strict: 'error'`
 * makes input that real LaTeX would reject, such as Hangul in math mode
 * outside `\text{}`, an error instead of a console warning. `trust` stays off
 * so that content cannot emit links or HTML through `\href` or `\htmlClass`.
 */
export const KATEX_OPTIONS = {
  strict: 'error',
  trust: false,
  output: 'htmlAndMathml',
} as const satisfies KatexOptions;
