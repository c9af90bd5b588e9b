import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readText } from '../helpers/dist.ts';
import {
  computeCriticState,
  DEFAULT_PARAMS,
  ganGradient,
  REAL_MEAN,
  wassersteinGradient,
} from '../../src/islands/critic-vs-discriminator/compute.ts';
import { formatGradient, valueText } from '../../src/islands/critic-vs-discriminator/spec.ts';
import { gaussianW1 } from '../../src/metrics/index.ts';

const POST_HTML = 'posts/wasserstein-gan-review/index.html';

/** The sections that follow the EM comparison, in reading order. */
const NEW_SECTIONS = [
  'Kantorovich-Rubinstein Duality',
  'Discriminator에서 Critic으로',
  'WGAN Algorithm',
  'Empirical Results',
  'WGAN-GP',
  '정리',
];

let document: Document;

beforeAll(() => {
  document = parseHTML(readText(inject('outDir'), POST_HTML)).document as unknown as Document;
});

/** Texts of the post's h2 headings, without the anchor links the pipeline adds. */
function sectionTitles(): string[] {
  return [...document.querySelectorAll('.prose h2')].map((heading) => {
    const copy = heading.cloneNode(true) as Element;
    for (const anchor of copy.querySelectorAll('a, [aria-hidden="true"]')) anchor.remove();
    return (copy.textContent ?? '').trim();
  });
}

/** LaTeX sources of every formula of the post. */
function formulaSources(): string[] {
  return [...document.querySelectorAll('.prose annotation[encoding="application/x-tex"]')].map((node) => node.textContent ?? '');
}

describe('sections after the EM comparison', () => {
  it('follow the comparison and precede the references', () => {
    const titles = sectionTitles();
    const start = titles.indexOf('Different Distances');
    const end = titles.indexOf('Reference');
    expect(start).toBeGreaterThanOrEqual(0);
    expect(titles.slice(start + 1, end)).toEqual(NEW_SECTIONS);
  });

  it('number and link their equations and the figure', () => {
    for (const id of ['eq-kantorovich-rubinstein', 'eq-k-lipschitz', 'eq-wgan-critic', 'eq-wgan-generator-gradient', 'eq-wgan-gp']) {
      expect(document.getElementById(id), id).not.toBeNull();
    }
    expect(document.querySelector('figure#fig-critic-vs-discriminator [data-island="critic-vs-discriminator"]')).not.toBeNull();
    expect(document.querySelectorAll('a[href="#fig-critic-vs-discriminator"]').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('a[href="#ref-gulrajani2017"]').length).toBeGreaterThan(0);
  });

  it('state the hyperparameters of both papers', () => {
    const formulas = formulaSources().join('\n');
    for (const setting of ['\\alpha = 0.00005', 'c = 0.01', 'm = 64', 'n_{\\text{critic}} = 5', '\\alpha = 0.0001', '\\beta_1 = 0', '\\beta_2 = 0.9', '\\lambda = 10']) {
      expect(formulas, setting).toContain(setting);
    }
    expect(formulas).toContain('\\sup_{\\|f\\|_{L}\\le 1}');
    expect(formulas).toContain('K\\cdot W(\\mathbb{P}_{r},\\mathbb{P}_{\\theta})');
    expect(formulas).toContain('\\big(\\|\\nabla_{\\hat{x}}f(\\hat{x})\\|_{2} - 1\\big)^{2}');
  });

  it('number the critic loop of Algorithm 1', () => {
    const steps = [...document.querySelectorAll('.prose ol ol ol > li')].map((item) => item.textContent ?? '');
    expect(steps).toHaveLength(5);
    expect(steps[3]).toContain('RMSProp');
    expect(steps[4]).toContain('clip');
  });
});

describe('numbers quoted around the critic figure', () => {
  it('equal the compute layer', () => {
    const quoted = [...document.querySelectorAll('[data-example="critic-vs-discriminator"]')];
    expect(quoted.length).toBeGreaterThanOrEqual(4);
    for (const element of quoted) {
      const quantity = element.getAttribute('data-quantity');
      const fakeMean = Number(element.getAttribute('data-fake-mean'));
      const sd = Number(element.getAttribute('data-sd'));
      const real = { mean: REAL_MEAN, sd };
      const fake = { mean: fakeMean, sd };
      const value = quantity === 'ganGradient' ? ganGradient(real, fake) : wassersteinGradient(real, fake);
      expect(element.textContent, `${quantity} at μ_g = ${fakeMean}, σ = ${sd}`).toBe(formatGradient(value));
    }
  });

  it('say the WGAN gradient is 1 in each quoted case', () => {
    for (const [fakeMean, sd] of [
      [2, 1],
      [6, 1],
      [6, 0.5],
    ]) {
      expect(formatGradient(wassersteinGradient({ mean: REAL_MEAN, sd }, { mean: fakeMean, sd }))).toBe('1.000');
    }
  });

  it('match the static figure', () => {
    const figure = document.querySelector('[data-island="critic-vs-discriminator"]');
    const state = computeCriticState(DEFAULT_PARAMS);
    expect(figure?.querySelector('[data-control="fakeMean"]')?.getAttribute('aria-valuetext')).toBe(valueText(state));
    const readout = figure?.querySelector('[data-readout] annotation')?.textContent ?? '';
    expect(state.wasserstein).toBe(gaussianW1({ mean: REAL_MEAN, sd: DEFAULT_PARAMS.realSd }, { mean: DEFAULT_PARAMS.fakeMean, sd: DEFAULT_PARAMS.fakeSd }));
    expect(readout).toContain('W_1(\\mathbb{P}_r,\\mathbb{P}_g) &= 3.0000');
    expect(figure?.querySelectorAll('[data-chart] svg').length).toBe(2);
  });
});
