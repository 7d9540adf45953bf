import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/core/hash/sha256';
import { sha256TextHex } from '../../../src/renderer/intake/sha256Text';

describe('sha256TextHex (WebCrypto)', () => {
  it('gives the known digests', async () => {
    expect(await sha256TextHex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256TextHex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('agrees with the core hash on any text: Arabic with marks, emoji, lone surrogates', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.constant('قَالَ مَصْدَرٌ إِنَّ ٣٤ 👨‍👩‍👧 \ud800 x'),
        ),
        async (text) => {
          expect(await sha256TextHex(text)).toBe(sha256Hex(text));
        },
      ),
      { numRuns: 200 },
    );
  });
});
