import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runAstro, type CommandResult } from './site.ts';

/** Files and folders a copy of the site needs to build, besides content/. */
const PROJECT_ENTRIES = ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'public'];

/**
 * Builds a temporary copy of the site whose content/ holds only `files`
 * (name → MDX text), reads the built `pages` (paths below dist/), and removes
 * the copy afterwards. The real content/ is never touched.
 */
export async function buildWithContent(
  files: Record<string, string>,
  pages: string[] = [],
): Promise<CommandResult & { pages: Record<string, string> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wgan-fixture-'));
  try {
    for (const entry of PROJECT_ENTRIES) {
      cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
    }
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    mkdirSync(path.join(dir, 'content'));
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(path.join(dir, 'content', name), text);
    }
    const outDir = path.join(dir, 'dist');
    const result = await runAstro(['build'], { cwd: dir, env: { OUT_DIR: outDir } });
    const built: Record<string, string> = {};
    for (const page of pages) {
      const file = path.join(outDir, page);
      if (existsSync(file)) built[page] = readFileSync(file, 'utf8');
    }
    return { ...result, pages: built };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Frontmatter of a valid post, for fixtures that break only the body. */
export const VALID_FRONTMATTER = `---
title: "테스트 글"
date: "2024-03-01T09:00:00+09:00"
description: "빌드 검사용 글"
tags: [test]
---
`;
