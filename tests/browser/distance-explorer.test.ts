import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from '../helpers/browser.ts';
import { afterUpdate, layoutShiftGoingLive, loadOnApproach, scrollUntilLive } from '../helpers/island.ts';

const postUrl = new URL('posts/wasserstein-gan-review/', inject('siteUrl')).href;
const FIGURE = '[data-island="distance-explorer"]';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function cell(page: Page, row: string): Promise<string | null> {
  return page.locator(`${FIGURE} [data-cell="${row}"]`).textContent();
}

function handle(page: Page, side: 'p' | 'q', bin: number) {
  return page.locator(`${FIGURE} [data-handles="${side}"] [data-bin="${bin}"]`);
}

describe('distance-explorer figure', () => {
  it('edits a bar with the keyboard', async () => {
    const context = await browser.newContext();
    const { page, log } = await openPage(context);
    await page.goto(postUrl);
    await scrollUntilLive(page, FIGURE);

    const before = await cell(page, 'totalVariation');
    const first = handle(page, 'p', 0);
    await first.focus();
    await expect(first.getAttribute('tabindex')).resolves.toBe('0');
    await expect(first.getAttribute('aria-valuenow')).resolves.toBe('1');

    await afterUpdate(page, FIGURE, () => page.keyboard.press('ArrowUp'));
    await expect(first.getAttribute('aria-valuenow')).resolves.toBe('2');
    await expect(first.getAttribute('aria-valuetext')).resolves.toMatch(/^질량 2, 확률 0\.\d{3}$/);
    expect(await cell(page, 'totalVariation')).not.toBe(before);
    await expect(page.locator(`${FIGURE} [data-total="p"]`).textContent()).resolves.toContain('P의 합계 45단위');
    expect(new URL(page.url()).searchParams.get('dist')).toBe('248621126841.111258852111');

    // → moves the tab stop to the next bar, which ↓ then edits.
    await page.keyboard.press('ArrowRight');
    const second = handle(page, 'p', 1);
    await expect(second.evaluate((node) => node === document.activeElement)).resolves.toBe(true);
    await expect(second.getAttribute('tabindex')).resolves.toBe('0');
    await expect(first.getAttribute('tabindex')).resolves.toBe('-1');
    await afterUpdate(page, FIGURE, () => page.keyboard.press('ArrowDown'));
    await expect(second.getAttribute('aria-valuenow')).resolves.toBe('3');

    await afterUpdate(page, FIGURE, () => page.keyboard.press('End'));
    await expect(second.getAttribute('aria-valuenow')).resolves.toBe('9');
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows JS = log 2 and KL = ∞ for disjoint supports', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await page.goto(postUrl);
    await scrollUntilLive(page, FIGURE);

    const button = page.locator(`${FIGURE} button[data-preset="disjoint"]`);
    await afterUpdate(page, FIGURE, () => button.click());
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(cell(page, 'jsNats')).resolves.toBe('0.6931');
    await expect(cell(page, 'jsBits')).resolves.toBe('1.0000');
    await expect(cell(page, 'klPQ')).resolves.toBe('∞');
    await expect(cell(page, 'klQP')).resolves.toBe('∞');
    await expect(cell(page, 'totalVariation')).resolves.toBe('1.0000');
    await expect(page.locator(`${FIGURE} [data-reason="klPQ"]`).textContent()).resolves.toMatch(/Q가 0인 칸.*무한대/);
    await expect(page.locator(`${FIGURE} [data-reason="jsNats"]`).textContent()).resolves.toContain('log 2');
    await context.close();
  });

  it('shows the KL asymmetry of one empty bin', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await page.goto(postUrl);
    await scrollUntilLive(page, FIGURE);
    await afterUpdate(page, FIGURE, () => page.locator(`${FIGURE} button[data-preset="emptyBin"]`).click());
    await expect(cell(page, 'klPQ')).resolves.toBe('∞');
    await expect(cell(page, 'klQP')).resolves.toMatch(/^\d\.\d{4}$/);
    await context.close();
  });

  it('edits a bar when dragged with the mouse', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await openPage(context);
    await page.goto(`${postUrl}?dist=11111.11111`);
    await scrollUntilLive(page, FIGURE);

    const box = await page.locator(`${FIGURE} [data-handles="q"]`).boundingBox();
    if (!box) throw new Error('handle group has no box');
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + 1, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('dist') === '11111.11911');
    await expect(handle(page, 'q', 2).getAttribute('aria-valuenow')).resolves.toBe('9');
    await context.close();
  });

  it('edits a bar when dragged on a touch screen', async () => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const { page } = await openPage(context);
    await page.goto(`${postUrl}?dist=55555.55555`);
    await scrollUntilLive(page, FIGURE);

    const group = page.locator(`${FIGURE} [data-handles="p"]`);
    await group.scrollIntoViewIfNeeded();
    const box = await group.boundingBox();
    if (!box) throw new Error('handle group has no box');
    // Playwright has taps but no touch drags, so the drag goes through CDP.
    const session = await context.newCDPSession(page);
    const x = box.x + box.width * 0.1;
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: box.y + box.height * 0.45 }] });
    for (let step = 1; step <= 6; step++) {
      const y = box.y + box.height * (0.45 + (step / 6) * 0.54);
      await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      // One frame between moves, as a finger gives; the figure redraws per frame.
      await page.waitForTimeout(20);
    }
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });

    await page.waitForFunction(() => new URLSearchParams(location.search).get('dist') === '05555.55555');
    await expect(handle(page, 'p', 0).getAttribute('aria-valuenow')).resolves.toBe('0');
    await context.close();
  });

  it('shows a Korean message and no values when a side is emptied', async () => {
    const context = await browser.newContext();
    const { page, log } = await openPage(context);
    await page.goto(`${postUrl}?dist=10010.11111`);
    await scrollUntilLive(page, FIGURE);

    await handle(page, 'p', 0).focus();
    await afterUpdate(page, FIGURE, () => page.keyboard.press('Home'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await afterUpdate(page, FIGURE, () => page.keyboard.press('Home'));

    const message = page.locator(`${FIGURE} [data-message]`);
    await expect(message.isVisible()).resolves.toBe(true);
    await expect(message.textContent()).resolves.toContain('P의 모든 칸이 0이라 확률분포가 아니므로');
    for (const row of ['totalVariation', 'klPQ', 'klQP', 'jsNats', 'jsBits', 'wasserstein']) {
      await expect(cell(page, row), row).resolves.toBe('값 없음');
    }
    await expect(page.locator(`${FIGURE} [data-chart="p"] svg`).count()).resolves.toBe(1);
    await expect(page.locator(`${FIGURE} [data-chart="p"]`).textContent()).resolves.toContain('P의 질량이 모두 0입니다');
    expect(await page.locator(FIGURE).textContent()).not.toMatch(/NaN|undefined/);
    // The URL keeps the last pair that had mass on both sides.
    expect(new URL(page.url()).searchParams.get('dist')).toBe('00010.11111');

    await afterUpdate(page, FIGURE, () => page.keyboard.press('ArrowUp'));
    await expect(message.isHidden()).resolves.toBe(true);
    await expect(cell(page, 'totalVariation')).resolves.toMatch(/^\d\.\d{4}$/);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  it('changes the number of bins', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await page.goto(postUrl);
    await scrollUntilLive(page, FIGURE);
    const slider = page.locator(`${FIGURE} [data-control="bins"]`);
    await slider.focus();
    await afterUpdate(page, FIGURE, () => page.keyboard.press('End'));
    await expect(page.locator(`${FIGURE} [data-handles="p"] [role="slider"]`).count()).resolves.toBe(30);
    await expect(page.locator(`${FIGURE} [data-output="bins"]`).textContent()).resolves.toBe('30');
    // The bimodal preset is redrawn at 30 bins rather than padded with zeros.
    await expect(page.locator(`${FIGURE} button[data-preset="bimodal"]`).getAttribute('aria-pressed')).resolves.toBe('true');
    await context.close();
  });

  it('reads P and Q from the URL', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await page.goto(`${postUrl}?dist=90000.00009`);
    await scrollUntilLive(page, FIGURE);
    await expect(handle(page, 'p', 0).getAttribute('aria-valuenow')).resolves.toBe('9');
    await expect(cell(page, 'wasserstein')).resolves.toBe('4.0000');
    await expect(cell(page, 'jsNats')).resolves.toBe('0.6931');
    await expect(page.locator(`${FIGURE} [data-notice]`).isHidden()).resolves.toBe(true);
    await context.close();
  });

  for (const [raw, reason] of [
    ['abc', '점(.)으로'],
    ['123.12345', 'P는 3칸, Q는 5칸'],
    ['00000.12345', 'P의 질량이 모두 0'],
  ]) {
    it(`falls back from ?dist=${raw}`, async () => {
      const context = await browser.newContext();
      const { page, log } = await openPage(context);
      await page.goto(`${postUrl}?dist=${raw}`);
      await scrollUntilLive(page, FIGURE);
      const notice = page.locator(`${FIGURE} [data-notice]`);
      await expect(notice.isVisible()).resolves.toBe(true);
      const text = await notice.textContent();
      expect(text).toContain(`“${raw}”`);
      expect(text).toContain(reason);
      expect(text).toContain('봉우리 둘 vs 하나');
      await expect(page.locator(`${FIGURE} button[data-preset="bimodal"]`).getAttribute('aria-pressed')).resolves.toBe('true');
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
    for (const side of ['p', 'q']) {
      expect(await figure.locator(`[data-chart="${side}"] svg`).count()).toBe(1);
      const box = await figure.locator(`[data-chart="${side}"] svg`).boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(100);
    }
    await expect(cell(page, 'klPQ')).resolves.toMatch(/^\d\.\d{4}$/);
    await expect(figure.locator('noscript').count()).resolves.toBe(1);
    expect(await figure.textContent()).not.toMatch(/NaN/);
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
    const live = await new AxeBuilder({ page }).include(FIGURE).analyze();
    expect(live.violations.map((violation) => violation.id)).toEqual([]);

    // Again with an empty side, whose message and placeholders are new content.
    await page.goto(`${postUrl}?dist=10000.11111`);
    await scrollUntilLive(page, FIGURE);
    await handle(page, 'p', 0).focus();
    await afterUpdate(page, FIGURE, () => page.keyboard.press('Home'));
    const empty = await new AxeBuilder({ page }).include(FIGURE).analyze();
    expect(empty.violations.map((violation) => violation.id)).toEqual([]);
    await context.close();
  });
});
