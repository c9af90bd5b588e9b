import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/dist.ts';
import { launchChromium, openPage } from '../helpers/browser.ts';

const siteUrl = inject('siteUrl');
const postUrl = new URL('posts/wasserstein-gan-review/', siteUrl).href;
const WIDE = { viewport: { width: 1280, height: 800 } } satisfies BrowserContextOptions;
const NARROW = { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true } satisfies BrowserContextOptions;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(url: string, options: BrowserContextOptions = WIDE) {
  const context = await browser.newContext(options);
  const { page, log } = await openPage(context);
  await page.goto(url);
  return { context, page, log };
}

function isShown(page: Page, selector: string) {
  return page.locator(selector).evaluate((node) => getComputedStyle(node).display !== 'none' && !(node as HTMLElement).hidden);
}

describe('equation references', () => {
  it('jump to the equation', async () => {
    const { context, page } = await open(postUrl);
    const reference = page.locator('a.xref[data-xref="equation"]').first();
    const href = (await reference.getAttribute('href')) ?? '';
    await reference.click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe(href);
    const top = await page.locator(href).evaluate((node) => node.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    await context.close();
  });

  it('preview the equation on hover', async () => {
    const { context, page, log } = await open(postUrl);
    const reference = page.locator('a.xref[data-xref="equation"]').first();
    const href = (await reference.getAttribute('href')) ?? '';
    await reference.hover();
    const preview = page.locator('#xref-preview');
    // The preview code loads on the first hover, so the tooltip appears a moment later.
    await preview.waitFor({ state: 'visible', timeout: 5000 });
    const previewTex = await preview.locator('annotation').textContent();
    const targetTex = await page.locator(`${href} annotation`).textContent();
    expect(previewTex).toBe(targetTex);
    await expect(reference.getAttribute('aria-describedby')).resolves.toBe('xref-preview');
    // The link names the number; a number drawn in the preview would cover the formula's end.
    const visibleTags = await preview.locator('.katex-tag').evaluateAll(
      (tags) => tags.filter((tag) => getComputedStyle(tag).display !== 'none').length,
    );
    expect(visibleTags).toBe(0);

    await page.mouse.move(0, 0);
    await preview.waitFor({ state: 'hidden', timeout: 5000 });
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  it('preview the equation on keyboard focus', async () => {
    const { context, page } = await open(postUrl);
    await page.locator('a.xref[data-xref="equation"]').first().focus();
    await page.locator('#xref-preview').waitFor({ state: 'visible', timeout: 5000 });
    await expect(page.locator('#xref-preview .katex').count()).resolves.toBe(1);
    await page.keyboard.press('Escape');
    await expect(page.locator('#xref-preview').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('citations and terms', () => {
  it('show the full reference on hover and focus', async () => {
    const { context, page } = await open(postUrl);
    const link = page.locator('.cite__link').first();
    const tooltip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
    await expect(isShown(page, `#${await link.getAttribute('aria-describedby')}`)).resolves.toBe(false);

    await link.hover();
    await expect(tooltip.isVisible()).resolves.toBe(true);
    await expect(tooltip.textContent()).resolves.toMatch(/\(\d{4}\)\. .+\. arXiv:\d{4}\.\d{4,5}$/);

    await page.mouse.move(0, 0);
    await link.focus();
    await expect(tooltip.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(tooltip.isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('jump from a citation to the reference list', async () => {
    const { context, page } = await open(postUrl);
    const link = page.locator('.cite__link').first();
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await expect(page.locator(`ol.bibliography > li${href}`).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('show the other names of a term on focus', async () => {
    const { context, page } = await open(postUrl, NARROW);
    const term = page.locator('a.term__link', { hasText: 'EM(Earth Mover) distance' });
    await term.focus();
    const tooltip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
    await expect(tooltip.isVisible()).resolves.toBe(true);
    await expect(tooltip.textContent()).resolves.toContain('바서슈타인 거리');
    const box = await tooltip.boundingBox();
    expect(box).not.toBeNull();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    await context.close();
  });
});

describe('theme', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it('follows the system and keeps the choice across pages', async () => {
    const { context, page } = await open(postUrl, { ...WIDE, colorScheme: 'dark' });
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    const darkBackground = await background(page);
    const darkChartColour = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--chart-p'));

    await page.locator('.theme-toggle').click();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('light');
    expect(await background(page)).not.toBe(darkBackground);
    const lightChartColour = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--chart-p'));
    expect(lightChartColour).not.toBe(darkChartColour);

    await page.goto(siteUrl);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('light');
    await page.reload();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('light');
    await context.close();
  });

  it('is set before the first paint', async () => {
    const context = await browser.newContext({ ...WIDE, colorScheme: 'dark' });
    const { page } = await openPage(context);
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(postUrl);
    await expect(page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).resolves.toBe('dark');
    await context.close();
  });
});

describe('layout for reading', () => {
  it('shows the table of contents only on wide screens', async () => {
    const wide = await open(postUrl, WIDE);
    await expect(wide.page.locator('.toc ol a').first().isVisible()).resolves.toBe(true);
    await wide.context.close();

    const narrow = await open(postUrl, NARROW);
    await expect(narrow.page.locator('.toc ol a').first().isVisible()).resolves.toBe(false);
    await narrow.page.locator('.toc summary').click();
    await expect(narrow.page.locator('.toc ol a').first().isVisible()).resolves.toBe(true);
    await narrow.context.close();
  });

  it('links each heading to itself', async () => {
    const { context, page } = await open(postUrl);
    const anchor = page.locator('.prose h2 .heading-anchor').nth(1);
    const href = (await anchor.getAttribute('href')) ?? '';
    await anchor.focus();
    await anchor.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe(href);
    await context.close();
  });

  it('prints without controls and with link targets', async () => {
    const { context, page } = await open(postUrl);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header nav', '.post-layout__toc', '.theme-toggle']) {
      await expect(isShown(page, selector), selector).resolves.toBe(false);
    }
    const after = await page
      .locator('ol.bibliography a[href^="https://arxiv.org"]')
      .first()
      .evaluate((node) => getComputedStyle(node, '::after').content);
    expect(after).toMatch(/https:\/\/arxiv\.org\/abs\//);
    for (const island of await page.locator('[data-island]').all()) {
      await expect(island.locator('svg').first().isVisible()).resolves.toBe(true);
      for (const control of await island.locator('input, button, select').all()) {
        await expect(control.isVisible()).resolves.toBe(false);
      }
    }
    await context.close();
  });
});

describe('search', () => {
  async function search(page: Page, query: string): Promise<string[]> {
    await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, siteUrl).href);
    // The count appears before the result cards, so wait for either the cards or the zero-result message.
    await page.waitForFunction(() => {
      const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
      return message.includes('맞는 결과가 없습니다') || document.querySelectorAll('.pagefind-ui__result-link').length > 0;
    });
    return page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  }

  it.each([
    ['분포는', 'a particle attached'],
    ['분포', 'the bare word'],
    ['바서슈타인은', 'a particle the post never attaches'],
    ['바서슈타인', 'the Korean name'],
    ['Wasserstein', 'the English name'],
    ['Earth Mover', 'the other English name'],
    ['EM', 'the abbreviation'],
  ])('finds the review for %s (%s)', async (query) => {
    const context = await browser.newContext();
    const { page, log } = await openPage(context);
    const results = await search(page, query);
    expect(results).toContain(postUrl);
    await expect(page.locator('.pagefind-ui__message').textContent()).resolves.toMatch(/검색 결과 \d+건/);
    expect(log.externalRequests).toEqual([]);
    await context.close();
  });

  it('does not index the MathML of formulas', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await expect(search(page, 'mathbb')).resolves.toEqual([]);
    await expect(page.locator('.pagefind-ui__message').textContent()).resolves.toContain('맞는 결과가 없습니다');
    await context.close();
  });
});

describe('accessibility in both themes', () => {
  const pages = listFiles(inject('outDir'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => file.replace(/index\.html$/, ''));

  for (const theme of ['light', 'dark'] as const) {
    it.each(pages)(`axe finds no violation on %s (${theme})`, async (path) => {
      const context = await browser.newContext({ ...WIDE, colorScheme: theme });
      const { page } = await openPage(context);
      await page.goto(new URL(path, siteUrl).href);
      await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(theme);
      if (path === 'search/') await page.waitForSelector('.pagefind-ui__search-input');
      const results = await new AxeBuilder({ page }).analyze();
      const violations = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      expect(violations).toEqual([]);
      await context.close();
    });
  }
});
