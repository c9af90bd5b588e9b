import { createProcessor } from '@mdx-js/mdx';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { createMarkdownPipeline } from '../../src/markdown/pipeline.ts';

/**
 * Runs an MDX text through the site's remark and rehype steps (with GFM, as
 * Astro adds it) and returns the HTML of the final tree. JSX elements that
 * survive the pipeline, such as `<Figure>`, come out as `<x-jsx data-name>`
 * with their attributes, so tests can see what the component would receive.
 */
export async function mdxToHtml(source: string, options: { base?: string; path?: string } = {}): Promise<string> {
  const pipeline = createMarkdownPipeline(options.base ?? '/');
  let captured: Root | undefined;
  const capture = () => (tree: Root) => {
    captured = structuredClone(tree);
  };
  const processor = createProcessor({
    remarkPlugins: [remarkGfm, ...(pipeline.remarkPlugins as PluggableList)],
    rehypePlugins: [...(pipeline.rehypePlugins as PluggableList), capture],
    remarkRehypeOptions: pipeline.remarkRehype,
  });
  await processor.process(new VFile({ value: source, path: options.path ?? '/site/content/fixture.mdx' }));
  if (!captured) throw new Error('the rehype steps did not run');

  visit(captured, (node, index, parent) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !parent || index === undefined) return;
    const jsx = node as unknown as { name: string; attributes: Array<{ name: string; value: unknown }>; children: ElementContent[] };
    const properties: Record<string, string> = { dataName: jsx.name };
    for (const attribute of jsx.attributes) properties[`data-${attribute.name}`] = String(attribute.value);
    const element: Element = { type: 'element', tagName: 'x-jsx', properties, children: jsx.children };
    parent.children[index] = element;
  });
  visit(captured, (node, index, parent) => {
    if (node.type.startsWith('mdx') && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
  });
  return toHtml(captured);
}
