import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';

export type MdxJsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** Reports whether a hast node is a JSX element of MDX with this component name. */
export function isMdxJsxElement(node: { type: string }, name: string): node is MdxJsxElement {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as MdxJsxElement).name === name
  );
}

/**
 * Reads a string attribute of a JSX element. Returns `undefined` when the
 * attribute is missing, and `null` when it is an expression (`id={x}`) that
 * the build cannot read.
 */
export function stringAttribute(element: MdxJsxElement, name: string): string | undefined | null {
  const attribute = element.attributes.find(
    (candidate): candidate is MdxJsxAttribute => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  if (attribute === undefined) return undefined;
  return typeof attribute.value === 'string' ? attribute.value : null;
}

/** Sets a string attribute of a JSX element, replacing an earlier value. */
export function setStringAttribute(element: MdxJsxElement, name: string, value: string): void {
  element.attributes = element.attributes.filter(
    (attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === name),
  );
  element.attributes.push({ type: 'mdxJsxAttribute', name, value });
}
