import fc from 'fast-check';
import { expect, test } from 'vitest';
import sortFloat64 from '../../src/metrics/sortFloat64.ts';

test('sortFloat64 matches built-in sort', () => {
  const special = fc.constantFrom(0, -0, Infinity, -Infinity, Number.MIN_VALUE, -Number.MAX_VALUE);
  const value = fc.oneof(fc.double({ noNaN: true }), special);
  fc.assert(
    fc.property(fc.array(value, { minLength: 1000, maxLength: 1100 }), (values) => {
      const expected = Float64Array.from(values).sort();
      const actual = sortFloat64(values);
      expect(actual.length).toBe(expected.length);
      for (let i = 0; i < expected.length; i++) expect(Object.is(actual[i], expected[i])).toBe(true);
    }),
    { numRuns: 1000 },
  );
});
