import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isSiteRootPath, normalizeBase, withBase } from '../lib/url.ts';

/** Attributes that hold a URL, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
};

interface MdxJsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: unknown;
}

interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<MdxJsxAttribute | { type: string }>;
}

/**
 * Prefixes the site's base path to root-relative links and images written in
 * content, so an author writes `/posts/…` or `/images/…` and the link still
 * works when the site is served under `/<repository>/` on GitHub Pages.
 * Handles Markdown links and images and the same tags written as JSX in MDX.
 */
export default function rehypeBaseLinks(options: { base: string }) {
  const base = normalizeBase(options.base);
  const rewrite = (url: string) =>
    isSiteRootPath(url) && !(base !== '/' && url.startsWith(base)) ? withBase(url, base) : url;

  return function transform(tree: Root) {
    if (base === '/') return;

    visit(tree, (node) => {
      if (node.type === 'element') {
        const element = node as Element;
        for (const name of URL_ATTRIBUTES[element.tagName] ?? []) {
          const value = element.properties[name];
          if (typeof value === 'string') element.properties[name] = rewrite(value);
        }
        return;
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const element = node as unknown as MdxJsxElement;
        const names = URL_ATTRIBUTES[element.name ?? ''] ?? [];
        for (const attribute of element.attributes) {
          if (attribute.type !== 'mdxJsxAttribute') continue;
          const jsxAttribute = attribute as MdxJsxAttribute;
          if (names.includes(jsxAttribute.name) && typeof jsxAttribute.value === 'string') {
            jsxAttribute.value = rewrite(jsxAttribute.value);
          }
        }
      }
    });
  };
}
