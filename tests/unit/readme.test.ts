import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';

/** Returns the command of the first sh block after a heading. */
function commandUnder(readme: string, heading: string): string {
  const section = readme.split(/^## /m).find((part) => part.startsWith(heading));
  const match = section && /```sh\n([^\n]+)\n```/.exec(section);
  if (!match?.[1]) throw new Error(`README.md has no sh block under "## ${heading}"`);
  return match[1].trim();
}

describe('README commands', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  it('ci runs the README test command', () => {
    const command = commandUnder(readme, 'Run every test');
    const ci = readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
    expect(ci.split('\n').map((line) => line.trim())).toContain(command);
  });

  it('names scripts that exist', () => {
    for (const heading of ['Serve the site', 'Run every test']) {
      const command = commandUnder(readme, heading);
      for (const [, script] of command.matchAll(/npm (?:run )?(\w[\w:-]*)/g)) {
        if (script === 'ci') continue;
        expect(packageJson.scripts, `${heading}: npm ${script}`).toHaveProperty(script as string);
      }
    }
  });

  it('Korean README gives the same commands', () => {
    const korean = readFileSync(path.join(ROOT, 'README.ko.md'), 'utf8');
    expect(korean).toContain(commandUnder(readme, 'Serve the site'));
    expect(korean).toContain(commandUnder(readme, 'Run every test'));
  });
});
