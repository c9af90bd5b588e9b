/**
 * URL helpers that keep every internal link under the site's base path.
 *
 * GitHub Pages serves a project site under `/<repository>/`, so the base is
 * configured at build time and each internal URL must carry it.
 */

export type TrailingSlash = 'always' | 'never' | 'ignore';

/**
 * Normalizes a base path to the form `/segment/…/` with one leading and one
 * trailing slash, or `/` for the root. Throws a `TypeError` for a full URL,
 * because a base is a path and the origin belongs in `site`.
 */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) {
    throw new TypeError(`Invalid base path ${JSON.stringify(base)}: give a path such as "/wgan-review", not a URL.`);
  }
  const segments = trimmed.split('/').filter((segment) => segment.length > 0);
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

const FILE_EXTENSION = /\.[a-z0-9]+$/i;

/**
 * Joins the base path and a site path, applying Astro's `trailingSlash` rule
 * to page paths. Paths that name a file (`/favicon.svg`) never get a slash,
 * and a query or hash is kept as it is.
 */
export function withBase(path: string, base: string, trailingSlash: TrailingSlash = 'ignore'): string {
  const root = normalizeBase(base);
  const match = /^([^?#]*)(.*)$/.exec(path) ?? ['', path, ''];
  const pathname = match[1] ?? '';
  const suffix = match[2] ?? '';
  const relative = pathname.replace(/^\/+/, '');
  let joined = root + relative;

  const isFile = FILE_EXTENSION.test(relative);
  if (!isFile && relative !== '') {
    if (trailingSlash === 'always' && !joined.endsWith('/')) joined += '/';
    if (trailingSlash === 'never') joined = joined.replace(/\/+$/, '');
  }
  if (trailingSlash === 'never' && relative === '' && root !== '/') {
    joined = root.replace(/\/$/, '');
  }
  return joined + suffix;
}

/**
 * Reports whether an href or src points into this site: a root-relative path
 * (`/posts/…`), not a protocol-relative URL, an absolute URL, a hash or a
 * relative path.
 */
export function isSiteRootPath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}
