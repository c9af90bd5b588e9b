import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listFiles, readText } from '../helpers/dist.ts';
import { TEST_BASE, TEST_SITE } from '../helpers/site.ts';

const POST_HTML = 'posts/wasserstein-gan-review/index.html';
const SITE_ROOT = `${TEST_SITE}${TEST_BASE}`;

let outDir: string;
let htmlFiles: string[];

beforeAll(() => {
  outDir = inject('outDir');
  htmlFiles = listFiles(outDir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
});

function load(file: string) {
  return parseHTML(readText(outDir, file)).document;
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('equation and figure numbers in the post', () => {
  it('gives every reference the number of its target', () => {
    const document = load(POST_HTML);
    const references = [...document.querySelectorAll('a.xref')];
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      const id = decodeURIComponent(reference.getAttribute('href')?.slice(1) ?? '');
      const target = document.getElementById(id);
      expect(target, id).not.toBeNull();
      if (reference.getAttribute('data-xref') === 'equation') {
        const tex = target?.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '';
        const number = /\\tag\{(\d+)\}/.exec(tex)?.[1];
        expect(reference.textContent, id).toBe(`식 (${number})`);
      } else {
        expect(target?.querySelector('.figure__label')?.textContent, id).toBe(reference.textContent);
      }
    }
  });

  it('numbers equations from 1 without gaps', () => {
    const document = load(POST_HTML);
    const numbers = [...document.querySelectorAll('div.equation annotation[encoding="application/x-tex"]')].map((node) =>
      Number(/\\tag\{(\d+)\}$/.exec(node.textContent?.trim() ?? '')?.[1]),
    );
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
  });

  it('puts every figure in a numbered figure', () => {
    const document = load(POST_HTML);
    const figures = [...document.querySelectorAll('figure.figure')];
    expect(figures.map((figure) => figure.querySelector('.figure__label')?.textContent)).toEqual(
      figures.map((_, index) => `그림 ${index + 1}`),
    );
    for (const island of document.querySelectorAll('[data-island]')) {
      expect(island.closest('figure.figure'), island.getAttribute('data-island') ?? '').not.toBeNull();
    }
  });
});

describe('reference list of the post', () => {
  it('lists the three papers by first citation', () => {
    const document = load(POST_HTML);
    const items = [...document.querySelectorAll('ol.bibliography > li')];
    const cited = [...new Set([...document.querySelectorAll('.cite__link')].map((link) => link.getAttribute('href')?.slice(1)))];
    expect(items.map((item) => item.id).slice(0, cited.length)).toEqual(cited);
    const arxiv = items.map((item) => item.querySelector('a')?.getAttribute('href'));
    expect(arxiv).toEqual(
      expect.arrayContaining([
        'https://arxiv.org/abs/1406.2661',
        'https://arxiv.org/abs/1701.07875',
        'https://arxiv.org/abs/1704.00028',
      ]),
    );
  });

  it('keeps the web links', () => {
    const hrefs = [...load(POST_HTML).querySelectorAll('a[href]')].map((link) => link.getAttribute('href'));
    for (const host of ['www.slideshare.net', 'www.youtube.com', 'jonathan-hui.medium.com']) {
      expect(hrefs.some((href) => href?.startsWith(`https://${host}/`)), host).toBe(true);
    }
  });
});

describe('page metadata', () => {
  it('has canonical and Open Graph URLs under the base', () => {
    for (const file of htmlFiles.filter((name) => name !== '404.html')) {
      const document = load(file);
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      const expected = SITE_ROOT + file.replace(/index\.html$/, '');
      expect(canonical, file).toBe(expected);
      expect(document.querySelector('meta[property="og:url"]')?.getAttribute('content'), file).toBe(canonical);
      for (const name of ['og:title', 'og:description', 'og:image', 'og:image:alt']) {
        expect(document.querySelector(`meta[property="${name}"]`)?.getAttribute('content'), `${file} ${name}`).toBeTruthy();
      }
      expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content'), file).toBe('summary_large_image');
    }
  });

  it('points each page at a built 1200×630 card', () => {
    for (const file of htmlFiles.filter((name) => name !== '404.html')) {
      const image = load(file).querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(image.startsWith(SITE_ROOT), `${file} ${image}`).toBe(true);
      expect(pngSize(path.join(outDir, image.slice(SITE_ROOT.length))), image).toEqual({ width: 1200, height: 630 });
    }
  });

  it('gives the post its own card', () => {
    const image = load(POST_HTML).querySelector('meta[property="og:image"]')?.getAttribute('content');
    expect(image).toBe(`${SITE_ROOT}og/wasserstein-gan-review.png`);
    expect(load(POST_HTML).querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
  });

  it('sets the theme before any style sheet', () => {
    for (const file of htmlFiles) {
      const head = load(file).head;
      const first = head.querySelector('script, link[rel="stylesheet"], style');
      expect(first?.tagName, file).toBe('SCRIPT');
      expect(first?.hasAttribute('src') || first?.hasAttribute('defer') || first?.getAttribute('type') === 'module', file).toBe(false);
      expect(first?.textContent, file).toContain('dataset.theme');
    }
  });
});

describe('feeds and search index', () => {
  it('publishes an RSS feed with absolute post links', () => {
    const feed = readText(outDir, 'rss.xml');
    expect(feed).toMatch(/^<\?xml/);
    expect(feed).toContain(`<link>${SITE_ROOT}</link>`);
    expect(feed).toContain(`<link>${SITE_ROOT}posts/wasserstein-gan-review/</link>`);
    expect(feed).toContain('<language>ko</language>');
    expect(feed).toMatch(/<pubDate>Wed, 13 Jan 2021 14:00:00 GMT<\/pubDate>/);
    expect(load('index.html').querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(
      `${TEST_BASE}rss.xml`,
    );
  });

  it('lists every page in the sitemap', () => {
    const sitemap = readText(outDir, 'sitemap-0.xml');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    const pages = htmlFiles.filter((file) => file !== '404.html').map((file) => SITE_ROOT + file.replace(/index\.html$/, ''));
    expect(urls.sort()).toEqual(pages.sort());
  });

  it('ships a Pagefind index and UI', () => {
    const files = listFiles(path.join(outDir, 'pagefind'));
    for (const file of ['pagefind.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-entry.json']) {
      expect(files).toContain(file);
    }
    expect(files.some((file) => file.startsWith('fragment/'))).toBe(true);
  });

  it('indexes only the post body', () => {
    const bodies = htmlFiles.filter((file) => load(file).querySelector('[data-pagefind-body]') !== null);
    expect(bodies).toEqual([POST_HTML]);
  });
});
