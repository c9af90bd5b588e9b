import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { HTML_LANG } from '../i18n/ko.ts';

/**
 * Parts of a page Pagefind leaves out of the index. KaTeX writes every formula
 * twice, as hidden MathML and as glyph spans, and both would show up in
 * results as strings such as "W(Pr,Pg)". Heading anchors only contain "#".
 */
export const PAGEFIND_EXCLUDE_SELECTORS = ['.katex-mathml', '.katex-html', '.heading-anchor'];

/** Folder of the index below the build output, as the search page loads it. */
export const PAGEFIND_FOLDER = 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API at the end of every
 * `astro build`, so that the deployed site and the tests' build both carry a
 * search index. Only elements marked `data-pagefind-body` (the post body) are
 * indexed. A failure to index fails the build.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'wgan-review:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({
            excludeSelectors: PAGEFIND_EXCLUDE_SELECTORS,
            forceLanguage: HTML_LANG,
          });
          if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);

          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind failed to index ${outDir}: ${added.errors.join('; ')}`);

          const written = await index.writeFiles({ outputPath: path.join(outDir, PAGEFIND_FOLDER) });
          if (written.errors.length > 0) throw new Error(`Pagefind failed to write its files: ${written.errors.join('; ')}`);

          logger.info(`Indexed ${added.page_count} pages into ${PAGEFIND_FOLDER}/.`);
        } finally {
          await close();
        }
      },
    },
  };
}
