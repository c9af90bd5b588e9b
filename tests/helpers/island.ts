import type { BrowserContext, Page } from 'playwright-core';
import { openPage } from './browser.ts';

/**
 * Scrolls a figure into view, waits until its live code has mounted, and
 * starts counting its redraws (`island-update` events) for {@link afterUpdate}.
 */
export async function scrollUntilLive(page: Page, figure: string): Promise<void> {
  await page.locator(figure).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${figure}[data-island-state="live"]`);
  await page.locator(figure).evaluate((root) => {
    root.dataset.updates = '0';
    root.addEventListener('island-update', () => (root.dataset.updates = String(Number(root.dataset.updates) + 1)));
  });
}

/** Runs `action` and waits for the figure's redraw that it causes. */
export async function afterUpdate(page: Page, figure: string, action: () => Promise<unknown>): Promise<void> {
  const before = Number(await page.locator(figure).getAttribute('data-updates'));
  await action();
  await page.waitForFunction(
    ({ selector, count }) => Number(document.querySelector<HTMLElement>(selector)?.dataset.updates) > count,
    { selector: figure, count: before },
  );
}

/** What the page loaded before and after a figure came near the viewport. */
export interface LoadOnApproach {
  /** `data-island-state` of the figure before scrolling (null: not started). */
  stateBefore: string | null;
  /** Scripts requested only after the figure came near. */
  laterScripts: string[];
}

/**
 * Opens `url` at the top, records the scripts it loads, then scrolls to the
 * figure and returns the scripts that loaded only then.
 */
export async function loadOnApproach(context: BrowserContext, url: string, figure: string): Promise<LoadOnApproach> {
  const { page } = await openPage(context);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const initial = [...scripts];
  const stateBefore = await page.locator(figure).getAttribute('data-island-state');

  await scrollUntilLive(page, figure);
  return { stateBefore, laterScripts: scripts.filter((script) => !initial.includes(script)) };
}

/**
 * Sums the layout shifts from the moment the page's fonts are ready until a
 * figure has gone live and settled. Shifts during the page load belong to the
 * site (fonts), not to the figure, so they are not counted.
 */
export async function layoutShiftGoingLive(context: BrowserContext, url: string, figure: string): Promise<number> {
  const { page } = await openPage(context);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => {
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift' });
  });

  await scrollUntilLive(page, figure);
  // Two frames for the live chart to replace the static one.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(300);
  return page.evaluate(() =>
    (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0),
  );
}
