import type { VFile } from 'vfile';

/** One problem in a post, with its line when the parser recorded one. */
export interface ContentProblem {
  line: number | undefined;
  message: string;
}

/**
 * Error raised when a post refers to something that does not exist: an
 * equation label, a figure id, a citation key or a glossary term. It lists
 * every problem of the file at once and ends with the fix.
 */
export class ContentReferenceError extends Error {
  constructor(file: VFile, problems: ContentProblem[], fix: string) {
    const where = file.path || '(unknown file)';
    const lines = problems.map((problem) => `  line ${problem.line ?? '?'}: ${problem.message}`);
    super(`Reference error in ${where}:\n${lines.join('\n')}\n${fix}`);
    this.name = 'ContentReferenceError';
  }
}
