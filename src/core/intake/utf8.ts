/**
 * UTF-8 well-formedness by hand (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF), rather than catching a
 * fatal TextDecoder, so a refusal can say which byte is wrong. Positions are byte offsets.
 */

/**
 * Length (1–4) of the well-formed sequence starting at byte i, or −1 − k when byte i + k is the first one that
 * breaks it (a sequence cut short by the end of the bytes breaks at its lead: k = 0).
 */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  if (b < 0x80) return 1;
  let need: number;
  let min: number;
  let max = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) {
    need = 1;
    min = 0x80;
  } else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    min = b === 0xe0 ? 0xa0 : 0x80;
    if (b === 0xed) max = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    min = b === 0xf0 ? 0x90 : 0x80;
    if (b === 0xf4) max = 0x8f;
  } else {
    return -1;
  }
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined) return -1;
    const lo = k === 1 ? min : 0x80;
    const hi = k === 1 ? max : 0xbf;
    if (c < lo || c > hi) return -1 - k;
  }
  return need + 1;
}

/** Byte index of the first byte that breaks UTF-8, or -1 when all of it is well-formed. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceAt(bytes, i);
    if (length < 0) return i + (-1 - length);
    i += length;
  }
  return -1;
}

/** How much of a file is well-formed UTF-8 beyond ASCII, and where and how often it breaks. */
export interface Utf8Census {
  /** Well-formed sequences of 2 to 4 bytes. */
  multibyte: number;
  /** Places where decoding fails: a bad byte with the continuation bytes right after it. */
  invalid: number;
  /** Byte offset where the first broken sequence starts (its lead, unlike firstInvalidUtf8Byte), or -1. */
  firstBrokenSequence: number;
}

/**
 * Text in a legacy single-byte encoding forms almost no valid sequence by accident (Arabic letters are lead
 * bytes followed by other lead bytes); UTF-8 that is damaged, cut short or has a few pasted Latin-1 bytes is
 * mostly valid sequences with a handful of failures. This counts both.
 */
export function utf8Census(bytes: Uint8Array): Utf8Census {
  let multibyte = 0;
  let invalid = 0;
  let firstBrokenSequence = -1;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceAt(bytes, i);
    if (length < 0) {
      invalid++;
      if (firstBrokenSequence === -1) firstBrokenSequence = i;
      i++;
      while (i < bytes.length && (bytes[i] as number) >= 0x80 && (bytes[i] as number) <= 0xbf) i++;
    } else {
      if (length > 1) multibyte++;
      i += length;
    }
  }
  return { multibyte, invalid, firstBrokenSequence };
}

/** "0x0a" for 10: how reasons name a byte. */
export function hexByte(value: number): string {
  return `0x${value.toString(16).padStart(2, '0')}`;
}
