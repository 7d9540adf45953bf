export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Share of C0 control bytes (other than tab, LF, FF, CR) above which a file is treated as binary. */
const CONTROL_BYTE_LIMIT = 0.02;

/**
 * Decodes a plain-text file's bytes into its characters, unchanged. Only UTF-8 (with or without BOM) is accepted for now; anything else
 * is refused with a reason a researcher can act on, and nothing is guessed.
 */
export function decodeTextFile(bytes: Uint8Array): DecodeResult {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return { ok: false, reason: 'it is encoded as UTF-16; only UTF-8 text files can be opened for now' };
  }
  const binaryReason = binarySignature(bytes);
  if (binaryReason) return { ok: false, reason: binaryReason };
  const invalidAt = firstInvalidUtf8Byte(bytes);
  if (invalidAt >= 0) {
    return {
      ok: false,
      reason: `it is not valid UTF-8 (invalid byte 0x${(bytes[invalidAt] ?? 0).toString(16).padStart(2, '0')} at byte ${invalidAt}); it may use a legacy encoding such as Windows-1256`,
    };
  }
  // The characters exactly as in the file, BOM and CRLF included: createDocument's normalizeText is the one
  // place that changes them, so a file starting with two BOMs loses exactly one.
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  return { ok: true, text };
}

function binarySignature(bytes: Uint8Array): string | null {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0) return `it looks like a binary file (it contains a NUL byte at byte ${i}), not text`;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) controls++;
  }
  if (bytes.length > 0 && controls / bytes.length > CONTROL_BYTE_LIMIT) {
    return 'it looks like a binary file (too many control characters), not text';
  }
  return null;
}

/** Byte index of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF), or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
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
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c < lo || c > hi) return i + k;
    }
    i += need + 1;
  }
  return -1;
}
