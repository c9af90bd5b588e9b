import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../i18n/ko.ts';
import { GLOSSARY, glossaryAnchor, isGlossaryId, type GlossaryEntry } from '../lib/glossary.ts';
import { ContentReferenceError, type ContentProblem } from './content-error.ts';
import { isMdxJsxElement, stringAttribute } from './mdx-jsx.ts';

/**
 * Builds the tooltip of a term: its Korean and English names, its symbol and
 * its other names. Search indexes this text too, so a page that marks
 * "EM distance" is also found by "바서슈타인" and "Wasserstein".
 */
export function glossaryTooltip(entry: GlossaryEntry): ElementContent[] {
  const parts: ElementContent[] = [
    h('span', entry.korean),
    { type: 'text', value: ' · ' },
    h('span', { lang: 'en' }, entry.english),
  ];
  if (entry.symbol !== '') {
    parts.push({ type: 'text', value: ` · ${t('glossary.symbol')} ` }, h('span', entry.symbol));
  }
  if (entry.aliases.length > 0) {
    parts.push({ type: 'text', value: ` · ${t('glossary.aliases')}: ${entry.aliases.join(', ')}` });
  }
  return parts;
}

/**
 * Replaces `<Term id="…">text</Term>` with a link to the term on the glossary
 * page whose tooltip shows the term's other names. The text the author wrote
 * stays as it is. Throws a `ContentReferenceError` for an unknown id.
 */
export default function rehypeGlossaryTerms() {
  return function transform(tree: Root, file: VFile) {
    const problems: ContentProblem[] = [];
    let count = 0;

    visit(tree, (node, index, parent) => {
      if (!isMdxJsxElement(node, 'Term') || index === undefined || parent === undefined) return;
      const id = stringAttribute(node, 'id');
      if (typeof id !== 'string' || !isGlossaryId(id)) {
        problems.push({ line: node.position?.start.line, message: `unknown glossary term ${JSON.stringify(id ?? null)} in <Term id>.` });
        return;
      }

      count += 1;
      const tooltipId = `term-tip-${count}`;
      parent.children[index] = h('span', { className: ['has-tooltip', 'term'] }, [
        h(
          'a',
          { href: `/glossary/#${glossaryAnchor(id)}`, className: ['term__link'], ariaDescribedBy: tooltipId },
          node.children as ElementContent[],
        ),
        h('span', { className: ['tooltip'], role: 'tooltip', id: tooltipId }, glossaryTooltip(GLOSSARY[id])),
      ]);
    });

    if (problems.length > 0) {
      const known = Object.keys(GLOSSARY).sort().join(', ');
      throw new ContentReferenceError(file, problems, `Known terms: ${known}. Fix the id, or add the term to src/lib/glossary.ts.`);
    }
  };
}
