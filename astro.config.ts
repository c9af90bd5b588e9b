import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { createMarkdownPipeline } from './src/markdown/pipeline.ts';
import pagefind from './src/lib/pagefind-integration.ts';
import { normalizeBase } from './src/lib/url.ts';

// GitHub Pages serves a fork at https://USER.github.io/REPO/, so the origin
// and the base path come from the environment. The deploy workflow sets both
// from actions/configure-pages; locally the site is served at the root.
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';
const base = normalizeBase(process.env.BASE_PATH);
// The tests build into their own folder so that they never overwrite dist/.
const outDir = process.env.OUT_DIR || './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'ignore',
  // Style sheets go inline: each separate one is a render-blocking request,
  // and the whole site's CSS is about 15 KB gzipped, less than one round trip
  // costs on a mobile connection.
  build: { format: 'directory', inlineStylesheets: 'always' },
  server: { host: '127.0.0.1' },
  markdown: {
    // Astro 7's default processor (Sätteri) runs no remark or rehype plugins,
    // so math needs the unified pipeline. MDX inherits this processor.
    processor: unified(createMarkdownPipeline(base)),
  },
  // Pagefind indexes the built pages in astro:build:done, so every build,
  // the tests' included, ships a search index.
  integrations: [mdx(), sitemap(), pagefind()],
});
