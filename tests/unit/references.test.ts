import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryAnchor, isGlossaryId } from '../../src/lib/glossary.ts';
import { REFERENCES, arxivUrl, formatAuthors, formatReference, isReferenceKey } from '../../src/lib/references.ts';

const HANGUL = /[\uac00-\ud7a3]/;

describe('references', () => {
  it('formats a reference on one line', () => {
    expect(formatReference(REFERENCES.arjovsky2017)).toBe(
      'Martin Arjovsky, Soumith Chintala, Léon Bottou (2017). Wasserstein GAN. arXiv:1701.07875',
    );
  });

  it('joins authors with commas', () => {
    expect(formatAuthors([{ given: 'Ada', family: 'Lovelace' }])).toBe('Ada Lovelace');
    expect(formatAuthors([])).toBe('');
  });

  it('keeps the three papers of the review', () => {
    const ids = Object.values(REFERENCES).map((reference) => reference.arxiv);
    expect(ids).toEqual(expect.arrayContaining(['1406.2661', '1701.07875', '1704.00028']));
  });

  it('has well-formed keys and arXiv ids', () => {
    for (const [key, reference] of Object.entries(REFERENCES)) {
      expect(key, key).toMatch(/^[a-z]+\d{4}[a-z]?$/);
      expect(reference.arxiv, key).toMatch(/^\d{4}\.\d{4,5}$/);
      expect(arxivUrl(reference.arxiv)).toBe(`https://arxiv.org/abs/${reference.arxiv}`);
      expect(reference.authors.length, key).toBeGreaterThan(0);
    }
  });

  it('rejects unknown keys and inherited names', () => {
    expect(isReferenceKey('arjovsky2017')).toBe(true);
    expect(isReferenceKey('arjovsky2018')).toBe(false);
    expect(isReferenceKey('toString')).toBe(false);
  });
});

describe('glossary', () => {
  it('maps the distances of the paper to their symbols', () => {
    expect(GLOSSARY['total-variation']).toMatchObject({ korean: '전변동 거리', english: 'total variation distance', symbol: 'δ' });
    expect(GLOSSARY.wasserstein).toMatchObject({ korean: '바서슈타인 거리', english: 'Wasserstein distance', symbol: 'W' });
    expect(GLOSSARY.wasserstein.aliases).toEqual(expect.arrayContaining(['Earth Mover distance', 'EM distance']));
  });

  it('names every term in both languages', () => {
    for (const [id, entry] of Object.entries(GLOSSARY)) {
      expect(entry.korean, id).toMatch(HANGUL);
      expect(entry.english, id).not.toMatch(HANGUL);
      expect(glossaryAnchor(id as keyof typeof GLOSSARY)).toBe(`term-${id}`);
    }
  });

  it('rejects unknown ids and inherited names', () => {
    expect(isGlossaryId('wasserstein')).toBe(true);
    expect(isGlossaryId('earth-mover')).toBe(false);
    expect(isGlossaryId('constructor')).toBe(false);
  });
});
