import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { horizontalOverflow, launchChromium, openPage } from '../helpers/browser.ts';

const siteUrl = inject('siteUrl');
const postUrl = new URL('posts/wasserstein-gan-review/', siteUrl).href;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('post page in Chromium', () => {
  it('renders Korean text and typeset math', async () => {
    const context = await browser.newContext();
    const { page, log } = await openPage(context);
    await page.goto(postUrl, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);

    await expect(page.locator('h1').textContent()).resolves.toContain('논문 리뷰');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ko');
    expect(await page.locator('.katex').count()).toBeGreaterThan(10);
    expect(await page.locator('.katex-error').count()).toBe(0);

    const katexFontLoaded = await page.evaluate(() => document.fonts.check('16px KaTeX_Main'));
    expect(katexFontLoaded).toBe(true);
    const mathFont = await page.locator('.katex-display .katex-html').first().evaluate((node) => {
      const symbol = node.querySelector('.mord, .mop');
      return symbol ? getComputedStyle(symbol).fontFamily : '';
    });
    expect(mathFont).toMatch(/KaTeX/);

    expect(log.consoleErrors).toEqual([]);
    expect(log.externalRequests).toEqual([]);
    await context.close();
  });

  it('jumps to a heading from the table of contents', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openPage(context);
    await page.goto(postUrl);
    const link = page.locator('.toc a', { hasText: 'Different Distances' });
    await link.click();
    await expect(page.evaluate(() => decodeURIComponent(location.hash))).resolves.toBe('#different-distances');
    const top = await page.locator('#different-distances').evaluate((node) => node.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    await context.close();
  });

  for (const width of [360, 390]) {
    it(`has no sideways scroll at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
      const { page } = await openPage(context);
      await page.goto(postUrl);
      await page.evaluate(() => document.fonts.ready);
      expect(await horizontalOverflow(page)).toBe(0);

      // Wide equations scroll inside their own box instead.
      const widest = await page
        .locator('.katex-display')
        .evaluateAll((nodes) => Math.max(...nodes.map((node) => node.scrollWidth - node.clientWidth)));
      expect(widest).toBeGreaterThan(0);
      await context.close();
    });
  }
});

describe('accessibility', () => {
  for (const [name, path] of [
    ['home', ''],
    ['post', 'posts/wasserstein-gan-review/'],
    ['tags', 'tags/'],
  ] as const) {
    it(`finds no serious violation on the ${name} page`, async () => {
      const context = await browser.newContext();
      const { page } = await openPage(context);
      await page.goto(new URL(path, siteUrl).href);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
      await context.close();
    });
  }
});

describe('other pages', () => {
  it('lists the post on the home page', async () => {
    const context = await browser.newContext();
    const { page, log } = await openPage(context);
    await page.goto(siteUrl);
    await page.locator('.post-card a', { hasText: 'Wasserstein GAN' }).click();
    await page.waitForURL(postUrl);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  it('answers an unknown path with the Korean 404 page', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    const response = await page.goto(new URL('no-such-page/', siteUrl).href);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('페이지를 찾을 수 없습니다');
    await context.close();
  });
});
