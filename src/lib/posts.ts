import { getCollection, type CollectionEntry } from 'astro:content';
import { slugify } from './slug.ts';

export type Post = CollectionEntry<'posts'>;

/** Returns the posts that are not drafts, newest first. */
export async function getPublishedPosts(): Promise<Post[]> {
  const posts = await getCollection('posts', (post) => !post.data.draft);
  return posts.sort((a, b) => b.data.date.instant.getTime() - a.data.date.instant.getTime());
}

/** A tag with its slug, the name as the author wrote it, and its posts. */
export interface TagGroup {
  slug: string;
  name: string;
  posts: Post[];
}

/**
 * Groups posts by tag slug, so `GAN` and `gan` share one page. The first
 * spelling met (on the newest post) names the tag.
 */
export function groupPostsByTag(posts: Post[]): TagGroup[] {
  const groups = new Map<string, TagGroup>();
  for (const post of posts) {
    for (const name of post.data.tags) {
      const slug = slugify(name);
      const group = groups.get(slug) ?? { slug, name, posts: [] };
      if (!group.posts.includes(post)) group.posts.push(post);
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'ko'));
}

/** The URL path of a post, before the base path is added. */
export function postPath(post: Post): string {
  return `/posts/${post.id}/`;
}
