import { describe, expect, it } from 'vitest';
import { createSlugger, slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it.each([
    ['GAN', 'gan'],
    ['Loss', 'loss'],
    ['Different Distances', 'different-distances'],
    ['정리', '정리'],
    ['EM distance 비교', 'em-distance-비교'],
    // A decomposed Hangul syllable (NFD) gives the same slug as the composed one.
    ['\u1100\u1161', '가'],
  ])('turns %j into %j', (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });

  it('rejects text without letters', () => {
    expect(() => slugify('!!!')).toThrow(RangeError);
    expect(() => slugify('!!!')).toThrow(/"!!!"/);
  });
});

describe('createSlugger', () => {
  it('makes repeated headings unique', () => {
    const slugger = createSlugger();
    expect(slugger.slug('정리')).toBe('정리');
    expect(slugger.slug('정리')).toBe('정리-1');
  });
});
