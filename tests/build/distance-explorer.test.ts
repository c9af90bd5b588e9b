import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readText } from '../helpers/dist.ts';
import { computeDistances, DEFAULT_BINS, defaultPair } from '../../src/islands/distance-explorer/compute.ts';
import { cellText, reasonText, TABLE_ROWS } from '../../src/islands/distance-explorer/spec.ts';

const POST_HTML = 'posts/wasserstein-gan-review/index.html';

let document: Document;
let figure: Element;

beforeAll(() => {
  document = parseHTML(readText(inject('outDir'), POST_HTML)).document as unknown as Document;
  const found = document.querySelector('[data-island="distance-explorer"]');
  if (!found) throw new Error('the post has no distance-explorer figure');
  figure = found;
});

describe('static distance explorer', () => {
  it('shows the default state computed by the metric core', () => {
    const state = computeDistances(defaultPair());
    for (const row of TABLE_ROWS) {
      expect(figure.querySelector(`[data-cell="${row}"]`)?.textContent, row).toBe(cellText(state, row));
      expect(figure.querySelector(`[data-reason="${row}"]`)?.textContent, row).toBe(reasonText(state, row));
    }
  });

  it('draws both charts and an inert handle per bin', () => {
    const pair = defaultPair();
    for (const side of ['p', 'q'] as const) {
      expect(figure.querySelectorAll(`[data-chart="${side}"] svg`).length, side).toBe(1);
      const handles = [...figure.querySelectorAll(`[data-handles="${side}"] [role="slider"]`)];
      expect(handles.length, side).toBe(DEFAULT_BINS);
      expect(handles.map((handle) => Number(handle.getAttribute('aria-valuenow')))).toEqual(pair[side]);
      expect(handles.every((handle) => handle.getAttribute('aria-disabled') === 'true')).toBe(true);
      expect(handles.every((handle) => !handle.hasAttribute('tabindex'))).toBe(true);
    }
    expect(figure.innerHTML).not.toMatch(/NaN/);
  });

  it('renders its controls disabled until the script mounts', () => {
    expect(figure.querySelector('[data-control="bins"]')?.hasAttribute('disabled')).toBe(true);
    const buttons = [...figure.querySelectorAll('button[data-preset]')];
    expect(buttons.length).toBe(5);
    expect(buttons.every((button) => button.hasAttribute('disabled'))).toBe(true);
  });

  it('sits after the problems of the existing distances', () => {
    const wrapper = figure.closest('figure');
    expect(wrapper?.id).toBe('fig-distance-explorer');
    let previous = wrapper?.previousElementSibling;
    while (previous && previous.tagName !== 'UL') previous = previous.previousElementSibling;
    expect(previous?.textContent).toContain('Saturated gradients');
    expect(wrapper?.nextElementSibling?.textContent).toMatch(/^그리고 이러한 문제점을 보완한 것이/);
  });
});
