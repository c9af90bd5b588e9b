import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../i18n/ko.ts';
import {
  REFERENCES,
  arxivUrl,
  formatAuthors,
  formatReference,
  isReferenceKey,
  type ReferenceKey,
} from '../lib/references.ts';
import { ContentReferenceError, type ContentProblem } from './content-error.ts';
import { isMdxJsxElement, stringAttribute, type MdxJsxElement } from './mdx-jsx.ts';
import { replaceTextMatches } from './text-matches.ts';

/** A citation in prose: `[@key]` or `[@key1; @key2]`. */
const CITATION = /\[(@[A-Za-z0-9_:-]+(?:\s*;\s*@[A-Za-z0-9_:-]+)*)\]/g;

/** Returns the id of a work's entry in the reference list. */
export function referenceAnchor(key: string): string {
  return `ref-${key}`;
}

/**
 * Turns `[@key]` citations into numbered links ("[1]") whose tooltip shows
 * the full reference, and replaces the post's `<Bibliography />` with the
 * list of the works it cites, numbered in the order of first citation.
 * `<Bibliography include="key1 key2" />` also lists works the text does not
 * cite, after the cited ones, as LaTeX's `\nocite` does.
 *
 * Throws a `ContentReferenceError` for an unknown key, a missing or repeated
 * `<Bibliography />`, and a citation in a post without one.
 */
export default function rehypeCitations() {
  return function transform(tree: Root, file: VFile) {
    const problems: ContentProblem[] = [];
    const numbers = new Map<ReferenceKey, number>();
    let tooltipCount = 0;

    replaceTextMatches(tree, CITATION, (match, node) => {
      const keys = (match[1] as string).split(';').map((part) => part.trim().slice(1));
      const items: ElementContent[] = [];
      for (const key of keys) {
        if (!isReferenceKey(key)) {
          problems.push({ line: node.position?.start.line, message: `unknown citation key "${key}".` });
          continue;
        }
        const number = numbers.get(key) ?? numbers.size + 1;
        numbers.set(key, number);
        tooltipCount += 1;
        if (items.length > 0) items.push({ type: 'text', value: ', ' });
        items.push(citationItem(key, number, `cite-tip-${tooltipCount}`));
      }
      if (items.length === 0) return [{ type: 'text', value: match[0] }];
      return [h('span', { className: ['cite'] }, [{ type: 'text', value: '[' }, ...items, { type: 'text', value: ']' }])];
    });

    const bibliographies: Array<{ node: MdxJsxElement; index: number; parent: { children: unknown[] } }> = [];
    visit(tree, (node, index, parent) => {
      if (isMdxJsxElement(node, 'Bibliography') && index !== undefined && parent !== undefined) {
        bibliographies.push({ node, index, parent });
      }
    });

    if (bibliographies.length > 1) {
      const lines = bibliographies.map((found) => found.node.position?.start.line ?? '?').join(', ');
      problems.push({ line: bibliographies[1]?.node.position?.start.line, message: `<Bibliography /> appears ${bibliographies.length} times (lines ${lines}); keep one.` });
    }
    const [bibliography] = bibliographies;
    if (bibliography === undefined && numbers.size > 0) {
      problems.push({ line: undefined, message: 'the post cites works but has no <Bibliography />; add it where the reference list belongs.' });
    }

    if (bibliography !== undefined) {
      const include = (stringAttribute(bibliography.node, 'include') ?? '').split(/\s+/).filter(Boolean);
      for (const key of include) {
        if (!isReferenceKey(key)) {
          problems.push({ line: bibliography.node.position?.start.line, message: `unknown citation key "${key}" in <Bibliography include>.` });
        } else if (!numbers.has(key)) {
          numbers.set(key, numbers.size + 1);
        }
      }
      bibliography.parent.children[bibliography.index] = referenceList(numbers);
    }

    if (problems.length > 0) {
      const known = Object.keys(REFERENCES).sort().join(', ');
      throw new ContentReferenceError(file, problems, `Known citation keys: ${known}. Fix the key, or add the work to src/lib/references.ts.`);
    }
  };
}

/** Builds one numbered link with its tooltip, wrapped so that CSS can show the tooltip on hover and focus. */
function citationItem(key: ReferenceKey, number: number, tooltipId: string): Element {
  return h('span', { className: ['has-tooltip'] }, [
    h(
      'a',
      { href: `#${referenceAnchor(key)}`, className: ['cite__link'], ariaDescribedBy: tooltipId, ariaLabel: t('cite.label', { number }) },
      String(number),
    ),
    h('span', { className: ['tooltip'], role: 'tooltip', id: tooltipId, dataPagefindIgnore: '' }, formatReference(REFERENCES[key])),
  ]);
}

/** Builds the reference list, ordered by number, each entry linking its arXiv page. */
function referenceList(numbers: Map<ReferenceKey, number>): Element {
  const ordered = [...numbers.entries()].sort((a, b) => a[1] - b[1]);
  return h(
    'ol',
    { className: ['bibliography'] },
    ordered.map(([key]) => {
      const reference = REFERENCES[key];
      return h('li', { id: referenceAnchor(key) }, [
        `${formatAuthors(reference.authors)} (${reference.year}). `,
        h('cite', reference.title),
        '. ',
        h('a', { href: arxivUrl(reference.arxiv) }, `arXiv:${reference.arxiv}`),
      ]);
    }),
  );
}
