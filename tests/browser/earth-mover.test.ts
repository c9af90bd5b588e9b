import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { wasserstein1d } from '../../src/metrics/index.ts';
import { MOVER_PRESETS } from '../../src/islands/earth-mover/compute.ts';
import { presetPair } from '../../src/islands/shared/histogram-presets.ts';
import { launchChromium, openPage } from '../helpers/browser.ts';
import { afterUpdate, layoutShiftGoingLive, loadOnApproach, scrollUntilLive } from '../helpers/island.ts';

const postUrl = new URL('posts/wasserstein-gan-review/', inject('siteUrl')).href;
const FIGURE = '[data-island="earth-mover"]';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Reads the cost the figure states, at full precision. */
async function shownCost(page: Page): Promise<number> {
  return Number(await page.locator(`${FIGURE} [data-cost]`).getAttribute('data-value'));
}

/** Sums mass × distance over the rows of the flow table, at full precision, after opening the table. */
async function flowSum(page: Page): Promise<number> {
  const details = page.locator(`${FIGURE} details[data-flow-list]`);
  if ((await details.getAttribute('open')) === null) {
    await details.locator('summary').click();
    // The figure fills the table on the toggle event, which fires after the click.
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length > 0, `${FIGURE} [data-flows] tr`);
  }
  const costs = await page
    .locator(`${FIGURE} [data-flows] tr`)
    .evaluateAll((rows) => rows.map((row) => Number((row as HTMLElement).dataset.flowCost)));
  return costs.reduce((sum, cost) => sum + cost, 0);
}

function w1(pair: { p: readonly number[]; q: readonly number[] }): number {
  const sum = (masses: readonly number[]) => masses.reduce((total, mass) => total + mass, 0);
  const x = pair.p.map((_, index) => index + 1);
  return wasserstein1d(x, x, pair.p.map((mass) => mass / sum(pair.p)), pair.q.map((mass) => mass / sum(pair.q)));
}

describe('earth-mover figure', () => {
  it('states a cost equal to its flows and to W₁ for every preset', async () => {
    const context = await browser.newContext();
    const { page, log } = await openPage(context);
    await page.goto(postUrl);
    await scrollUntilLive(page, FIGURE);
    const bins = Number(await page.locator(`${FIGURE} [data-control="bins"]`).inputValue());

    for (const name of MOVER_PRESETS) {
      const button = page.locator(`${FIGURE} button[data-preset="${name}"]`);
      if ((await button.getAttribute('aria-pressed')) !== 'true') await afterUpdate(page, FIGURE, () => button.click());
      const cost = await shownCost(page);
      expect(Math.abs(cost - w1(presetPair(name, bins))), name).toBeLessThanOrEqual(1e-12);
      expect(Math.abs((await flowSum(page)) - cost), name).toBeLessThanOrEqual(1e-12);
      const text = await page.locator(`${FIGURE} [data-cost]`).textContent();
      expect(text, name).toContain(`= ${cost.toFixed(4)}.`);
      expect(text, name).toContain(`W₁(P, Q)도 ${w1(presetPair(name, bins)).toFixed(4)}입니다`);
      await expect(page.locator(`${FIGURE} [data-flow-total]`).textContent()).resolves.toBe(cost.toFixed(4));
    }
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  it('switches to the entropic plan and back', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await page.goto(postUrl);
    await scrollUntilLive(page, FIGURE);
    const exact = await shownCost(page);
    const slider = page.locator(`${FIGURE} [data-control="epsilon"]`);
    await slider.focus();

    await afterUpdate(page, FIGURE, () => page.keyboard.press('End'));
    await expect(page.locator(`${FIGURE} [data-output="epsilon"]`).textContent()).resolves.toBe('5');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('ε 5, Sinkhorn으로 구한 entropic plan');
    await expect(page.locator(`${FIGURE} [data-solver]`).textContent()).resolves.toMatch(/^ε = 5의 Sinkhorn이 \d+번 반복 후 수렴했습니다/);
    const blurred = await shownCost(page);
    expect(blurred).toBeGreaterThan(exact);
    expect(Math.abs((await flowSum(page)) - blurred)).toBeLessThanOrEqual(1e-12);
    await expect(page.locator(`${FIGURE} [data-cost]`).textContent()).resolves.toContain('보다 큽니다');
    expect(new URL(page.url()).searchParams.get('eps')).toBe('5');
    const cells = await page.locator(`${FIGURE} [data-flows] tr`).count();
    expect(cells).toBeGreaterThan(3);

    await slider.focus();
    await afterUpdate(page, FIGURE, () => page.keyboard.press('Home'));
    expect(await shownCost(page)).toBe(exact);
    await expect(page.locator(`${FIGURE} [data-solver]`).textContent()).resolves.toContain('정확한 최적 plan');
    await expect(page.locator(`${FIGURE} [data-flows] tr`).count()).resolves.toBe(3);
    await context.close();
  });

  it('re-solves when a hole is edited with the keyboard', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await page.goto(postUrl);
    await scrollUntilLive(page, FIGURE);

    const hole = page.locator(`${FIGURE} [data-handles="q"] [data-bin="5"]`);
    await hole.focus();
    await afterUpdate(page, FIGURE, () => page.keyboard.press('PageUp'));
    await expect(hole.getAttribute('aria-valuenow')).resolves.toBe('3');
    const pair = { p: [4, 0, 0, 4, 0, 0], q: [0, 2, 2, 0, 4, 3] };
    expect(Math.abs((await shownCost(page)) - w1(pair))).toBeLessThanOrEqual(1e-12);
    expect(new URL(page.url()).searchParams.get('em')).toBe('400400.022043');
    await expect(page.locator(`${FIGURE} button[aria-pressed="true"]`).count()).resolves.toBe(0);
    await context.close();
  });

  it('moves a pile when dragged with the mouse', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await openPage(context);
    await page.goto(postUrl);
    await scrollUntilLive(page, FIGURE);
    const box = await page.locator(`${FIGURE} [data-handles="p"]`).boundingBox();
    if (!box) throw new Error('handle group has no box');
    await page.mouse.move(box.x + box.width * (1.5 / 6), box.y + box.height * 0.99);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * (1.5 / 6), box.y + 1, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('em') === '490400.022040');
    await context.close();
  });

  it('shows a Korean message when the holes are filled in', async () => {
    const context = await browser.newContext();
    const { page, log } = await openPage(context);
    await page.goto(`${postUrl}?em=10000.00001`);
    await scrollUntilLive(page, FIGURE);
    const hole = page.locator(`${FIGURE} [data-handles="q"] [data-bin="4"]`);
    await hole.focus();
    await afterUpdate(page, FIGURE, () => page.keyboard.press('Home'));

    await expect(page.locator(`${FIGURE} [data-message]`).textContent()).resolves.toContain('Q의 모든 칸이 0이라');
    await expect(page.locator(`${FIGURE} [data-message]`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`${FIGURE} [data-cost]`).textContent()).resolves.toBe('비용: 계산할 수 없음');
    await expect(page.locator(`${FIGURE} [data-chart="transport"]`).textContent()).resolves.toContain('Q의 질량이 모두 0입니다');
    await page.locator(`${FIGURE} details[data-flow-list] summary`).click();
    await page.waitForFunction((selector) => document.querySelector(selector)?.hasAttribute('open'), `${FIGURE} details[data-flow-list]`);
    await expect(page.locator(`${FIGURE} [data-flows] tr`).count()).resolves.toBe(0);
    await expect(page.locator(`${FIGURE} [data-flow-total]`).textContent()).resolves.toBe('0.0000');
    expect(await page.locator(FIGURE).textContent()).not.toMatch(/NaN|undefined/);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  it('reads P, Q and ε from the URL', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await page.goto(`${postUrl}?em=90000.00009&eps=0.5`);
    await scrollUntilLive(page, FIGURE);
    await expect(page.locator(`${FIGURE} [data-output="epsilon"]`).textContent()).resolves.toBe('0.5');
    await expect(page.locator(`${FIGURE} [data-output="bins"]`).textContent()).resolves.toBe('5');
    // All the mass moves four bins whatever ε, since each side is one bin.
    expect(await shownCost(page)).toBeCloseTo(4, 12);
    await expect(page.locator(`${FIGURE} [data-notice]`).isHidden()).resolves.toBe(true);
    await context.close();
  });

  it('falls back from invalid URL state', async () => {
    const context = await browser.newContext();
    const { page, log } = await openPage(context);
    await page.goto(`${postUrl}?em=12.34&eps=0.3`);
    await scrollUntilLive(page, FIGURE);
    const text = await page.locator(`${FIGURE} [data-notice]`).textContent();
    expect(text).toContain('“12.34”');
    expect(text).toContain('본문의 예제');
    expect(text).toContain('“0.3”');
    expect(text).toContain('ε은 0, 0.05, 0.1, 0.2, 0.5, 1, 2, 5 중 하나여야 합니다.');
    expect(await shownCost(page)).toBe(1.25);
    await expect(page.locator(`${FIGURE} [data-output="epsilon"]`).textContent()).resolves.toBe('0 (정확한 plan)');
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the static figure without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context);
    await page.goto(postUrl);
    const figure = page.locator(FIGURE);
    await figure.scrollIntoViewIfNeeded();
    for (const chart of ['transport', 'plan']) {
      expect(await figure.locator(`[data-chart="${chart}"] svg`).count(), chart).toBe(1);
      const box = await figure.locator(`[data-chart="${chart}"] svg`).boundingBox();
      expect(box?.height ?? 0, chart).toBeGreaterThan(100);
    }
    await expect(figure.locator('[data-cost]').getAttribute('data-value')).resolves.toBe('1.25');
    await expect(figure.locator('[data-flows] tr').count()).resolves.toBe(3);
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
    await page.goto(`${postUrl}?eps=1`);
    await scrollUntilLive(page, FIGURE);
    await page.locator(`${FIGURE} details summary`).click();
    const results = await new AxeBuilder({ page }).include(FIGURE).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await context.close();
  });
});
