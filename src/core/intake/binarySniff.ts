/**
 * Telling a binary file from text. Text files carry no NUL and almost no C0 control characters besides tab,
 * LF, FF and CR; binary formats (images, archives, executables) are full of them. The check runs on bytes for
 * UTF-8 and single-byte encodings (where every C0 control is one byte) and on UTF-16 code units for UTF-16,
 * where NUL bytes are ordinary halves of Latin characters. Positions in reasons are byte offsets in the file.
 */

/** Share of C0 control characters (other than tab, LF, FF, CR) above which content is treated as binary. */
export const CONTROL_SHARE_LIMIT = 0.02;

function isStrayControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
}

function tooManyControls(controls: number, length: number): string | null {
  return length > 0 && controls / length > CONTROL_SHARE_LIMIT
    ? 'it looks like a binary file (too many control characters), not text'
    : null;
}

// Two copies of one loop, over bytes and over UTF-16 code units: a shared loop with an accessor callback made
// decoding a 40 MB file a second slower.

/** Why these bytes (UTF-8 or a single-byte encoding) look binary, or null when they may be text. */
export function binaryReasonForBytes(bytes: Uint8Array): string | null {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const code = bytes[i] as number;
    if (code >= 0x20) continue;
    if (code === 0) return `it looks like a binary file (it contains a NUL byte at byte ${i}), not text`;
    if (isStrayControl(code)) controls++;
  }
  return tooManyControls(controls, bytes.length);
}

/**
 * Why text decoded from UTF-16 looks binary, or null. `text` is the decoded text (BOM included as U+FEFF),
 * so its code unit i came from bytes 2i and 2i + 1.
 */
export function binaryReasonForUtf16(text: string): string | null {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20) continue;
    if (code === 0)
      return `it looks like a binary file (it contains a NUL character at byte ${2 * i}), not text`;
    if (isStrayControl(code)) controls++;
  }
  return tooManyControls(controls, text.length);
}
