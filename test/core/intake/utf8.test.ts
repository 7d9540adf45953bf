/**
 * UTF-8 in decodeText: what TextEncoder wrote comes back character for character (BOM as U+FEFF), binary is
 * refused, and a file read strictly as UTF-8 that is not UTF-8 is refused naming the offending byte.
 * firstInvalidUtf8Byte is checked against the WHATWG decoder built into Node, which is the reference for
 * "valid UTF-8" here. All positions in this file are byte offsets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document';
import { decodeText } from '../../../src/core/intake/decodeText';
import { firstInvalidUtf8Byte } from '../../../src/core/intake/utf8';
import { anyText } from '../arbitraries';

const RUNS = { numRuns: 400 };
const BOM = [0xef, 0xbb, 0xbf];
const encode = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => Uint8Array.from(values);

function isValidUtf8(input: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(input);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reference position of the first offending byte, from the streaming WHATWG decoder: the first byte whose
 * arrival makes a fatal streaming decode throw; if none does, the input is only bad at its end (a truncated
 * sequence), and the position is the lead byte of that truncated sequence.
 */
function referenceInvalidPosition(input: Uint8Array): number {
  // ignoreBOM: a leading EF BB BF must come out as U+FEFF, or a completed BOM would look like a pending lead.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let pendingLead = -1;
  for (let i = 0; i < input.length; i++) {
    try {
      const out = decoder.decode(input.subarray(i, i + 1), { stream: true });
      // A byte that completes a character (or is ASCII) leaves nothing pending; otherwise remember the lead.
      if (out.length > 0) pendingLead = -1;
      else if (pendingLead === -1) pendingLead = i;
    } catch {
      return i;
    }
  }
  try {
    decoder.decode();
  } catch {
    return pendingLead;
  }
  return -1;
}

/** The text decodeText read as UTF-8, or the reason it refused. */
function asUtf8(
  input: Uint8Array,
  strict = false,
): { ok: true; text: string } | { ok: false; reason: string } {
  const result = decodeText(input, strict ? 'utf-8' : undefined);
  if (!result.ok) return result;
  expect(result.encoding).toBe('utf-8');
  return { ok: true, text: result.text };
}

/** Text that the binary sniffing must not refuse: no NUL and no other C0 controls except tab/LF/FF/CR. */
const ALLOWED_CONTROLS = new Set(['\t', '\n', '\f', '\r']);
const textLike = anyText({ wellFormed: true }).map((text) =>
  Array.from(text)
    .filter((char) => char >= ' ' || ALLOWED_CONTROLS.has(char))
    .join(''),
);

describe('decodeText: UTF-8 round trip', () => {
  it("decodes what TextEncoder encoded, character for character (normalizing is createDocument's job)", () => {
    fc.assert(
      fc.property(textLike, (text) => {
        expect(asUtf8(encode(text))).toEqual({ ok: true, text });
      }),
      RUNS,
    );
  });

  it('keeps the UTF-8 signature as U+FEFF, so the stored text loses exactly that one BOM', () => {
    fc.assert(
      fc.property(textLike, (text) => {
        const withSignature = new Uint8Array([...BOM, ...encode(text)]);
        const decoded = asUtf8(withSignature);
        expect(decoded).toEqual({ ok: true, text: `\uFEFF${text}` });
        // Only the signature goes; a U+FEFF that starts the text itself is content and stays.
        const stored = createDocument({ title: 't', text: decoded.ok ? decoded.text : '' }, 'id', 0).text;
        expect(stored).toBe(text.replace(/\r\n?/g, '\n'));
      }),
      RUNS,
    );
  });

  it.each([
    ['empty file', [], ''],
    ['BOM only', BOM, '\uFEFF'],
    ['BOM + Arabic + CRLF', [...BOM, ...encode('قتل ٣\r\nفي الحسكة')], '\uFEFFقتل ٣\r\nفي الحسكة'],
    ['two BOMs', [...BOM, ...BOM, 0x61], '\uFEFF\uFEFFa'],
    ['NFD stays NFD', [...encode('e\u0301')], 'e\u0301'],
    ['4-byte emoji', [0xf0, 0x9f, 0x98, 0x80], '😀'],
    ['form feed and tab are text', [0x61, 0x0c, 0x09, 0x62], 'a\f\tb'],
    // One ESC in 100 bytes is 1 % control bytes, under the 2 % binary threshold: kept as text, unchanged.
    ['a stray ESC in a long file', [...encode('a'.repeat(99)), 0x1b], `${'a'.repeat(99)}\u001b`],
  ])('%s', (_name, input, expected) => {
    expect(asUtf8(Uint8Array.from(input))).toEqual({ ok: true, text: expected });
  });
});

describe('decodeText: UTF-8 refusals', () => {
  it('refuses a NUL byte as binary, giving its byte position', () => {
    const result = asUtf8(bytes(0x61, 0x62, 0x00, 0x63));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/binary.*NUL byte at byte 2/) });
  });

  it('refuses any file containing NUL as binary', () => {
    fc.assert(
      fc.property(textLike, fc.nat(), (text, at) => {
        const body = encode(text);
        const position = body.length === 0 ? 0 : at % (body.length + 1);
        const withNul = new Uint8Array([...body.subarray(0, position), 0, ...body.subarray(position)]);
        const result = asUtf8(withNul);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).toMatch(/binary/);
      }),
      RUNS,
    );
  });

  it('refuses a file that is mostly control bytes', () => {
    const result = asUtf8(bytes(0x01, 0x02, 0x03, 0x61, 0x62));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/control characters/);
  });

  it.each([
    // Windows-1256 "قتل" (0xDE 0xCA 0xE1): 0xDE is a 2-byte lead, 0xCA is not a continuation byte.
    ['Windows-1256 Arabic', bytes(0xde, 0xca, 0xe1), 1, 0xca],
    ['lone continuation byte', bytes(0x61, 0x80), 1, 0x80],
    ['overlong "/" (C0 AF)', bytes(0xc0, 0xaf), 0, 0xc0],
    ['overlong 3-byte (E0 80 80)', bytes(0xe0, 0x80, 0x80), 1, 0x80],
    ['UTF-16 surrogate encoded in UTF-8 (ED A0 80)', bytes(0xed, 0xa0, 0x80), 1, 0xa0],
    ['above U+10FFFF (F4 90 80 80)', bytes(0xf4, 0x90, 0x80, 0x80), 1, 0x90],
    ['F5 lead', bytes(0xf5, 0x80, 0x80, 0x80), 0, 0xf5],
    ['truncated 3-byte sequence at the end', bytes(0x61, 0xe2, 0x82), 1, 0xe2],
    ['BOM then a truncated 2-byte sequence', bytes(0xef, 0xbb, 0xbf, 0xd8), 3, 0xd8],
    ['Latin-1 é', bytes(0x63, 0x61, 0x66, 0xe9), 3, 0xe9],
  ])('refuses %s read as UTF-8, naming UTF-8 and the offending byte', (_name, input, position, byte) => {
    const result = asUtf8(input, true);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain('UTF-8');
    expect(result.reason).toContain(`at byte ${position}`);
    expect(result.reason).toContain(`0x${byte.toString(16).padStart(2, '0')}`);
    // The hand-written positions above must agree with the reference decoder too.
    expect(referenceInvalidPosition(input)).toBe(position);
  });
});

describe('firstInvalidUtf8Byte vs the WHATWG decoder', () => {
  // Bytes biased towards the interesting ranges: ASCII, continuation bytes, every kind of lead byte.
  const byte = fc.oneof(
    fc.integer({ min: 0, max: 0xff }),
    fc.integer({ min: 0x80, max: 0xbf }),
    fc.constantFrom(0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0, 0x8f, 0x90),
  );
  const byteArrays = fc.oneof(
    fc.uint8Array({ maxLength: 24 }),
    fc.array(byte, { maxLength: 24 }).map((values) => Uint8Array.from(values)),
    // Valid UTF-8 with one byte changed or cut: mostly valid, broken in one place.
    fc.tuple(anyText({ wellFormed: true }), fc.nat(), byte, fc.boolean()).map(([text, at, value, cut]) => {
      const encoded = encode(text);
      if (encoded.length === 0) return Uint8Array.from([value]);
      const index = at % encoded.length;
      if (cut) return encoded.subarray(0, index);
      encoded[index] = value;
      return encoded;
    }),
  );

  it('returns -1 exactly when TextDecoder (fatal) accepts the bytes', () => {
    fc.assert(
      fc.property(byteArrays, (input) => {
        expect(firstInvalidUtf8Byte(input) === -1).toBe(isValidUtf8(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('points at the same byte as a streaming TextDecoder', () => {
    fc.assert(
      fc.property(byteArrays, (input) => {
        expect(firstInvalidUtf8Byte(input)).toBe(referenceInvalidPosition(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every encoded string', () => {
    fc.assert(
      fc.property(anyText({ wellFormed: true }), (text) => {
        expect(firstInvalidUtf8Byte(encode(text))).toBe(-1);
      }),
      RUNS,
    );
  });

  it('agrees with TextDecoder on every 1- and 2-byte input', () => {
    // Exhaustive over 65,792 inputs: every lead/continuation combination of length ≤ 2.
    for (let a = 0; a < 256; a++) {
      expect(firstInvalidUtf8Byte(bytes(a)) === -1, `byte ${a}`).toBe(isValidUtf8(bytes(a)));
      for (let b = 0; b < 256; b++) {
        const input = bytes(a, b);
        const position = firstInvalidUtf8Byte(input);
        if (position !== referenceInvalidPosition(input)) {
          expect.fail(`bytes ${a.toString(16)} ${b.toString(16)}: got ${position}`);
        }
      }
    }
  });
});
