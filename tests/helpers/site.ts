import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Base path the tests build with, as a GitHub Pages project site would have. */
export const TEST_BASE = '/wgan-review/';

/** Origin the tests build with; canonical URLs point here. */
export const TEST_SITE = 'https://example.github.io';

/** Output folder of the test build, kept apart from dist/. */
export const TEST_OUT_DIR = path.join(ROOT, 'node_modules/.cache/wgan-test-dist');

/** Path of the Astro command line inside node_modules. */
export const ASTRO_BIN = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * The environment for an Astro child process: this process's variables less
 * those Vitest sets for its own Vite (`BASE_URL`, `MODE`, `NODE_ENV=test`, …),
 * which Astro would otherwise read into `import.meta.env`.
 */
export function astroEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

export interface CommandResult {
  code: number | null;
  output: string;
}

/**
 * Runs the Astro command line with the Node that runs the tests (Node 24 from
 * the `node` devDependency) and collects stdout and stderr together.
 */
export function runAstro(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: astroEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
