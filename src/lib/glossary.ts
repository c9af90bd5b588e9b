/**
 * Terms of the field with their Korean name, English name and symbol. A post
 * marks a term as `<Term id="wasserstein">EM distance</Term>`, and the reader
 * sees the other names on hover or focus. The glossary page lists them all.
 */
export interface GlossaryEntry {
  /** The Korean name the review uses. */
  korean: string;
  /** The English name of the paper. */
  english: string;
  /** The symbol in the paper's notation, as plain Unicode text; empty when the paper has none. */
  symbol: string;
  /** Other names readers search for, in either language. */
  aliases: string[];
}

export const GLOSSARY = {
  'total-variation': {
    korean: '전변동 거리',
    english: 'total variation distance',
    symbol: 'δ',
    aliases: ['TV'],
  },
  'kl-divergence': {
    korean: '쿨백-라이블러 발산',
    english: 'Kullback-Leibler divergence',
    symbol: 'KL',
    aliases: ['상대 엔트로피', 'relative entropy'],
  },
  'js-divergence': {
    korean: '옌센-섀넌 발산',
    english: 'Jensen-Shannon divergence',
    symbol: 'JS',
    aliases: ['JS distance'],
  },
  wasserstein: {
    korean: '바서슈타인 거리',
    english: 'Wasserstein distance',
    symbol: 'W',
    aliases: ['Earth Mover distance', 'EM distance', '어스 무버 거리'],
  },
  'transport-plan': {
    korean: '수송 계획',
    english: 'transport plan',
    symbol: 'γ',
    aliases: ['coupling', '결합분포'],
  },
  critic: {
    korean: '비평자',
    english: 'critic',
    symbol: 'f',
    aliases: [],
  },
  discriminator: {
    korean: '판별자',
    english: 'discriminator',
    symbol: 'D',
    aliases: [],
  },
  generator: {
    korean: '생성자',
    english: 'generator',
    symbol: 'G',
    aliases: [],
  },
  'mode-collapse': {
    korean: '모드 붕괴',
    english: 'mode collapse',
    symbol: '',
    aliases: [],
  },
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryId = keyof typeof GLOSSARY;

/** Reports whether `id` names an entry of `GLOSSARY`. */
export function isGlossaryId(id: string): id is GlossaryId {
  return Object.hasOwn(GLOSSARY, id);
}

/** The id of a term's entry on the glossary page. */
export function glossaryAnchor(id: GlossaryId): string {
  return `term-${id}`;
}
