import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { createPostSchema } from '../../src/lib/post-schema.ts';

const schema = createPostSchema(() => z.string());

const valid = {
  title: '논문 리뷰 : Wasserstein GAN',
  date: '2021-01-13T17:00:00+03:00',
  description: 'WGAN 리뷰',
  tags: ['GAN', 'Loss'],
};

/** Returns the issues of a failed parse as `path: message` lines. */
function issuesOf(data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('post schema', () => {
  it('accepts a complete post', () => {
    const parsed = schema.parse(valid);
    expect(parsed.date.offset).toBe('+03:00');
    expect(parsed.tags).toEqual(['GAN', 'Loss']);
    expect(parsed.draft).toBe(false);
  });

  it('defaults tags to none', () => {
    const { tags: _tags, ...withoutTags } = valid;
    expect(schema.parse(withoutTags).tags).toEqual([]);
  });

  it.each([
    ['missing title', { ...valid, title: undefined }, /^title: title is required/],
    ['empty title', { ...valid, title: '  ' }, /^title: title must not be empty/],
    ['unquoted date', { ...valid, date: new Date('2021-01-13T14:00:00Z') }, /^date: date must be a quoted ISO 8601/],
    ['date without offset', { ...valid, date: '2021-01-13' }, /^date: Invalid date "2021-01-13"/],
    ['missing description', { ...valid, description: undefined }, /^description: description is required/],
    ['empty tag', { ...valid, tags: ['GAN', ''] }, /^tags\.1: a tag must not be empty/],
    ['misspelt key', { ...valid, tag: ['GAN'] }, /^tag: unknown field "tag": did you mean "tags"\?/],
    ['unknown key', { ...valid, author: 'x' }, /^author: unknown field "author"\. Known fields: title, date/],
    ['caption without cover', { ...valid, coverCaption: '표지' }, /^coverCaption: coverCaption needs a cover image/],
  ])('rejects %s', (_name, data, message) => {
    const issues = issuesOf(data);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.join('\n')).toMatch(message);
  });
});
