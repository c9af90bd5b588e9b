import { describe, expect, it } from 'vitest';
import { isSiteRootPath, normalizeBase, withBase, type TrailingSlash } from '../../src/lib/url.ts';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['wgan-review', '/wgan-review/'],
    ['/wgan-review', '/wgan-review/'],
    ['/wgan-review/', '/wgan-review/'],
    ['/a//b//', '/a/b/'],
    ['  /repo  ', '/repo/'],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });

  it.each(['https://user.github.io/repo', '//cdn.example/repo'])('rejects the URL %j', (input) => {
    expect(() => normalizeBase(input)).toThrow(TypeError);
    expect(() => normalizeBase(input)).toThrow(/not a URL/);
  });
});

describe('withBase', () => {
  const cases: Array<[string, string, TrailingSlash, string]> = [
    ['/', '/', 'ignore', '/'],
    ['/', '/', 'always', '/'],
    ['/', '/', 'never', '/'],
    ['/', '/repo/', 'ignore', '/repo/'],
    ['/', '/repo/', 'always', '/repo/'],
    ['/', '/repo/', 'never', '/repo'],
    ['/posts/a/', '/repo', 'ignore', '/repo/posts/a/'],
    ['/posts/a', '/repo', 'ignore', '/repo/posts/a'],
    ['/posts/a', '/repo', 'always', '/repo/posts/a/'],
    ['/posts/a/', '/repo', 'always', '/repo/posts/a/'],
    ['/posts/a/', '/repo', 'never', '/repo/posts/a'],
    ['posts/a/', '/repo/', 'ignore', '/repo/posts/a/'],
    ['/favicon.svg', '/repo', 'always', '/repo/favicon.svg'],
    ['/favicon.svg', '/repo', 'never', '/repo/favicon.svg'],
    ['/posts/a/?theta=0.5#fig', '/repo', 'never', '/repo/posts/a?theta=0.5#fig'],
    ['/posts/a?theta=0.5', '/repo', 'always', '/repo/posts/a/?theta=0.5'],
    ['/tags/정리/', '/', 'ignore', '/tags/정리/'],
  ];

  it.each(cases)('joins %j under %j with trailingSlash %s', (path, base, mode, expected) => {
    expect(withBase(path, base, mode)).toBe(expected);
  });
});

describe('isSiteRootPath', () => {
  it.each([
    ['/posts/a/', true],
    ['/', true],
    ['//example.com/x', false],
    ['https://arxiv.org/abs/1701.07875', false],
    ['#intro', false],
    ['images/a.png', false],
  ])('classifies %j as %s', (url, expected) => {
    expect(isSiteRootPath(url)).toBe(expected);
  });
});
