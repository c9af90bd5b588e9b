import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Makes every display equation keyboard-scrollable.
 *
 * Wide display equations scroll inside themselves (the page never scrolls
 * sideways), and a scroll container must be focusable so that keyboard users
 * can reach the part that is cut off. The visible focus ring comes from CSS.
 */
export default function rehypeScrollableMath() {
  return function transform(tree: Root) {
    visit(tree, 'element', (node: Element) => {
      const className = node.properties.className;
      if (Array.isArray(className) && className.includes('katex-display')) {
        node.properties.tabIndex = 0;
      }
    });
  };
}
