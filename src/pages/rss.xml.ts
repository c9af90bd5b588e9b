import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { HTML_LANG, t } from '../i18n/ko.ts';
import { getPublishedPosts, postPath } from '../lib/posts.ts';
import { withBase } from '../lib/url.ts';

/** RSS 2.0 feed of the published posts, newest first, with absolute links under the base path. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The RSS feed needs `site` in astro.config.ts to make absolute links.');
  const base = import.meta.env.BASE_URL;
  const posts = await getPublishedPosts();
  return rss({
    title: t('site.title'),
    description: t('site.description'),
    site: new URL(withBase('/', base), site).href,
    items: posts.map((post) => ({
      title: post.data.title,
      description: post.data.description,
      pubDate: post.data.date.instant,
      link: new URL(withBase(postPath(post), base), site).href,
      categories: post.data.tags,
    })),
    customData: `<language>${HTML_LANG}</language>`,
  });
};
