import { readFileSync } from 'node:fs';
import { createProcessor } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';

/** Formula counts of an MDX file, as remark-math parses it. */
export interface FormulaCount {
  inline: number;
  display: number;
}

/**
 * Counts the formulas of an MDX file with the same parser the site uses
 * (MDX + remark-math), so escaped dollars and code spans are not counted.
 */
export function countFormulas(mdxPath: string): FormulaCount {
  const processor = createProcessor({ remarkPlugins: [remarkMath] });
  const tree = processor.parse(readFileSync(mdxPath, 'utf8'));
  const count: FormulaCount = { inline: 0, display: 0 };
  visit(tree, (node) => {
    if (node.type === 'inlineMath') count.inline += 1;
    if (node.type === 'math') count.display += 1;
  });
  return count;
}
