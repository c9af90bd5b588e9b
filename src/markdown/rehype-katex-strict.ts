import type { Root } from 'hast';
import rehypeKatex, { type Options as KatexOptions } from 'rehype-katex';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';
import { KATEX_OPTIONS } from '../lib/katex-options.ts';

/** Error raised when a formula in content does not render. */
export class MathRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MathRenderError';
  }
}

/**
 * Renders math with rehype-katex and turns every formula it could not render
 * into a build error.
 *
 * rehype-katex on its own only records a vfile message and prints red error
 * text into the page, which would ship. This step reads those messages back
 * and throws one error that names the file, the line, each formula and
 * KaTeX's own message, so the author sees all of them at once.
 */
export default function rehypeKatexStrict(options: KatexOptions = KATEX_OPTIONS) {
  const render = rehypeKatex({ ...KATEX_OPTIONS, ...options });

  return function transform(tree: Root, file: VFile) {
    const start = file.messages.length;
    render(tree, file);

    const failures = file.messages.slice(start).filter((message) => message.source === 'rehype-katex');
    if (failures.length === 0) return;

    const lines = failures.map((failure) => {
      const element = failure.ancestors?.at(-1);
      const formula = element ? toText(element as Root, { whitespace: 'pre' }) : '(unknown formula)';
      const line = failure.place && 'line' in failure.place ? failure.place.line : failure.line;
      const reason = failure.cause instanceof Error ? failure.cause.message : failure.reason;
      return `  line ${line ?? '?'}: $${formula}$\n    KaTeX: ${reason}`;
    });
    const where = file.path || '(unknown file)';
    const count = failures.length === 1 ? 'a formula' : `${failures.length} formulas`;
    throw new MathRenderError(
      `Math error in ${where}: KaTeX could not render ${count}.\n${lines.join('\n')}\n` +
        'Fix the LaTeX, or wrap Korean words inside math in \\text{…}.',
    );
  };
}
