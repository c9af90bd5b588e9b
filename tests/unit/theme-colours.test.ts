import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';

const css = readFileSync(path.join(ROOT, 'src/styles/global.css'), 'utf8');

/** Returns the custom properties declared in the first rule whose selector is exactly `selector`. */
function declaredColours(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start === -1) throw new Error(`global.css has no rule for ${selector}`);
  const body = css.slice(start, css.indexOf('}', start));
  return new Map([...body.matchAll(/(--(?:color|chart)-[\w-]+):\s*([^;]+);/g)].map((match) => [match[1] ?? '', match[2] ?? '']));
}

describe('dark theme colours', () => {
  const light = declaredColours(':root');
  const dark = declaredColours(":root[data-theme='dark']");

  it('redefines every site and chart colour', () => {
    expect(light.size).toBeGreaterThan(10);
    expect([...dark.keys()].sort()).toEqual([...light.keys()].sort());
  });

  it('changes the background and the text', () => {
    expect(dark.get('--color-bg')).not.toBe(light.get('--color-bg'));
    expect(dark.get('--color-text')).not.toBe(light.get('--color-text'));
    expect(dark.get('--chart-text')).not.toBe(light.get('--chart-text'));
  });
});
