import type { Element, Root, Text } from 'hast';
import { h } from 'hastscript';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../i18n/ko.ts';
import { ContentReferenceError, type ContentProblem } from './content-error.ts';
import { isMdxJsxElement, setStringAttribute, stringAttribute } from './mdx-jsx.ts';
import { replaceTextMatches } from './text-matches.ts';

/** An equation label: `eq-` and lowercase letters, digits and hyphens. */
export const EQUATION_LABEL = /^eq-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A figure id: `fig-` and lowercase letters, digits and hyphens. */
export const FIGURE_ID = /^fig-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A reference in prose: `@eq-…` or `@fig-…`, not preceded by a Latin letter,
 * digit, `.` or `@`, so that an address such as `user@eq-x.kr` is not read as one. Hangul after the
 * label is a particle (`@eq-em은`), not part of it.
 */
const REFERENCE = /(?<![A-Za-z0-9_.@])@((?:eq|fig)-[a-z0-9]+(?:-[a-z0-9]+)*)/g;

const LABEL_COMMAND = /\\label\{([^}]*)\}/g;

type Kind = 'equation' | 'figure';

interface Target {
  kind: Kind;
  number: number;
}

const FIX =
  'Label a display equation with \\label{eq-name} inside its $$ block, give a figure <Figure id="fig-name" caption="…">, ' +
  'and refer to them as @eq-name and @fig-name.';

function isDisplayMath(element: Element): boolean {
  const className = element.properties.className;
  return element.tagName === 'code' && Array.isArray(className) && className.includes('math-display');
}

/**
 * Numbers labelled display equations and figures in document order and turns
 * `@eq-…` and `@fig-…` in prose into links that read "식 (3)" and "그림 2".
 *
 * Runs before KaTeX. An equation's `\label{eq-…}` is removed from the LaTeX
 * and replaced by `\tag{n}`, so KaTeX prints the number, and the equation is
 * wrapped in an element with the label as its id. Only labelled equations are
 * numbered, as in Quarto and MyST. Numbers restart in every post.
 *
 * Throws a `ContentReferenceError` that lists every reference to a missing
 * label, every malformed or repeated label, and every figure without an id.
 */
export default function rehypeCrossReferences() {
  return function transform(tree: Root, file: VFile) {
    const targets = new Map<string, Target>();
    const problems: ContentProblem[] = [];
    const counts: Record<Kind, number> = { equation: 0, figure: 0 };
    const labelledBlocks = new Map<Element, string>();

    const define = (label: string, kind: Kind, line: number | undefined) => {
      if (targets.has(label)) {
        problems.push({ line, message: `the label "${label}" is used twice; give each ${kind} its own label.` });
        return undefined;
      }
      counts[kind] += 1;
      const target = { kind, number: counts[kind] };
      targets.set(label, target);
      return target;
    };

    visit(tree, (node, _index, parent) => {
      if (isMdxJsxElement(node, 'Figure')) {
        const line = node.position?.start.line;
        const id = stringAttribute(node, 'id');
        if (typeof id !== 'string' || !FIGURE_ID.test(id)) {
          problems.push({ line, message: `<Figure> needs id="fig-…" as a plain string (found ${JSON.stringify(id ?? null)}).` });
          return;
        }
        const target = define(id, 'figure', line);
        if (target) setStringAttribute(node, 'number', String(target.number));
        return;
      }

      if (node.type !== 'element' || !isDisplayMath(node) || parent?.type !== 'element' || parent.tagName !== 'pre') return;
      const code = node;
      const line = code.position?.start.line;
      const tex = toText(code, { whitespace: 'pre' });
      const labels = [...tex.matchAll(LABEL_COMMAND)].map((match) => match[1] ?? '');
      if (labels.length === 0) return;

      if (/\\tag\b/.test(tex)) {
        problems.push({ line, message: `an equation has both \\label and \\tag; remove \\tag, the build numbers the equation.` });
        return;
      }
      if (labels.length > 1) {
        problems.push({ line, message: `an equation has ${labels.length} labels (${labels.join(', ')}); keep one.` });
        return;
      }
      const label = labels[0] as string;
      if (!EQUATION_LABEL.test(label)) {
        problems.push({ line, message: `invalid equation label "${label}": write eq- and lowercase words joined by hyphens, e.g. eq-em-distance.` });
        return;
      }
      const target = define(label, 'equation', line);
      if (!target) return;

      code.children = [{ type: 'text', value: `${tex.replace(LABEL_COMMAND, '').trim()}\n\\tag{${target.number}}` }];
      labelledBlocks.set(parent, label);
    });

    wrapLabelledEquations(tree, labelledBlocks);

    replaceTextMatches(tree, REFERENCE, (match, node: Text) => {
      const label = match[1] as string;
      const target = targets.get(label);
      if (!target) {
        problems.push({ line: node.position?.start.line, message: `label "${label}" not found (referenced as @${label}).` });
        return [{ type: 'text', value: match[0] }];
      }
      const text =
        target.kind === 'equation' ? t('xref.equation', { number: target.number }) : t('xref.figure', { number: target.number });
      return [h('a', { href: `#${label}`, className: ['xref'], dataXref: target.kind }, text)];
    });

    if (problems.length > 0) throw new ContentReferenceError(file, problems, FIX);
  };
}

/**
 * Wraps each numbered equation's `<pre>` in a `<div class="equation">` that
 * carries the label as its id, so the link target survives KaTeX replacing
 * the `<pre>`.
 */
function wrapLabelledEquations(tree: Root, labelledBlocks: Map<Element, string>): void {
  if (labelledBlocks.size === 0) return;

  visit(tree, 'element', (node, index, parent) => {
    const label = labelledBlocks.get(node);
    if (label === undefined || parent === undefined || index === undefined) return;
    parent.children[index] = h('div', { className: ['equation'], id: label }, [node]);
    return SKIP;
  });
}
