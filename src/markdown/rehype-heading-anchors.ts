import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { t } from '../i18n/ko.ts';
import { createSlugger } from '../lib/slug.ts';

const HEADING = /^h[1-6]$/;

/** Concatenates the text nodes of a heading, the way Astro's heading collector reads them. */
function headingText(heading: Element): string {
  let text = '';
  visit(heading, 'text', (node) => {
    text += node.value;
  });
  return text;
}

/**
 * Gives every heading an id and a trailing "#" link to itself, so a reader can
 * copy the address of a section. Ids follow Astro's rule (github-slugger over
 * the heading's text), which keeps Hangul, so `## 정리` gets `id="정리"` and
 * the table of contents and the anchors agree. The link has no text node of
 * its own (CSS draws the "#"), so headings collected for the table of
 * contents do not end in "#".
 */
export default function rehypeHeadingAnchors() {
  return function transform(tree: Root) {
    const slugger = createSlugger();
    visit(tree, 'element', (node) => {
      // A heading that already has an id was generated (the footnote heading), not written.
      if (!HEADING.test(node.tagName) || typeof node.properties.id === 'string') return;
      const text = headingText(node);
      const id = slugger.slug(text);
      node.properties.id = id;
      node.children.push(
        h('a', { href: `#${id}`, className: ['heading-anchor'], ariaLabel: t('heading.anchorLabel', { heading: text.trim() }) }),
      );
    });
  };
}
