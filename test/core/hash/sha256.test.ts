/**
 * The dependency-free SHA-256 must equal Node's OpenSSL-backed one on any input: it identifies the same
 * article text across imports and exports, and is what a researcher recomputes in Python (hashlib).
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexOfBytes } from '../../../src/core/hash/sha256';
import { anyText } from '../arbitraries';

const nodeSha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('sha256', () => {
  it.each([
    // FIPS 180-4 / NIST test vectors.
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('matches the published vector for %j', (input, digest) => {
    expect(sha256Hex(input)).toBe(digest);
  });

  it('matches the published vector for one million "a"', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('hashes the UTF-8 bytes of a string like node:crypto', () => {
    // Lone surrogates become U+FFFD (EF BF BD) in both TextEncoder and Node's UTF-8 encoding.
    fc.assert(
      fc.property(anyText(), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256(text));
      }),
      { numRuns: 500 },
    );
  });

  it('gives each text its own digest when one follows a longer one (the encoding buffer is reused)', () => {
    fc.assert(
      fc.property(
        fc.array(anyText(), { minLength: 2, maxLength: 6 }),
        fc.nat({ max: 70_000 }),
        (texts, long) => {
          // A long text first grows the buffer and fills it; the next ones are shorter.
          const sequence = ['ب'.repeat(long), ...texts];
          for (const text of sequence) expect(sha256Hex(text)).toBe(nodeSha256(text));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('hashes arbitrary bytes like node:crypto, including lengths around the 64-byte block edges', () => {
    const lengths = fc.oneof(
      fc.nat({ max: 300 }),
      fc.constantFrom(55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129),
    );
    fc.assert(
      fc.property(
        lengths.chain((length) => fc.uint8Array({ minLength: length, maxLength: length })),
        (bytes) => {
          expect(sha256HexOfBytes(bytes)).toBe(nodeSha256(bytes));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('returns 64 lowercase hex digits', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        expect(sha256Hex(text)).toMatch(/^[0-9a-f]{64}$/);
      }),
      { numRuns: 100 },
    );
  });

  it('depends on the exact code points: NFC and NFD hash differently', () => {
    expect(sha256Hex('\u00E9')).not.toBe(sha256Hex('e\u0301'));
  });

  it('hashes an Arabic article of several blocks like node:crypto', () => {
    const article =
      'قالت القيادة المركزية الأمريكية (CENTCOM) إن الغارة استهدفت موقعا في ريف الحسكة.\n'.repeat(50);
    expect(sha256Hex(article)).toBe(nodeSha256(article));
  });
});
