import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readText } from '../helpers/dist.ts';
import { wasserstein1d } from '../../src/metrics/index.ts';
import { computeTransport, defaultPair } from '../../src/islands/earth-mover/compute.ts';
import { costText, flowRows } from '../../src/islands/earth-mover/spec.ts';
import { formatNumber } from '../../src/islands/shared/format.ts';

const POST_HTML = 'posts/wasserstein-gan-review/index.html';

let document: Document;
let figure: Element;

beforeAll(() => {
  document = parseHTML(readText(inject('outDir'), POST_HTML)).document as unknown as Document;
  const found = document.querySelector('[data-island="earth-mover"]');
  if (!found) throw new Error('the post has no earth-mover figure');
  figure = found;
});

function defaultW1(): number {
  const { p, q } = defaultPair();
  const x = p.map((_, index) => index + 1);
  const total = (masses: readonly number[]) => masses.reduce((sum, mass) => sum + mass, 0);
  return wasserstein1d(x, x, p.map((mass) => mass / total(p)), q.map((mass) => mass / total(q)));
}

describe('static earth-mover figure', () => {
  it('states the cost of the worked example as W₁ from the core', () => {
    const w1 = defaultW1();
    expect(Number(figure.querySelector('[data-cost]')?.getAttribute('data-value'))).toBe(w1);
    expect(figure.querySelector('[data-cost]')?.textContent).toBe(costText(computeTransport(defaultPair(), 0)));
    expect(figure.querySelector('[data-flow-total]')?.textContent).toBe(formatNumber(w1, 4));
  });

  it('lists the flows of the exact plan', () => {
    const rows = [...figure.querySelectorAll('[data-flows] tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent),
    );
    const expected = flowRows(computeTransport(defaultPair(), 0));
    expect(rows).toEqual(expected.map((row) => [row.from, row.to, formatNumber(row.mass, 4), String(row.distance), formatNumber(row.cost, 4)]));
    expect(rows).toEqual([
      ['1', '2', '0.2500', '1', '0.2500'],
      ['1', '3', '0.2500', '2', '0.5000'],
      ['4', '5', '0.5000', '1', '0.5000'],
    ]);
  });

  it('draws both charts and inert handles for piles and holes', () => {
    expect(figure.querySelectorAll('[data-chart="transport"] svg').length).toBe(1);
    expect(figure.querySelectorAll('[data-chart="plan"] svg').length).toBe(1);
    for (const side of ['p', 'q']) {
      const handles = [...figure.querySelectorAll(`[data-handles="${side}"] [role="slider"]`)];
      expect(handles.length, side).toBe(defaultPair().p.length);
      expect(handles.every((handle) => handle.getAttribute('aria-disabled') === 'true'), side).toBe(true);
    }
    expect(figure.querySelector('[data-control="epsilon"]')?.hasAttribute('disabled')).toBe(true);
    expect(figure.innerHTML).not.toMatch(/NaN/);
  });
});

describe('worked example in the review', () => {
  it('replaces the missing picture after the EM definition', () => {
    const wrapper = figure.closest('figure');
    expect(wrapper?.id).toBe('fig-earth-mover');
    const text = document.querySelector('.prose')?.textContent ?? '';
    expect(text).not.toContain('그림 준비 중');
    const definition = text.indexOf('최소한의 비용을 의미합니다');
    const example = text.indexOf('작은 예제로 이 정의를 따라가 보겠습니다');
    const comparison = text.indexOf('그럼, EM distance가 기존과 어떤 차이가 있는지 보겠습니다.');
    expect(definition).toBeGreaterThan(0);
    expect(example).toBeGreaterThan(definition);
    expect(comparison).toBeGreaterThan(example);
  });

  it('quotes the W₁ the figure computes', () => {
    const text = document.querySelector('.prose')?.textContent ?? '';
    const quoted = formatNumber(defaultW1(), 2);
    expect(quoted).toBe('1.25');
    expect(text).toContain(`합은 ${quoted}입니다`);
    // The cost of the plan and W itself are typeset, and their rendered
    // math ends right before the Korean ending.
    expect(text.split(`${quoted}입니다`).length - 1).toBeGreaterThanOrEqual(3);
  });
});
