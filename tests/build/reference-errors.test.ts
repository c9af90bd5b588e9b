import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildWithContent, VALID_FRONTMATTER } from '../helpers/fixture-site.ts';

// Each case builds a temporary copy of the site, so the errors and the
// numbering are checked through `astro build` itself, not only the plugins.
describe('references in a real build', () => {
  it('stops on an unknown citation key', async () => {
    const result = await buildWithContent({
      'bad-cite.mdx': `${VALID_FRONTMATTER}\n주장 [@nobody1999]입니다.\n\n<Bibliography />\n`,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('bad-cite.mdx');
    expect(result.output).toContain('unknown citation key "nobody1999"');
    expect(result.output).toContain('src/lib/references.ts');
  });

  it('names the line of a citation after a reference', async () => {
    const body = ['$$', 'x = 1', '\\label{eq-one}', '$$', '', '@eq-one는 [@nobody2020]의 결과입니다.', '', '<Bibliography />', ''].join('\n');
    const result = await buildWithContent({ 'cite-after-ref.mdx': `${VALID_FRONTMATTER}\n${body}` });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/line \d+: unknown citation key "nobody2020"/);
    expect(result.output).not.toContain('line ?');
  });

  it('stops on a reference to a missing label', async () => {
    const result = await buildWithContent({
      'bad-label.mdx': `${VALID_FRONTMATTER}\n@eq-missing 을 봅니다.\n`,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('bad-label.mdx');
    expect(result.output).toContain('label "eq-missing" not found (referenced as @eq-missing)');
    expect(result.output).toContain('\\label{eq-name}');
  });

  it('numbers figures and anchors Korean headings', async () => {
    const body = [
      "import Figure from '../src/components/Figure.astro';",
      '',
      '## 바서슈타인 거리',
      '',
      '@fig-demo 과 @eq-demo 를 봅니다.[^1]',
      '',
      '$$',
      'W = 1 \\label{eq-demo}',
      '$$',
      '',
      '<Figure id="fig-demo" caption="시험 그림">',
      '  <p>내용</p>',
      '</Figure>',
      '',
      '[^1]: 각주입니다.',
      '',
    ].join('\n');
    const page = 'posts/numbered/index.html';
    const result = await buildWithContent({ 'numbered.mdx': `${VALID_FRONTMATTER}\n${body}` }, [page]);
    expect(result.output).not.toMatch(/Reference error/);
    expect(result.code).toBe(0);

    const { document } = parseHTML(result.pages[page] ?? '');
    expect(document.querySelector('figure#fig-demo figcaption')?.textContent?.trim()).toBe('그림 1 시험 그림');
    expect([...document.querySelectorAll('a.xref')].map((link) => link.textContent)).toEqual(['그림 1', '식 (1)']);
    expect(document.querySelector('h2#바서슈타인-거리 a.heading-anchor')?.getAttribute('href')).toBe('#바서슈타인-거리');
    expect(document.querySelector('.toc a[href="#바서슈타인-거리"]')?.textContent).toBe('바서슈타인 거리');
    expect(document.querySelector('a[data-footnote-backref]')?.getAttribute('aria-label')).toBe('1번 각주를 단 본문으로 돌아가기');
  });
});
