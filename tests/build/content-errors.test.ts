import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildWithContent, VALID_FRONTMATTER } from '../helpers/fixture-site.ts';

// Each case builds a temporary copy of the site with one broken post and
// checks that the build stops with a message an author can act on.
describe('content errors fail the build', () => {
  it('names the file and formula for bad LaTeX', async () => {
    const result = await buildWithContent({
      'bad-latex.mdx': `${VALID_FRONTMATTER}\n분수 $\\frac{1}{$ 가 깨졌습니다.\n`,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Math error in');
    expect(result.output).toContain('bad-latex.mdx');
    expect(result.output).toContain('$\\frac{1}{$');
    expect(result.output).toMatch(/KaTeX: KaTeX parse error/);
  });

  it('rejects Hangul in math mode', async () => {
    const result = await buildWithContent({
      'hangul-math.mdx': `${VALID_FRONTMATTER}\n기댓값 $\\mathbb{E}[평균]$ 입니다.\n`,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('hangul-math.mdx');
    expect(result.output).toContain('$\\mathbb{E}[평균]$');
    expect(result.output).toMatch(/Unicode text character|unicodeTextInMathMode/);
    expect(result.output).toContain('\\text{…}');
  });

  it('reports every broken formula at once', async () => {
    const result = await buildWithContent({
      'two-errors.mdx': `${VALID_FRONTMATTER}\n$\\frac{1}{$ 그리고\n\n$$\n\\sqrt{\n$$\n`,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('KaTeX could not render 2 formulas');
  });

  it('names the file and field for a missing title', async () => {
    const result = await buildWithContent({
      'no-title.mdx': `---\ndate: "2024-03-01T09:00:00+09:00"\ndescription: "제목 없는 글"\n---\n본문\n`,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('no-title');
    expect(result.output).toMatch(/title/);
    expect(result.output).toContain('title is required');
  });

  it('names the field for a date without offset', async () => {
    const result = await buildWithContent({
      'bad-date.mdx': `---\ntitle: "날짜"\ndate: "2024-03-01"\ndescription: "날짜 오류"\n---\n본문\n`,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('bad-date');
    expect(result.output).toContain('Invalid date "2024-03-01"');
  });
});

describe('in-progress component', () => {
  it('renders a styled note, not broken text', async () => {
    const page = 'posts/draft-part/index.html';
    const body = "import InProgress from '../src/components/InProgress.astro';\n\n쓰는 중인 문단.\n\n<InProgress />\n\n<InProgress kind=\"figure\" />\n";
    const result = await buildWithContent({ 'draft-part.mdx': `${VALID_FRONTMATTER}\n${body}` }, [page]);
    expect(result.code, result.output).toBe(0);

    const { document } = parseHTML(result.pages[page] ?? '');
    const notes = [...document.querySelectorAll('aside.in-progress[role="note"]')];
    expect(notes.length).toBe(2);
    expect(notes[0]?.textContent).toContain('작성 중');
    expect(notes[1]?.textContent).toContain('그림 준비 중');
    expect(notes[0]?.getAttribute('aria-label')).toBe('작성 중');
  });
});

describe('math that must survive MDX', () => {
  it('keeps braces, <, \\| and \\underset intact', async () => {
    const body = [
      '집합 $\\{x : x < 1\\}$ 과 노름 $\\|x - y\\|$, 그리고 $\\underset{\\theta}{\\max}\\, f$ 와 $\\text{평균}$.',
      '',
      '$$',
      'W = \\inf_{\\gamma} \\mathbb{E}\\big[\\|x-y\\|\\big], \\quad a < b',
      '$$',
      '',
      '값 \\$5 는 수식이 아닙니다.',
      '',
    ].join('\n');
    const page = 'posts/survives/index.html';
    const result = await buildWithContent({ 'survives.mdx': `${VALID_FRONTMATTER}\n${body}` }, [page]);
    expect(result.output).not.toMatch(/Math error/);
    expect(result.code).toBe(0);

    const { document } = parseHTML(result.pages[page] ?? '');
    const tex = [...document.querySelectorAll('annotation[encoding="application/x-tex"]')].map((node) =>
      node.textContent?.trim(),
    );
    expect(tex).toEqual([
      '\\{x : x < 1\\}',
      '\\|x - y\\|',
      '\\underset{\\theta}{\\max}\\, f',
      '\\text{평균}',
      'W = \\inf_{\\gamma} \\mathbb{E}\\big[\\|x-y\\|\\big], \\quad a < b',
    ]);
    expect(document.querySelector('.prose')?.textContent).toContain('값 $5 는 수식이 아닙니다.');
  });
});
