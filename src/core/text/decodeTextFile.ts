import { binaryReasonForBytes } from '../intake/binarySniff';
import { firstInvalidUtf8Byte, hexByte } from '../intake/utf8';

// Moved to src/core/intake (which decodes every encoding Spanlight reads); re-exported for existing callers.
export { firstInvalidUtf8Byte } from '../intake/utf8';

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Decodes a plain-text file's bytes into its characters, unchanged. Only UTF-8 (with or without BOM) is accepted;
 * anything else is refused with a reason a researcher can act on, and nothing is guessed. For UTF-16, legacy
 * Arabic encodings and a guess with a preview, use decodeText in src/core/intake/decodeText.ts.
 */
export function decodeTextFile(bytes: Uint8Array): DecodeResult {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return { ok: false, reason: 'it is encoded as UTF-16; only UTF-8 text files can be opened for now' };
  }
  const binaryReason = binaryReasonForBytes(bytes);
  if (binaryReason) return { ok: false, reason: binaryReason };
  const invalidAt = firstInvalidUtf8Byte(bytes);
  if (invalidAt >= 0) {
    return {
      ok: false,
      reason: `it is not valid UTF-8 (invalid byte ${hexByte(bytes[invalidAt] ?? 0)} at byte ${invalidAt}); it may use a legacy encoding such as Windows-1256`,
    };
  }
  // The characters exactly as in the file, BOM and CRLF included: createDocument's normalizeText is the one
  // place that changes them, so a file starting with two BOMs loses exactly one.
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  return { ok: true, text };
}
