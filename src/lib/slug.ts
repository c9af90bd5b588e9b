import GithubSlugger, { slug as githubSlug } from 'github-slugger';

/**
 * Turns a tag or heading into a URL slug. Uses github-slugger, the same rule
 * Astro applies to heading ids, so Hangul is kept (`정리` stays `정리`) and
 * ASCII letters are lowercased.
 */
export function slugify(text: string): string {
  const slug = githubSlug(text.normalize('NFC').trim());
  if (slug === '') {
    throw new RangeError(`Cannot make a slug from ${JSON.stringify(text)}: it has no letter or digit.`);
  }
  return slug;
}

/** Creates a slugger that makes repeated headings unique (`a`, `a-1`, …). */
export function createSlugger(): GithubSlugger {
  return new GithubSlugger();
}
