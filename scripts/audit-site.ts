/**
 * Builds the site, serves it on 127.0.0.1 and measures it against the
 * budgets of docs/site-audit.md:
 *
 * - Lighthouse (mobile emulation, simulated throttling, the default config of
 *   the installed Lighthouse) on the home and post pages: the four category
 *   scores, total bytes and CLS, the median of `--runs` runs (3 by default);
 * - JavaScript transferred before any figure is near the viewport, gzip, from
 *   Chromium's own byte counts, plus inline scripts gzipped here;
 * - input-to-update time of the first figure slider: 100 `input` events,
 *   each timed in the page from dispatch to the first DOM change of a chart.
 *
 * Usage: `npm run audit:site [-- --runs=N]`. Needs Chromium at
 * /usr/bin/chromium (or CHROMIUM_PATH). Sends requests to 127.0.0.1 only.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Page } from 'playwright-core';
import { serveStatic } from './static-server.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BASE = '/wgan-review/';
const OUT_DIR = path.join(ROOT, 'node_modules/.cache/wgan-audit-dist');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Pages measured, relative to the base path. */
const PAGES = [
  { name: 'home', path: '' },
  { name: 'post', path: 'posts/wasserstein-gan-review/' },
];

/** Budgets; docs/site-audit.md records results against them. */
export const BUDGETS = {
  score: 100,
  javascriptBeforeFigureBytes: 2048,
  cumulativeLayoutShift: 0,
  inputToUpdateP95Ms: 16,
};

const SLIDER_INPUTS = 100;

/** Lighthouse's mobile viewport, so both measurements see the same first screen. */
const MOBILE_VIEWPORT = { width: 412, height: 823 };

function parseRuns(): number {
  const flag = process.argv.find((argument) => argument.startsWith('--runs='));
  const runs = flag ? Number(flag.slice('--runs='.length)) : 3;
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`invalid --runs: ${flag}; give a whole number of at least 1.`);
  return runs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: BASE, OUT_DIR, SITE_URL: 'https://example.github.io' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`astro build failed with code ${code}:\n${output}`))));
  });
}

interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  totalBytes: number;
  cumulativeLayoutShift: number;
}

async function runLighthouse(url: string, runs: number): Promise<LighthouseResult> {
  const results: LighthouseResult[] = [];
  for (let run = 0; run < runs; run += 1) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        totalBytes: audits['total-byte-weight']?.numericValue ?? Number.NaN,
        cumulativeLayoutShift: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      });
    } finally {
      await chrome.kill();
    }
  }
  const pick = (key: keyof LighthouseResult) => median(results.map((result) => result[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    totalBytes: pick('totalBytes'),
    cumulativeLayoutShift: pick('cumulativeLayoutShift'),
  };
}

interface ScriptBytes {
  /** External scripts, bytes on the wire as Chromium counted them. */
  external: number;
  /**
   * Inline scripts: how many more bytes the gzipped HTML takes with their
   * code than without it, because they travel compressed inside the HTML.
   */
  inline: number;
  /** Whether a figure was within the islands' preload margin when counting stopped. */
  figureNear: boolean;
}

/** Inline `<script>` elements, not those with `src`. */
const INLINE_SCRIPT = /(<script(?![^>]*\bsrc=)[^>]*>)([\s\S]*?)(<\/script>)/g;

/**
 * Loads a page at the mobile viewport without scrolling, waits for the
 * network to go quiet, and counts the JavaScript it fetched.
 */
async function measureScripts(page: Page, url: string): Promise<ScriptBytes> {
  const responses: Array<Promise<number>> = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script') responses.push(request.sizes().then((sizes) => sizes.responseBodySize));
  });
  const documentResponse = await page.goto(url, { waitUntil: 'networkidle' });
  if (!documentResponse) throw new Error(`no response for ${url}`);
  const external = (await Promise.all(responses)).reduce((sum, size) => sum + size, 0);

  const html = await documentResponse.text();
  const withoutInlineCode = html.replace(INLINE_SCRIPT, '$1$3');
  const inline = gzipSync(html, { level: 9 }).length - gzipSync(withoutInlineCode, { level: 9 }).length;

  const figureNear = await page.evaluate(() =>
    [...document.querySelectorAll('[data-island]')].some((island) => island.getBoundingClientRect().top < innerHeight + 400),
  );
  return { external, inline, figureNear };
}

interface SliderTiming {
  island: string;
  medianMs: number;
  p95Ms: number;
  timeouts: number;
}

/** Times `SLIDER_INPUTS` slider inputs of the first figure that has a slider, or returns undefined. */
async function measureSlider(page: Page): Promise<SliderTiming | undefined> {
  const slider = page.locator('[data-island] input[type="range"]').first();
  if ((await slider.count()) === 0) return undefined;

  await slider.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => {
      const input = document.querySelector<HTMLInputElement>('[data-island] input[type="range"]');
      return input !== null && !input.disabled;
    },
    undefined,
    { timeout: 30_000 },
  );

  return page.evaluate(async (count) => {
    const input = document.querySelector<HTMLInputElement>('[data-island] input[type="range"]') as HTMLInputElement;
    const island = input.closest<HTMLElement>('[data-island]') as HTMLElement;
    const charts = island.querySelectorAll('[data-chart]');
    const watched = charts.length > 0 ? [...charts] : [island];
    const min = Number(input.min || 0);
    const max = Number(input.max || 100);
    const step = input.step && input.step !== 'any' ? Number(input.step) : (max - min) / 100;
    const steps = Math.max(1, Math.round((max - min) / step));

    const times: number[] = [];
    let timeouts = 0;
    for (let i = 0; i < count; i += 1) {
      // Visit the range in a scattered order (stride 37) so that consecutive inputs differ.
      const value = min + ((i * 37) % (steps + 1)) * step;
      const elapsed = await new Promise<number | undefined>((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - start);
        });
        for (const element of watched) observer.observe(element, { childList: true, subtree: true, attributes: true, characterData: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(undefined);
        }, 1000);
        input.value = String(value === Number(input.value) ? min + step : value);
        const start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      if (elapsed === undefined) timeouts += 1;
      else times.push(elapsed);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    // Nearest-rank percentiles.
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.max(0, Math.ceil((p / 100) * times.length) - 1)] ?? Number.NaN;
    return { island: island.dataset.island ?? '?', medianMs: at(50), p95Ms: at(95), timeouts };
  }, SLIDER_INPUTS);
}

async function main() {
  const runs = parseRuns();
  console.log(`audit: building into ${path.relative(ROOT, OUT_DIR)} with base ${BASE}`);
  await build();

  const { server, url } = await serveStatic(OUT_DIR, BASE);
  console.log(`audit: serving on ${url}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  let failedGoals = 0;
  try {
    console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`);
    console.log(`date: ${new Date().toISOString()}`);
    console.log(`Node ${process.version}, Chromium ${browser.version()}, Lighthouse runs per page: ${runs} (median)\n`);

    let sliderMeasured = false;
    for (const { name, path: pagePath } of PAGES) {
      const pageUrl = new URL(pagePath, url).href;
      const scores = await runLighthouse(pageUrl, runs);

      const context = await browser.newContext({ viewport: MOBILE_VIEWPORT, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const scripts = await measureScripts(page, pageUrl);
      const slider = sliderMeasured ? undefined : await measureSlider(page);
      await context.close();

      const javascript = scripts.external + scripts.inline;
      const goals = [
        scores.performance >= BUDGETS.score,
        scores.accessibility >= BUDGETS.score,
        scores.bestPractices >= BUDGETS.score,
        scores.seo >= BUDGETS.score,
        javascript <= BUDGETS.javascriptBeforeFigureBytes,
        scores.cumulativeLayoutShift <= BUDGETS.cumulativeLayoutShift,
      ];
      failedGoals += goals.filter((met) => !met).length;

      console.log(`## ${name} (${pageUrl})`);
      console.log(`Lighthouse performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores.bestPractices}, SEO ${scores.seo}`);
      console.log(`total bytes ${scores.totalBytes} (Lighthouse, gzip where the server compresses), CLS ${scores.cumulativeLayoutShift}`);
      console.log(
        `JavaScript before a figure is near: ${javascript} B gzip (external ${scripts.external} B, inline code in the gzipped HTML ${scripts.inline} B)` +
          (scripts.figureNear ? ' — NOTE: a figure was already within the preload margin at load' : ''),
      );
      if (slider) {
        sliderMeasured = true;
        const met = slider.p95Ms <= BUDGETS.inputToUpdateP95Ms && slider.timeouts === 0;
        if (!met) failedGoals += 1;
        console.log(
          `slider of "${slider.island}": input to chart update over ${SLIDER_INPUTS} inputs, median ${slider.medianMs.toFixed(2)} ms, p95 ${slider.p95Ms.toFixed(2)} ms, ${slider.timeouts} without an update within 1 s`,
        );
      }
      console.log('');
    }
    if (!sliderMeasured) console.log('slider: skipped, no figure on the audited pages has a slider (input[type="range"] inside [data-island]).');
    console.log(failedGoals === 0 ? 'audit: every goal met.' : `audit: ${failedGoals} goal(s) missed; record each with its reason in docs/site-audit.md.`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
