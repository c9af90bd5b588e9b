import type { Element, ElementContent, Parent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** Elements whose text is code, math or already a link, and is never rewritten. */
const OPAQUE_TAGS = new Set(['code', 'pre', 'a', 'script', 'style', 'kbd', 'samp']);

/**
 * Replaces every match of `pattern` in the text nodes of `tree` with the
 * nodes `replace` returns, leaving code, math and links alone. `pattern` must
 * have the `g` flag. Matches are visited in document order. The text left
 * between matches keeps the original node's position, so a later step that
 * reports a problem in it can still name the line.
 */
export function replaceTextMatches(
  tree: Root,
  pattern: RegExp,
  replace: (match: RegExpExecArray, node: Text) => ElementContent[],
): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && OPAQUE_TAGS.has((node as Element).tagName)) return SKIP;
    if (node.type !== 'text' || parent === undefined || index === undefined) return;

    const text = node as Text;
    const pieces: ElementContent[] = [];
    let last = 0;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text.value); match !== null; match = pattern.exec(text.value)) {
      if (match.index > last) pieces.push({ type: 'text', value: text.value.slice(last, match.index), position: text.position });
      pieces.push(...replace(match, text));
      last = match.index + match[0].length;
    }
    if (pieces.length === 0) return;
    if (last < text.value.length) pieces.push({ type: 'text', value: text.value.slice(last), position: text.position });

    (parent as Parent).children.splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
}
