import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

/** Content types of the files the site ships. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Types worth compressing. Fonts, images and Pagefind's index files are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

/** Cache lifetime of Astro's content-hashed assets, as a CDN would set it. */
const HASHED_ASSET_MAX_AGE = 31_536_000;

/**
 * Serves a built site under its base path on 127.0.0.1 the way GitHub Pages
 * does for the measurements that depend on it: gzip for text, a long cache
 * lifetime for hashed assets, `404.html` for unknown paths. `astro preview`
 * sends text uncompressed, which would overstate transferred bytes.
 */
export function serveStatic(root: string, base: string, port = 0): Promise<{ server: Server; url: string }> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      const relative = pathname.slice(base.length);
      const candidate = path.join(root, relative);
      if (!candidate.startsWith(root)) file = undefined;
      else if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
      else if (existsSync(path.join(candidate, 'index.html'))) file = path.join(candidate, 'index.html');
    }

    const status = file ? 200 : 404;
    const served = file ?? path.join(root, '404.html');
    const type = CONTENT_TYPES[path.extname(served)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.statusCode = status;
    response.setHeader('Content-Type', type);
    response.setHeader('Cache-Control', served.includes(`${path.sep}_astro${path.sep}`) ? `public, max-age=${HASHED_ASSET_MAX_AGE}, immutable` : 'no-cache');
    if (gzip) response.setHeader('Content-Encoding', 'gzip');
    try {
      await (gzip ? pipeline(createReadStream(served), createGzip(), response) : pipeline(createReadStream(served), response));
    } catch (error) {
      // A browser that cancels a request it no longer needs closes the stream early, which is not a failure.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        console.error(`static-server: failed to send ${served}: ${(error as Error).message}`);
      }
      response.destroy();
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actualPort}${base}` });
    });
  });
}
