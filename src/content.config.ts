import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { createPostSchema } from './lib/post-schema.ts';

const posts = defineCollection({
  loader: glob({ base: './content', pattern: '**/*.mdx' }),
  schema: ({ image }) => createPostSchema(image),
});

export const collections = { posts };
