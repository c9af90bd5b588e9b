import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from '../helpers/browser.ts';
import { layoutShiftGoingLive, loadOnApproach, scrollUntilLive } from '../helpers/island.ts';

const postUrl = new URL('posts/wasserstein-gan-review/', inject('siteUrl')).href;
const FIGURE = '[data-island="critic-vs-discriminator"]';
const MEAN_SLIDER = `${FIGURE} [data-control="fakeMean"]`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Returns the serialized SVG of one chart. */
function chartMarkup(page: Page, chart: 'profile' | 'gradient'): Promise<string> {
  return page.locator(`${FIGURE} [data-chart="${chart}"]`).innerHTML();
}

describe('critic-vs-discriminator figure', () => {
  it('moves μ_g with the keyboard and redraws both charts', async () => {
    const context = await browser.newContext();
    const { page, log } = await openPage(context);
    await page.goto(postUrl);
    await scrollUntilLive(page, FIGURE);

    const slider = page.locator(MEAN_SLIDER);
    await expect(slider.isEnabled()).resolves.toBe(true);
    const profileBefore = await chartMarkup(page, 'profile');
    const gradientBefore = await chartMarkup(page, 'gradient');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.search.includes('mu_g=3.1'));

    await expect(slider.inputValue()).resolves.toBe('3.1');
    await expect(page.locator(`${FIGURE} [data-output="fakeMean"]`).textContent()).resolves.toBe('3.1');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toMatch(/^μ_g 3\.1: W₁ 3\.1000, GAN gradient 크기 0\.\d{3}, WGAN gradient 크기 1\.000$/);
    await expect(page.locator(`${FIGURE} [data-readout] annotation`).textContent()).resolves.toContain('= 3.1000');
    expect(await chartMarkup(page, 'profile')).not.toBe(profileBefore);
    expect(await chartMarkup(page, 'gradient')).not.toBe(gradientBefore);

    await page.keyboard.press('End');
    await page.waitForFunction(() => location.search.includes('mu_g=6.0'));
    await expect(page.locator(`${FIGURE} [data-output="fakeMean"]`).textContent()).resolves.toBe('6.0');
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  it('announces each redraw', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await page.goto(postUrl);
    await scrollUntilLive(page, FIGURE);
    await page.evaluate((selector) => {
      const root = document.querySelector(selector);
      root?.addEventListener('island-update', (event) => {
        (window as unknown as { updates: unknown[] }).updates.push((event as CustomEvent).detail);
      });
      (window as unknown as { updates: unknown[] }).updates = [];
    }, FIGURE);
    await page.locator(`${FIGURE} [data-control="fakeSd"]`).focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => (window as unknown as { updates: unknown[] }).updates.length > 0);
    const updates = await page.evaluate(() => (window as unknown as { updates: unknown[] }).updates);
    expect(updates.at(-1)).toEqual({ fakeMean: 3, realSd: 1, fakeSd: 0.95 });
    await page.waitForFunction(() => location.search.includes('sigma_g=0.95'));
    await context.close();
  });

  it('redraws the gradient curves when a standard deviation moves', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await page.goto(`${postUrl}?sigma_r=0.5`);
    await scrollUntilLive(page, FIGURE);
    const before = await chartMarkup(page, 'gradient');
    await page.locator(`${FIGURE} [data-control="realSd"]`).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.search.includes('sigma_r=0.55'));
    expect(await chartMarkup(page, 'gradient')).not.toBe(before);
    await expect(page.locator(`${FIGURE} [data-output="realSd"]`).textContent()).resolves.toBe('0.55');
    await context.close();
  });

  it('never draws NaN at extreme settings', async () => {
    const context = await browser.newContext();
    const { page, log } = await openPage(context);
    for (const query of [
      'mu_g=6&sigma_r=0.25&sigma_g=0.25',
      'mu_g=-6&sigma_r=0.25&sigma_g=0.25',
      'mu_g=6&sigma_r=0.25&sigma_g=2',
      'mu_g=-6&sigma_r=2&sigma_g=0.25',
      'mu_g=0&sigma_r=1&sigma_g=1',
    ]) {
      await page.goto(`${postUrl}?${query}`);
      await scrollUntilLive(page, FIGURE);
      const markup = (await chartMarkup(page, 'profile')) + (await chartMarkup(page, 'gradient'));
      expect(markup, query).not.toMatch(/NaN|Infinity/);
      expect(await page.locator(FIGURE).textContent(), query).not.toMatch(/NaN|undefined|Infinity/);
      await expect(page.locator(`${FIGURE} [data-notice]`).isHidden()).resolves.toBe(true);
    }
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  it('reads its state from the URL', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await page.goto(`${postUrl}?mu_g=-2.5&sigma_r=0.5&sigma_g=1.5`);
    await scrollUntilLive(page, FIGURE);
    await expect(page.locator(MEAN_SLIDER).inputValue()).resolves.toBe('-2.5');
    await expect(page.locator(`${FIGURE} [data-control="realSd"]`).inputValue()).resolves.toBe('0.5');
    await expect(page.locator(`${FIGURE} [data-control="fakeSd"]`).inputValue()).resolves.toBe('1.5');
    await expect(page.locator(`${FIGURE} [data-output="fakeMean"]`).textContent()).resolves.toBe('−2.5');
    await expect(page.locator(MEAN_SLIDER).getAttribute('aria-valuetext')).resolves.toMatch(/^μ_g −2\.5: /);
    await context.close();
  });

  for (const [query, reason] of [
    ['mu_g=abc', 'μ_g는 숫자여야 합니다.'],
    ['mu_g=9', 'μ_g는 −6에서 6 사이여야 합니다.'],
    ['sigma_g=0', 'σ_g는 0.25에서 2 사이여야 합니다.'],
  ]) {
    it(`falls back from ?${query}`, async () => {
      const context = await browser.newContext();
      const { page, log } = await openPage(context);
      await page.goto(`${postUrl}?${query}`);
      await scrollUntilLive(page, FIGURE);
      const notice = page.locator(`${FIGURE} [data-notice]`);
      await expect(notice.isVisible()).resolves.toBe(true);
      const text = await notice.textContent();
      expect(text).toContain(`“${query.split('=')[1]}”`);
      expect(text).toContain(reason);
      await expect(page.locator(MEAN_SLIDER).inputValue()).resolves.toBe('3');
      expect(log.consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it('shows the static figure without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context);
    await page.goto(postUrl);
    const figure = page.locator(FIGURE);
    await figure.scrollIntoViewIfNeeded();
    for (const chart of ['profile', 'gradient']) {
      expect(await figure.locator(`[data-chart="${chart}"] svg`).count(), chart).toBe(1);
      const box = await figure.locator(`[data-chart="${chart}"] svg`).boundingBox();
      expect(box?.height ?? 0, chart).toBeGreaterThan(100);
    }
    expect(await figure.locator('[data-readout] .katex').count()).toBeGreaterThan(0);
    await expect(figure.locator('[data-control="fakeMean"]').isDisabled()).resolves.toBe(true);
    const text = await figure.textContent();
    expect(text).toContain('자바스크립트를 켜면');
    expect(text).not.toMatch(/NaN/);
    await context.close();
  });

  it('loads its code only near the viewport', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { stateBefore, laterScripts } = await loadOnApproach(context, postUrl, FIGURE);
    expect(stateBefore).toBeNull();
    expect(laterScripts.length).toBeGreaterThan(0);
    await context.close();
  });

  it('does not shift the layout when it goes live', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    expect(await layoutShiftGoingLive(context, postUrl, FIGURE)).toBe(0);
    await context.close();
  });

  it('has no accessibility violation', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await page.goto(postUrl);
    await scrollUntilLive(page, FIGURE);
    const results = await new AxeBuilder({ page }).include(FIGURE).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await context.close();
  });
});
