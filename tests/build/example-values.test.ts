import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readText } from '../helpers/dist.ts';
import { computeParallelLines, type Quantity } from '../../src/islands/parallel-lines/compute.ts';
import { formatQuantity, TABLE_ROWS } from '../../src/islands/parallel-lines/spec.ts';
import { parallelLines } from '../../src/metrics/index.ts';

const POST_HTML = 'posts/wasserstein-gan-review/index.html';

let document: Document;

beforeAll(() => {
  document = parseHTML(readText(inject('outDir'), POST_HTML)).document as unknown as Document;
});

describe('numbers quoted in the review', () => {
  it('equal the metric core', () => {
    const quoted = [...document.querySelectorAll('[data-example="parallel-lines"]')];
    expect(quoted.length).toBeGreaterThanOrEqual(6);
    for (const element of quoted) {
      const quantity = element.getAttribute('data-quantity') as Quantity;
      const theta = Number(element.getAttribute('data-theta'));
      const core = parallelLines(theta);
      const expected = quantity === 'reverseKullbackLeibler' ? core.kullbackLeibler : core[quantity];
      const state = computeParallelLines(theta);
      expect(state.closedForm[quantity]).toBe(expected);
      expect(element.textContent, `${quantity} at θ = ${theta}`).toBe(formatQuantity(state, quantity));
    }
  });

  it('match the static figure', () => {
    const figure = document.querySelector('[data-island="parallel-lines"]');
    expect(figure).not.toBeNull();
    const theta = Number(figure?.querySelector('input[type="range"]')?.getAttribute('value'));
    const state = computeParallelLines(theta);
    for (const quantity of TABLE_ROWS) {
      const closed = figure?.querySelector(`[data-cell="closedForm:${quantity}"]`)?.textContent;
      const discretised = figure?.querySelector(`[data-cell="discretised:${quantity}"]`)?.textContent;
      expect(closed, quantity).toBe(formatQuantity(state, quantity, 'closedForm'));
      expect(discretised, quantity).toBe(formatQuantity(state, quantity, 'discretised'));
      expect(discretised, quantity).toBe(closed);
    }
  });

  it('leave no in-progress mark after the comparison', () => {
    const text = document.querySelector('.prose')?.textContent ?? '';
    expect(text).not.toContain('작성중');
    expect(text).not.toContain('작성 중');
    expect(text).toContain('그럼, EM distance가 기존과 어떤 차이가 있는지 보겠습니다.');
  });
});
