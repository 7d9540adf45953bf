import { describe, expect, it } from 'vitest';
import { fnv1a32 } from '../../../src/core/hash/fnv1a';

describe('fnv1a32', () => {
  // The published FNV-1a 32-bit test vectors (ASCII strings hash the same over UTF-16 code units).
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hashes %j to the published value', (input, expected) => {
    expect(fnv1a32(input)).toBe(expected);
  });

  it('hashes each UTF-16 code unit of a non-ASCII id, and stays an unsigned 32-bit integer', () => {
    const arabic = fnv1a32('قسد');
    expect(arabic).toBe(fnv1a32('\u0642\u0633\u062f'));
    expect(arabic).not.toBe(fnv1a32('قس'));
    expect(Number.isInteger(arabic) && arabic >= 0 && arabic < 2 ** 32).toBe(true);
  });
});
