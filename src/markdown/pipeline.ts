import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import remarkMath from 'remark-math';
import { t } from '../i18n/ko.ts';
import rehypeBaseLinks from './rehype-base-links.ts';
import rehypeCitations from './rehype-citations.ts';
import rehypeCrossReferences from './rehype-cross-references.ts';
import rehypeGlossaryTerms from './rehype-glossary-terms.ts';
import rehypeHeadingAnchors from './rehype-heading-anchors.ts';
import rehypeKatexStrict from './rehype-katex-strict.ts';
import rehypeScrollableMath from './rehype-scrollable-math.ts';

/** The remark and rehype steps of a post, shared by astro.config.ts and the tests. */
export type MarkdownPipeline = Required<Pick<UnifiedProcessorOptions, 'remarkPlugins' | 'rehypePlugins'>> & {
  remarkRehype: RemarkRehypeOptions & Record<string, unknown>;
};

/**
 * Builds the Markdown pipeline for a site served under `base`.
 *
 * Order matters. Cross-references run before KaTeX because they rewrite
 * `\label` into `\tag`. Heading anchors run after KaTeX, so a heading's text,
 * and so its id, is read exactly as Astro's heading collector reads it. Base
 * links run last so that every link the other steps add gets the base.
 */
export function createMarkdownPipeline(base: string): MarkdownPipeline {
  return {
    remarkPlugins: [remarkMath],
    rehypePlugins: [
      rehypeCrossReferences,
      rehypeCitations,
      rehypeGlossaryTerms,
      rehypeKatexStrict,
      rehypeScrollableMath,
      rehypeHeadingAnchors,
      [rehypeBaseLinks, { base }],
    ],
    remarkRehype: {
      footnoteLabel: t('footnote.heading'),
      footnoteLabelProperties: { className: ['visually-hidden'] },
      footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
        t('footnote.backLabel', { number: referenceIndex + 1 }) + (rereferenceIndex > 1 ? ` (${rereferenceIndex})` : ''),
    },
  };
}
