import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { ASTRO_BIN, ROOT, TEST_BASE, TEST_OUT_DIR, TEST_SITE, astroEnv, runAstro } from '../helpers/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin and base of the running preview server, e.g. `http://127.0.0.1:43123/wgan-review/`. */
    siteUrl: string;
    /** Folder the site was built into. */
    outDir: string;
  }
}

/** Finds a free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls the URL until the server responds with 200, or fails after `timeoutMs`. */
async function waitForServer(url: string, server: ChildProcess, log: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`astro preview exited with code ${server.exitCode} before serving ${url}:\n${log()}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro preview did not serve ${url} within ${timeoutMs} ms:\n${log()}`);
}

/**
 * Builds the site once with a GitHub Pages base path, then serves it with
 * `astro preview` on 127.0.0.1 for the build and browser tests.
 */
export default async function setup(project: TestProject) {
  const env = { BASE_PATH: TEST_BASE, SITE_URL: TEST_SITE, OUT_DIR: TEST_OUT_DIR };
  const build = await runAstro(['build'], { env });
  if (build.code !== 0) {
    throw new Error(`astro build failed with code ${build.code}:\n${build.output}`);
  }

  const port = await freePort();
  let log = '';
  const server = spawn(
    process.execPath,
    [ASTRO_BIN, 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
    {
      cwd: ROOT,
      env: astroEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));

  const siteUrl = `http://127.0.0.1:${port}${TEST_BASE}`;
  try {
    await waitForServer(siteUrl, server, () => log);
  } catch (error) {
    server.kill('SIGTERM');
    throw error;
  }

  project.provide('siteUrl', siteUrl);
  project.provide('outDir', TEST_OUT_DIR);

  return async () => {
    server.kill('SIGTERM');
  };
}
