import * as Plot from '@observablehq/plot';

/**
 * Draws a chart spec with Plot, in the browser or, given `document`, on the
 * server. Used for both the static SVG and the live chart so they match.
 *
 * Plot labels each mark's `<g>` (and a frame's `<rect>`) with `aria-label`,
 * which ARIA forbids on an element without a role. The chart's meaning is in
 * the SVG's own label and description (and in each figure's table), so those
 * marks are hidden from assistive technology instead.
 */
export function drawChart(options: Plot.PlotOptions, document?: Document): SVGSVGElement | HTMLElement {
  const chart = Plot.plot(document ? { ...options, document } : options);
  for (const mark of chart.querySelectorAll('[aria-label]')) {
    if (mark.tagName.toLowerCase() !== 'svg' && !mark.hasAttribute('role')) mark.setAttribute('aria-hidden', 'true');
  }
  return chart;
}
