import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/** Size of an Open Graph card, the 1.91:1 ratio that Facebook, X and Slack crop to. */
export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;

/**
 * Pretendard, the first font of the site's stack, from its npm package. The
 * card is rendered at build time, where no system font can be assumed; TTF
 * because satori reads TTF, OTF and WOFF but not WOFF2.
 */
const FONT_FILES = {
  regular: 'pretendard/dist/public/static/alternative/Pretendard-Regular.ttf',
  bold: 'pretendard/dist/public/static/alternative/Pretendard-Bold.ttf',
};

let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | undefined;

function loadFonts() {
  if (fonts) return fonts;
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  fonts = [
    { name: 'Pretendard', data: readFileSync(require.resolve(FONT_FILES.regular)), weight: 400, style: 'normal' },
    { name: 'Pretendard', data: readFileSync(require.resolve(FONT_FILES.bold)), weight: 700, style: 'normal' },
  ];
  return fonts;
}

/** Text of a card. */
export interface OgCard {
  /** Large text, the post or site title. */
  title: string;
  /** Smaller text under the title. */
  subtitle: string;
  /** Small text at the bottom, e.g. the site name and date. */
  footer: string;
}

/**
 * Renders a 1200×630 PNG card with satori (layout to SVG) and resvg (SVG to
 * PNG). Colours are the light theme's, because the card is shown by other
 * sites that know nothing of the reader's theme.
 */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  const text = (value: string, style: Record<string, string | number>) => ({ type: 'div', props: { style, children: value } });
  const svg = await satori(
    {
      type: 'div',
      props: {
        style: {
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '72px 80px',
          background: '#ffffff',
          borderTop: '24px solid #2f6fb5',
          fontFamily: 'Pretendard',
          color: '#1b1f24',
        },
        children: [
          {
            type: 'div',
            props: {
              style: { display: 'flex', flexDirection: 'column', gap: '28px' },
              children: [
                text(card.title, { fontSize: 68, fontWeight: 700, lineHeight: 1.25, wordBreak: 'keep-all' }),
                text(card.subtitle, { fontSize: 32, color: '#4a5360', lineHeight: 1.5, wordBreak: 'keep-all' }),
              ],
            },
          },
          text(card.footer, { fontSize: 28, color: '#1d4e89', fontWeight: 700 }),
        ],
      },
    } as unknown as Parameters<typeof satori>[0],
    { width: OG_IMAGE_WIDTH, height: OG_IMAGE_HEIGHT, fonts: loadFonts() },
  );
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_IMAGE_WIDTH } }).render().asPng();
}
