/** Below this length the built-in sort is as fast and needs no buffers. */
const RADIX_MIN_LENGTH = 1024;

/**
 * Returns a sorted copy of `values` (no NaN) in ascending order, −0 before +0.
 *
 * An LSD radix sort on the IEEE-754 bits. Each double maps to an unsigned
 * 64-bit key in the same order: flip the sign bit of a positive number and
 * all bits of a negative one. Four counting passes then sort on 16-bit digits.
 * That is O(n) and, for 10⁶ values, about three times faster than
 * `Float64Array.prototype.sort` in Node 24 (an estimate on one machine).
 */
export default function sortFloat64(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  if (n < RADIX_MIN_LENGTH) return Float64Array.from(values).sort();

  // Little-endian words: from[2i] contains the low 32 bits and from[2i + 1] the high ones.
  let from = new Uint32Array(Float64Array.from(values).buffer);
  for (let i = 0; i < n; i++) {
    const high = from[2 * i + 1];
    if (high & 0x80000000) {
      from[2 * i + 1] = ~high >>> 0;
      from[2 * i] = ~from[2 * i] >>> 0;
    } else {
      from[2 * i + 1] = (high | 0x80000000) >>> 0;
    }
  }

  let to = new Uint32Array(2 * n);
  const count = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(from[2 * i + word] >>> shift) & 0xffff]++;

    let offset = 0;
    for (let digit = 0; digit < 65536; digit++) {
      const size = count[digit];
      count[digit] = offset;
      offset += size;
    }

    for (let i = 0; i < n; i++) {
      const slot = count[(from[2 * i + word] >>> shift) & 0xffff]++;
      to[2 * slot] = from[2 * i];
      to[2 * slot + 1] = from[2 * i + 1];
    }
    [from, to] = [to, from];
  }

  for (let i = 0; i < n; i++) {
    const high = from[2 * i + 1];
    if (high & 0x80000000) {
      from[2 * i + 1] = (high & 0x7fffffff) >>> 0;
    } else {
      from[2 * i + 1] = ~high >>> 0;
      from[2 * i] = ~from[2 * i] >>> 0;
    }
  }
  return new Float64Array(from.buffer);
}
