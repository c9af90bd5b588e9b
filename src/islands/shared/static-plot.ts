import type * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { drawChart } from './draw-chart.ts';

/**
 * Renders a chart spec to SVG markup at build time.
 *
 * The live chart in the browser is drawn from the same spec with the same
 * width and height, so the static SVG reads without JavaScript and swapping
 * in the live one does not shift the page. linkedom provides the DOM that
 * Plot needs.
 */
export function renderStaticPlot(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return drawChart(options, document as unknown as Document).outerHTML;
}
