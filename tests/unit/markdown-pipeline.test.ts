import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mdxToHtml } from '../helpers/mdx-html.ts';

const FILE = '/site/content/fixture.mdx';

async function render(source: string, base = '/') {
  const { document } = parseHTML(`<main>${await mdxToHtml(source, { base, path: FILE })}</main>`);
  return document;
}

function texOf(element: Element | null): string {
  return element?.querySelector('annotation[encoding="application/x-tex"]')?.textContent?.trim() ?? '';
}

describe('equation labels and references', () => {
  const source = [
    '앞으로 나올 @eq-second은 뒤에 있습니다.',
    '',
    '$$',
    'a = 1 \\label{eq-first}',
    '$$',
    '',
    '$$',
    'c = 3',
    '$$',
    '',
    '$$',
    'b = 2',
    '\\label{eq-second}',
    '$$',
    '',
    '@eq-first와 @eq-second를 비교합니다. 메일 user@eq-first.kr 은 그대로입니다.',
  ].join('\n');

  it('numbers labelled equations in order', async () => {
    const document = await render(source);
    const equations = [...document.querySelectorAll('div.equation')];
    expect(equations.map((equation) => equation.id)).toEqual(['eq-first', 'eq-second']);
    expect(texOf(equations[0] ?? null)).toBe('a = 1\n\\tag{1}');
    expect(texOf(equations[1] ?? null)).toBe('b = 2\n\\tag{2}');
  });

  it('leaves unlabelled equations unnumbered', async () => {
    const document = await render(source);
    const displays = [...document.querySelectorAll('.katex-display')];
    expect(displays).toHaveLength(3);
    expect(displays[1]?.closest('.equation')).toBeNull();
    expect(texOf(displays[1] ?? null)).toBe('c = 3');
  });

  it('links references, forward ones too', async () => {
    const document = await render(source);
    const links = [...document.querySelectorAll('a.xref')].map((link) => [link.getAttribute('href'), link.textContent]);
    expect(links).toEqual([
      ['#eq-second', '식 (2)'],
      ['#eq-first', '식 (1)'],
      ['#eq-second', '식 (2)'],
    ]);
    expect(document.querySelector('main')?.textContent).toContain('식 (2)은 뒤에');
  });

  it('ignores an address that contains a label', async () => {
    const document = await render(source);
    expect(document.querySelector('main')?.textContent).toContain('user@eq-first.kr');
  });

  it.each([
    ['a missing label', '@eq-nowhere 를 봅니다.', /line 1: label "eq-nowhere" not found \(referenced as @eq-nowhere\)/],
    ['a repeated label', '$$\na \\label{eq-a}\n$$\n\n$$\nb \\label{eq-a}\n$$', /the label "eq-a" is used twice/],
    ['a label without the prefix', '$$\na \\label{first}\n$$', /invalid equation label "first"/],
    ['a label and a tag', '$$\na \\label{eq-a} \\tag{7}\n$$', /both \\label and \\tag/],
    ['two labels', '$$\na \\label{eq-a} \\label{eq-b}\n$$', /2 labels \(eq-a, eq-b\)/],
  ])('fails on %s, naming the file and the fix', async (_name, body, message) => {
    const rendering = mdxToHtml(body, { path: FILE });
    await expect(rendering).rejects.toThrow(message);
    await expect(rendering).rejects.toThrow(`Reference error in ${FILE}`);
    await expect(rendering).rejects.toThrow(/\\label\{eq-name\}/);
  });
});

describe('figures', () => {
  it('numbers figures and links references', async () => {
    const document = await render(
      [
        '@fig-b 와 @fig-a 를 봅니다.',
        '',
        '<Figure id="fig-a" caption="첫 그림">그림 A</Figure>',
        '',
        '<Figure id="fig-b" caption="둘째 그림">그림 B</Figure>',
      ].join('\n'),
    );
    const figures = [...document.querySelectorAll('x-jsx[data-name="Figure"]')];
    expect(figures.map((figure) => [figure.getAttribute('data-id'), figure.getAttribute('data-number')])).toEqual([
      ['fig-a', '1'],
      ['fig-b', '2'],
    ]);
    const links = [...document.querySelectorAll('a.xref')].map((link) => [link.getAttribute('href'), link.textContent]);
    expect(links).toEqual([
      ['#fig-b', '그림 2'],
      ['#fig-a', '그림 1'],
    ]);
  });

  it('fails on a figure without an id', async () => {
    await expect(mdxToHtml('<Figure caption="이름 없음">x</Figure>', { path: FILE })).rejects.toThrow(/<Figure> needs id="fig-…"/);
  });
});

describe('citations', () => {
  const source = [
    '논문 [@arjovsky2017]과 GAN [@goodfellow2014; @arjovsky2017]을 봅니다.',
    '',
    '## 참고문헌',
    '',
    '<Bibliography include="gulrajani2017" />',
  ].join('\n');

  it('numbers works by first citation', async () => {
    const document = await render(source);
    for (const tooltip of document.querySelectorAll('.cite .tooltip')) tooltip.remove();
    const cites = [...document.querySelectorAll('.cite')].map((cite) => cite.textContent);
    expect(cites).toEqual(['[1]', '[2, 1]']);
  });

  it('shows the full reference in a tooltip', async () => {
    const document = await render(source);
    const link = document.querySelector('.cite__link');
    const tooltip = document.getElementById(link?.getAttribute('aria-describedby') ?? '');
    expect(tooltip?.getAttribute('role')).toBe('tooltip');
    expect(tooltip?.textContent).toBe('Martin Arjovsky, Soumith Chintala, Léon Bottou (2017). Wasserstein GAN. arXiv:1701.07875');
    expect(tooltip?.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(link?.getAttribute('href')).toBe('#ref-arjovsky2017');
  });

  it('lists cited then included works in order', async () => {
    const document = await render(source);
    const items = [...document.querySelectorAll('ol.bibliography > li')];
    expect(items.map((item) => item.id)).toEqual(['ref-arjovsky2017', 'ref-goodfellow2014', 'ref-gulrajani2017']);
    expect(items[2]?.querySelector('a')?.getAttribute('href')).toBe('https://arxiv.org/abs/1704.00028');
    expect(items[0]?.querySelector('cite')?.textContent).toBe('Wasserstein GAN');
  });

  it.each([
    ['an unknown key', '[@nobody2020]\n\n<Bibliography />', /unknown citation key "nobody2020"/],
    ['an unknown included key', '<Bibliography include="nobody2020" />', /unknown citation key "nobody2020" in <Bibliography include>/],
    ['no reference list', '[@arjovsky2017]', /has no <Bibliography \/>/],
    ['two reference lists', '<Bibliography />\n\n<Bibliography />', /appears 2 times/],
  ])('fails on %s, naming the file and the known keys', async (_name, body, message) => {
    const rendering = mdxToHtml(body, { path: FILE });
    await expect(rendering).rejects.toThrow(message);
    await expect(rendering).rejects.toThrow(FILE);
    await expect(rendering).rejects.toThrow(/Known citation keys: arjovsky2017, goodfellow2014, gulrajani2017/);
  });
});

describe('glossary terms', () => {
  it('shows the other names and links the glossary under the base', async () => {
    const document = await render('<Term id="wasserstein">EM distance</Term>는 거리입니다.', '/wgan-review/');
    const link = document.querySelector('a.term__link');
    expect(link?.textContent).toBe('EM distance');
    expect(link?.getAttribute('href')).toBe('/wgan-review/glossary/#term-wasserstein');
    const tooltip = document.getElementById(link?.getAttribute('aria-describedby') ?? '');
    expect(tooltip?.textContent).toContain('바서슈타인 거리');
    expect(tooltip?.textContent).toContain('Wasserstein distance');
    expect(tooltip?.textContent).toContain('기호 W');
    expect(tooltip?.querySelector('[lang="en"]')?.textContent).toBe('Wasserstein distance');
  });

  it('fails on an unknown term', async () => {
    const rendering = mdxToHtml('<Term id="earth">EM</Term>', { path: FILE });
    await expect(rendering).rejects.toThrow(/unknown glossary term "earth"/);
    await expect(rendering).rejects.toThrow(/src\/lib\/glossary\.ts/);
  });
});

describe('headings and footnotes', () => {
  it('anchors Korean headings with Hangul ids', async () => {
    const document = await render('## 바서슈타인 거리\n\n## 바서슈타인 거리\n\n### Example 1\n');
    const headings = [...document.querySelectorAll('h2, h3')];
    expect(headings.map((heading) => heading.id)).toEqual(['바서슈타인-거리', '바서슈타인-거리-1', 'example-1']);
    const anchor = headings[0]?.querySelector('a.heading-anchor');
    expect(anchor?.getAttribute('href')).toBe('#바서슈타인-거리');
    expect(anchor?.textContent).toBe('');
    expect(anchor?.getAttribute('aria-label')).toBe('“바서슈타인 거리” 절로 바로 가는 링크');
  });

  it('labels footnotes and their back links in Korean', async () => {
    const document = await render('본문에 각주[^note]가 있습니다.\n\n[^note]: 각주 내용입니다.\n');
    const reference = document.querySelector('a[data-footnote-ref]');
    const backLink = document.querySelector('a[data-footnote-backref]');
    expect(document.getElementById('footnote-label')?.textContent).toBe('각주');
    expect(backLink?.getAttribute('aria-label')).toBe('1번 각주를 단 본문으로 돌아가기');
    expect(backLink?.getAttribute('href')).toBe(`#${reference?.id}`);
    expect(document.getElementById('footnote-label')?.querySelector('.heading-anchor')).toBeNull();
  });
});
