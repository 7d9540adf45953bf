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

function binaryReason(
  length: number,
  codeAt: (index: number) => number,
  nulName: string,
  byteOf: (index: number) => number,
): string | null {
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = codeAt(i);
    if (code === 0)
      return `it looks like a binary file (it contains a ${nulName} at byte ${byteOf(i)}), not text`;
    if (isStrayControl(code)) controls++;
  }
  if (length > 0 && controls / length > CONTROL_SHARE_LIMIT) {
    return 'it looks like a binary file (too many control characters), not text';
  }
  return null;
}

/** Why these bytes (UTF-8 or a single-byte encoding) look binary, or null when they may be text. */
export function binaryReasonForBytes(bytes: Uint8Array): string | null {
  return binaryReason(
    bytes.length,
    (i) => bytes[i] as number,
    'NUL byte',
    (i) => i,
  );
}

/**
 * Why text decoded from UTF-16 looks binary, or null. `text` is the decoded text (BOM included as U+FEFF),
 * so its code unit i came from bytes 2i and 2i + 1.
 */
export function binaryReasonForUtf16(text: string): string | null {
  return binaryReason(
    text.length,
    (i) => text.charCodeAt(i),
    'NUL character',
    (i) => 2 * i,
  );
}
