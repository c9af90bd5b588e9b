import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { ROOT, TEST_BASE, TEST_SITE } from '../helpers/site.ts';
import { listFiles, readText, resolveToFile, urlsInCss, urlsInHtml, type FoundUrl } from '../helpers/dist.ts';
import { countFormulas } from '../helpers/math-source.ts';

const POST_SOURCE = path.join(ROOT, 'content/wasserstein-gan-review.mdx');
const POST_HTML = 'posts/wasserstein-gan-review/index.html';

let outDir: string;
let files: string[];
let htmlFiles: string[];
let cssFiles: string[];
let urls: FoundUrl[];

beforeAll(() => {
  outDir = inject('outDir');
  files = listFiles(outDir);
  htmlFiles = files.filter((file) => file.endsWith('.html'));
  cssFiles = files.filter((file) => file.endsWith('.css'));
  urls = [
    ...htmlFiles.flatMap((file) => urlsInHtml(file, readText(outDir, file))),
    ...cssFiles.flatMap((file) => urlsInCss(file, readText(outDir, file))),
  ];
});

/** The URL of a CSS `url()` is relative to the style sheet; make it absolute. */
function absolutePath(found: FoundUrl): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(found.url) || found.url.startsWith('//')) return undefined;
  if (found.url.startsWith('#') || found.url.startsWith('data:')) return undefined;
  const from = `https://site.invalid${TEST_BASE}${found.file}`;
  return new URL(found.url, found.where.startsWith('css') ? from : `https://site.invalid/`).pathname;
}

describe('built site', () => {
  it('has every page', () => {
    for (const page of ['index.html', POST_HTML, 'tags/index.html', 'tags/gan/index.html', '404.html', 'favicon.svg']) {
      expect(files, page).toContain(page);
    }
  });

  it('renders every formula of the post', () => {
    const source = countFormulas(POST_SOURCE);
    const { document } = parseHTML(readText(outDir, POST_HTML));
    // Figures typeset their own live readouts; only the prose's formulas count.
    const outsideFigures = (selector: string) =>
      [...document.querySelectorAll(selector)].filter((node) => !node.closest('[data-island]')).length;
    const display = outsideFigures('.katex-display');
    const total = outsideFigures('.katex');
    expect(source.display).toBeGreaterThan(0);
    expect(display).toBe(source.display);
    expect(total).toBe(source.inline + source.display);
  });

  it('has no KaTeX error in any page', () => {
    for (const file of htmlFiles) {
      expect(readText(outDir, file), file).not.toContain('katex-error');
    }
  });

  it('has no codecogs image left', () => {
    for (const file of [...htmlFiles, ...cssFiles]) {
      expect(readText(outDir, file), file).not.toMatch(/codecogs/i);
    }
  });

  it('loads nothing from another host', () => {
    // Links to references (<a href>) may leave the site; nothing the page loads may.
    const external = urls.filter(
      (found) =>
        found.where !== '<a href>' &&
        !(found.where === '<link href>' && found.url.startsWith(TEST_SITE)) &&
        (/^[a-z][a-z0-9+.-]*:/i.test(found.url) || found.url.startsWith('//')) &&
        !found.url.startsWith('data:'),
    );
    expect(external).toEqual([]);
  });

  it('bundles the KaTeX fonts', () => {
    const fonts = files.filter((file) => /KaTeX_Main-Regular\.[\w-]+\.woff2$/.test(file));
    expect(fonts.length).toBe(1);
  });

  it('puts the base path on every internal URL', () => {
    const internal = urls.filter((found) => found.where.startsWith('<') && found.url.startsWith('/'));
    expect(internal.length).toBeGreaterThan(10);
    for (const found of internal) {
      expect(found.url.startsWith(TEST_BASE), `${found.file} ${found.where} ${found.url}`).toBe(true);
    }
  });

  it('resolves every internal URL to a file', () => {
    const missing: string[] = [];
    for (const found of urls) {
      const urlPath = absolutePath(found);
      if (urlPath === undefined) continue;
      if (!urlPath.startsWith(TEST_BASE)) {
        missing.push(`${found.file} ${found.where} ${found.url} (outside ${TEST_BASE})`);
        continue;
      }
      if (resolveToFile(outDir, urlPath.slice(TEST_BASE.length)) === undefined) {
        missing.push(`${found.file} ${found.where} ${found.url}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('serves the pages in Korean', () => {
    for (const file of htmlFiles) {
      const { document } = parseHTML(readText(outDir, file));
      expect(document.documentElement.getAttribute('lang'), file).toBe('ko');
    }
  });

  it('has no in-progress mark left in the post', () => {
    const html = readText(outDir, POST_HTML);
    expect(html).not.toContain('&lt;-------------');
    expect(html).not.toContain('작성중');
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('aside.in-progress').length).toBe(0);
  });

  it('keeps the reference links', () => {
    const { document } = parseHTML(readText(outDir, POST_HTML));
    const hrefs = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    for (const id of ['1406.2661', '1701.07875', '1704.00028']) {
      expect(hrefs).toContain(`https://arxiv.org/abs/${id}`);
    }
  });
});
