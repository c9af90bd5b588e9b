import type { APIRoute } from 'astro';
import { withBase } from '../lib/url.ts';

/** Allows every crawler and points it to the sitemap, with the base path. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('/sitemap-index.xml', import.meta.env.BASE_URL), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
