import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** Lists every file below `dir`, as paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/**
 * Checks that a relative path exists below `dir` with exactly this case, one
 * segment at a time, so the check holds on case-insensitive file systems too
 * (GitHub Pages is case-sensitive).
 */
export function existsWithExactCase(dir: string, relativePath: string): boolean {
  let current = dir;
  for (const segment of relativePath.split('/').filter(Boolean)) {
    let entries: string[];
    try {
      entries = readdirSync(current);
    } catch {
      return false;
    }
    if (!entries.includes(segment)) return false;
    current = path.join(current, segment);
  }
  return true;
}

/**
 * Maps an internal URL path (already stripped of its base) to the file that
 * serves it: `/a/` is `a/index.html`, `/a` is `a` or `a/index.html`.
 */
export function resolveToFile(dir: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const candidates = decoded === '' || decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`];
  return candidates.find((candidate) => {
    if (!existsWithExactCase(dir, candidate)) return false;
    return statSync(path.join(dir, candidate)).isFile();
  });
}

/** A URL found in the output, with where it was found. */
export interface FoundUrl {
  file: string;
  where: string;
  url: string;
}

/** Collects the URLs an HTML page links or loads, by element and attribute. */
export function urlsInHtml(file: string, html: string): FoundUrl[] {
  const { document } = parseHTML(html);
  const found: FoundUrl[] = [];
  const attributes: Array<[string, string]> = [
    ['a', 'href'],
    ['link', 'href'],
    ['script', 'src'],
    ['img', 'src'],
    ['source', 'src'],
    ['iframe', 'src'],
    ['video', 'src'],
    ['audio', 'src'],
    ['use', 'href'],
    ['form', 'action'],
  ];
  for (const [tag, attribute] of attributes) {
    for (const element of document.querySelectorAll(`${tag}[${attribute}]`)) {
      found.push({ file, where: `<${tag} ${attribute}>`, url: element.getAttribute(attribute) ?? '' });
    }
  }
  for (const element of document.querySelectorAll('[srcset]')) {
    for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) found.push({ file, where: `<${element.tagName.toLowerCase()} srcset>`, url });
    }
  }
  for (const style of document.querySelectorAll('style')) {
    found.push(...urlsInCss(file, style.textContent ?? ''));
  }
  for (const element of document.querySelectorAll('[style]')) {
    found.push(...urlsInCss(file, element.getAttribute('style') ?? ''));
  }
  return found;
}

/** Collects `url(…)` and `@import` targets of a style sheet. */
export function urlsInCss(file: string, css: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    found.push({ file, where: 'css url()', url: match[2] ?? '' });
  }
  for (const match of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) {
    found.push({ file, where: 'css @import', url: match[2] ?? '' });
  }
  return found;
}

/** Reads a file of the output as text. */
export function readText(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}
