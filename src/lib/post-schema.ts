import { z } from 'astro/zod';
import { parsePostDate } from './date.ts';

/** Frontmatter fields a post may set. */
const POST_FIELDS = ['title', 'date', 'description', 'cover', 'coverCaption', 'tags', 'draft'];

/**
 * Builds the frontmatter schema of a post. `image` is the content layer's
 * image helper, passed in so the schema can be tested without Astro.
 *
 * Unknown keys are rejected, so a misspelt field (`tag:` for `tags:`) fails
 * the build instead of being dropped quietly. The issue is reported on the
 * key itself, with the known fields, because Astro prints an issue without a
 * path as `****`.
 */
export function createPostSchema<Image extends z.ZodType>(image: () => Image) {
  return z
    .object({
      title: z
        .string({ error: 'title is required: add `title: "…"` to the frontmatter.' })
        .trim()
        .min(1, 'title must not be empty.'),
      date: z
        .string({
          error:
            'date must be a quoted ISO 8601 date-time with its UTC offset, such as "2021-01-13T17:00:00+03:00" (YAML drops the offset of an unquoted date).',
        })
        .transform((value, context) => {
          try {
            return parsePostDate(value);
          } catch (error) {
            context.addIssue({ code: 'custom', message: (error as Error).message });
            return z.NEVER;
          }
        }),
      description: z
        .string({ error: 'description is required: write one sentence for the post list and search results.' })
        .trim()
        .min(1, 'description must not be empty.'),
      cover: image().optional(),
      coverCaption: z.string().trim().min(1, 'coverCaption must not be empty.').optional(),
      tags: z.array(z.string().trim().min(1, 'a tag must not be empty.')).default([]),
      draft: z.boolean().default(false),
    })
    .loose()
    .superRefine((data, context) => {
      for (const key of Object.keys(data)) {
        if (POST_FIELDS.includes(key)) continue;
        const hint = POST_FIELDS.find((field) => field.startsWith(key) || key.startsWith(field));
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `unknown field "${key}"${hint ? `: did you mean "${hint}"?` : '.'} Known fields: ${POST_FIELDS.join(', ')}.`,
        });
      }
    })
    .refine((data) => data.coverCaption === undefined || data.cover !== undefined, {
      message: 'coverCaption needs a cover image: add `cover: ./image.jpg` or remove the caption.',
      path: ['coverCaption'],
    });
}
