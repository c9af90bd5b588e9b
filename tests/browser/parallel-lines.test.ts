import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from '../helpers/browser.ts';
import { layoutShiftGoingLive, loadOnApproach, scrollUntilLive } from '../helpers/island.ts';

const postUrl = new URL('posts/wasserstein-gan-review/', inject('siteUrl')).href;
const FIGURE = '[data-island="parallel-lines"]';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Returns the serialized SVG of both charts. */
function chartMarkup(page: Page): Promise<string> {
  return page.locator(`${FIGURE} [data-chart]`).evaluateAll((nodes) => nodes.map((node) => node.innerHTML).join(''));
}

describe('parallel-lines figure', () => {
  it('moves with the keyboard', async () => {
    const context = await browser.newContext();
    const { page, log } = await openPage(context);
    await page.goto(postUrl);
    await scrollUntilLive(page, FIGURE);

    const slider = page.locator(`${FIGURE} input[type="range"]`);
    await expect(slider.isEnabled()).resolves.toBe(true);
    const before = await chartMarkup(page);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.search.includes('theta=0.51'));

    await expect(slider.inputValue()).resolves.toBe('0.51');
    await expect(page.locator(`${FIGURE} output`).textContent()).resolves.toBe('0.51');
    await expect(page.locator(`${FIGURE} [data-readout] annotation`).textContent()).resolves.toContain('|\\theta| = 0.51');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('θ = 0.51일 때 W 0.51, JS 0.6931, KL 무한대, TV 1.00');
    await expect(page.locator(`${FIGURE} [data-cell="discretised:wasserstein"]`).textContent()).resolves.toBe('0.51');
    expect(await chartMarkup(page)).not.toBe(before);

    await page.keyboard.press('Home');
    await page.waitForFunction(() => location.search.includes('theta=-1.00'));
    await expect(page.locator(`${FIGURE} output`).textContent()).resolves.toBe('−1.00');
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  it('moves when dragged with the mouse', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await page.goto(postUrl);
    await scrollUntilLive(page, FIGURE);

    const box = await page.locator(`${FIGURE} input[type="range"]`).boundingBox();
    if (!box) throw new Error('slider has no box');
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => /theta=-?0\.0\d/.test(location.search));
    const value = Number(await page.locator(`${FIGURE} input[type="range"]`).inputValue());
    expect(Math.abs(value)).toBeLessThan(0.1);
    await context.close();
  });

  it('moves when dragged on a touch screen', async () => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const { page } = await openPage(context);
    await page.goto(postUrl);
    await scrollUntilLive(page, FIGURE);

    // Playwright has taps but no touch drags, so the drag goes through CDP.
    const slider = page.locator(`${FIGURE} input[type="range"]`);
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) throw new Error('slider has no box');
    const y = box.y + box.height / 2;
    const thumb = box.x + box.width * 0.75;
    const session = await context.newCDPSession(page);
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: thumb, y }] });
    for (let step = 1; step <= 8; step++) {
      const x = thumb - (step / 8) * box.width * 0.6;
      await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      // One frame between moves, as a finger gives; the figure redraws per frame.
      await page.waitForTimeout(20);
    }
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });

    await page.waitForFunction(() => /theta=-0\.\d\d/.test(location.search));
    expect(Number(await page.locator(`${FIGURE} input[type="range"]`).inputValue())).toBeLessThan(0);
    await context.close();
  });

  it('never draws NaN', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    for (const theta of ['-1', '-0.01', '0', '0.01', '1']) {
      await page.goto(`${postUrl}?theta=${theta}`);
      await scrollUntilLive(page, FIGURE);
      expect(await chartMarkup(page), `θ = ${theta}`).not.toMatch(/NaN/);
      const texts = await page.locator(`${FIGURE}`).textContent();
      expect(texts, `θ = ${theta}`).not.toMatch(/NaN|undefined/);
    }
    await context.close();
  });

  it('reads θ from the URL', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await page.goto(`${postUrl}?theta=-0.3`);
    await scrollUntilLive(page, FIGURE);
    await expect(page.locator(`${FIGURE} input[type="range"]`).inputValue()).resolves.toBe('-0.3');
    await expect(page.locator(`${FIGURE} [data-readout] annotation`).textContent()).resolves.toContain('= 0.30');
    await expect(page.locator(`${FIGURE} [data-notice]`).isHidden()).resolves.toBe(true);
    await context.close();
  });

  for (const [raw, reason] of [
    ['abc', 'θ는 숫자여야 합니다.'],
    ['5', 'θ는 −1에서 1 사이여야 합니다.'],
  ]) {
    it(`falls back from ?theta=${raw}`, async () => {
      const context = await browser.newContext();
      const { page, log } = await openPage(context);
      await page.goto(`${postUrl}?theta=${raw}`);
      await scrollUntilLive(page, FIGURE);
      const notice = page.locator(`${FIGURE} [data-notice]`);
      await expect(notice.isVisible()).resolves.toBe(true);
      const text = await notice.textContent();
      expect(text).toContain(`“${raw}”`);
      expect(text).toContain(reason);
      expect(text).toContain('0.50');
      await expect(page.locator(`${FIGURE} input[type="range"]`).inputValue()).resolves.toBe('0.5');

      // Once the reader moves θ the URL is valid again, so the notice goes.
      await page.locator(`${FIGURE} input[type="range"]`).focus();
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(() => location.search.includes('theta=0.49'));
      await expect(notice.isHidden()).resolves.toBe(true);
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
    expect(await figure.locator('[data-chart="plane"] svg').count()).toBe(1);
    expect(await figure.locator('[data-chart="curves"] svg').count()).toBe(1);
    expect(await figure.locator('[data-readout] .katex').count()).toBeGreaterThan(0);
    const box = await figure.locator('[data-chart="curves"] svg').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(100);
    expect(await chartMarkup(page)).not.toMatch(/NaN/);
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
