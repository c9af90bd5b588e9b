/**
 * Figure state kept in the page URL's query string, so a reader can share
 * what they see. Each figure owns its own parameter names.
 */

/** Outcome of reading one parameter: the value to use and, if the URL held an invalid one, why. */
export interface ParamReading<T> {
  value: T;
  /** Present when the URL had a value that could not be used. */
  invalid?: { raw: string; reason: string };
}

/**
 * Reads a query parameter with `parse`, falling back to `fallback` when the
 * parameter is absent or `parse` throws. The thrown message becomes the reason.
 */
export function readParam<T>(
  search: string,
  name: string,
  parse: (raw: string) => T,
  fallback: T,
): ParamReading<T> {
  const raw = new URLSearchParams(search).get(name);
  if (raw === null) return { value: fallback };
  try {
    return { value: parse(raw) };
  } catch (error) {
    return { value: fallback, invalid: { raw, reason: (error as Error).message } };
  }
}

/**
 * Returns `href` with the given query parameters set, keeping every other
 * parameter and the hash.
 */
export function withParams(href: string, params: Record<string, string>): string {
  const url = new URL(href);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.pathname + url.search + url.hash;
}
