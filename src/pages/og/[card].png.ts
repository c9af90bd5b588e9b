import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../i18n/ko.ts';
import { formatPostDate } from '../../lib/date.ts';
import { renderOgImage, type OgCard } from '../../lib/og-image.ts';
import { getPublishedPosts } from '../../lib/posts.ts';

/** Lists one card per post, named after the post, and `site` for every other page. */
export const getStaticPaths = (async () => {
  const posts = await getPublishedPosts();
  const siteCard: OgCard = { title: t('site.title'), subtitle: t('site.description'), footer: t('site.title') };
  return [
    { params: { card: 'site' }, props: { card: siteCard } },
    ...posts.map((post) => ({
      params: { card: post.id },
      props: {
        card: {
          title: post.data.title,
          subtitle: post.data.description,
          footer: `${t('site.title')} · ${formatPostDate(post.data.date)}`,
        } satisfies OgCard,
      },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const png = await renderOgImage(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
