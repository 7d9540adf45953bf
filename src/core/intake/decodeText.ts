/**
 * Decoding a text file's bytes into its characters, unchanged: nothing is normalized, trimmed or replaced, and
 * a BOM comes out as U+FEFF (createDocument drops exactly one). Besides UTF-8, the encodings Arabic news
 * archives are still found in: UTF-16 (with a BOM), windows-1256 and ISO-8859-6. All positions in reasons are
 * byte offsets in the file.
 *
 * Without a choice from the user: a BOM decides (certainty "bom"); else valid UTF-8 is UTF-8 ("valid-utf8");
 * else the bytes are read as windows-1256 or ISO-8859-6, whichever looks more like Arabic ("guessed"), and the
 * UI is expected to show a preview with the other choices. With a choice ("chosen"), that encoding is used,
 * strictly: a byte the encoding cannot map refuses the file rather than becoming U+FFFD in the stored text.
 */
import { guessArabicEncoding } from './arabicEncodingGuess';
import { binaryReasonForBytes, binaryReasonForUtf16 } from './binarySniff';
import { firstInvalidUtf8Byte, hexByte, utf8Census } from './utf8';

export type TextEncodingChoice = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6';

export type DecodeCertainty = 'bom' | 'valid-utf8' | 'guessed' | 'chosen';

export type DecodeTextResult =
  | { ok: true; text: string; encoding: TextEncodingChoice; certainty: DecodeCertainty }
  | { ok: false; reason: string };

/** The encodings a user can pick from, in the order a chooser should list them, with their display names. */
export const TEXT_ENCODING_CHOICES: readonly { encoding: TextEncodingChoice; label: string }[] = [
  { encoding: 'utf-8', label: 'UTF-8' },
  { encoding: 'windows-1256', label: 'Windows-1256 (Arabic)' },
  { encoding: 'iso-8859-6', label: 'ISO-8859-6 (Arabic)' },
  { encoding: 'utf-16le', label: 'UTF-16 LE' },
  { encoding: 'utf-16be', label: 'UTF-16 BE' },
];

const NAME: Record<TextEncodingChoice, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1256': 'Windows-1256',
  'iso-8859-6': 'ISO-8859-6',
};

export function decodeText(bytes: Uint8Array, encoding?: TextEncodingChoice): DecodeTextResult {
  if (encoding !== undefined) return decodeAs(bytes, encoding, 'chosen');
  const signature = byteOrderMark(bytes);
  if (signature === 'utf-32') {
    return fail('it is encoded as UTF-32, which Spanlight cannot read; save it as UTF-8 and open it again');
  }
  if (signature !== null) return decodeAs(bytes, signature, 'bom');
  const binary = binaryReasonForBytes(bytes);
  if (binary !== null) return fail(utf16WithoutBomHint(bytes) ?? binary);
  // Both checks of decodeAs have just run: skip them (they are most of the time spent on a large file).
  if (firstInvalidUtf8Byte(bytes) === -1) return decodeAs(bytes, 'utf-8', 'valid-utf8', true);
  const damaged = damagedUtf8Problem(bytes);
  if (damaged !== null) return fail(damaged);
  return decodeAs(bytes, guessArabicEncoding(bytes), 'guessed');
}

/**
 * Valid multi-byte UTF-8 sequences per invalid place above which the bytes are UTF-8 with damage, not a legacy
 * encoding: windows-1256 Arabic makes about one valid pair ("ة،") per dozens of invalid ones.
 */
const DAMAGED_UTF8_RATIO = 4;

/**
 * Mostly-valid UTF-8 (a file cut mid-character, a few Latin-1 bytes pasted in) read as windows-1256 would be
 * mojibake ("ط§ظ„" for "ال"); refusing with the first bad byte lets the user repair the file instead. Positions
 * here are where the broken sequence starts (the "é" of a pasted Latin-1 "é", not the byte after it).
 */
function damagedUtf8Problem(bytes: Uint8Array): string | null {
  const { multibyte, invalid, firstBrokenSequence: at } = utf8Census(bytes);
  // Cut short: the only broken sequence is the last one, a lead byte with at most its first continuations.
  const tail = bytes.subarray(at);
  const cutShort =
    invalid === 1 &&
    tail.length <= 3 &&
    (tail[0] ?? 0) >= 0xc2 &&
    tail.subarray(1).every((byte) => byte >= 0x80 && byte <= 0xbf);
  const first = `byte ${hexByte(bytes[at] ?? 0)} at byte ${at}`;
  if (cutShort && multibyte > 0) return `it is UTF-8 cut short in the middle of a character (${first})`;
  if (multibyte < DAMAGED_UTF8_RATIO * invalid) return null;
  const count = invalid === 1 ? 'one place' : `${invalid} places`;
  return `it is UTF-8 broken in ${count} (the first: ${first}); it may be damaged or mix two encodings`;
}

function fail(reason: string): DecodeTextResult {
  return { ok: false, reason };
}

/** UTF-32 is checked first: its little-endian BOM (FF FE 00 00) starts with the UTF-16 LE one. */
function byteOrderMark(bytes: Uint8Array): TextEncodingChoice | 'utf-32' | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return 'utf-32';
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return 'utf-32';
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  return null;
}

function decodeAs(
  bytes: Uint8Array,
  encoding: TextEncodingChoice,
  certainty: DecodeCertainty,
  checked = false,
): DecodeTextResult {
  const decoder = strictDecoder(encoding);
  if (decoder === null) return fail(`this system cannot decode ${NAME[encoding]}`);
  let problem: string | null;
  if (checked) problem = null;
  else if (encoding === 'utf-8') problem = utf8Problem(bytes);
  else if (encoding === 'utf-16le' || encoding === 'utf-16be') problem = utf16Problem(bytes, encoding);
  else problem = binaryReasonForBytes(bytes) ?? unmappedByteProblem(bytes, encoding);
  if (problem !== null) return fail(problem);
  const text = decoder.decode(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const binary = binaryReasonForUtf16(text);
    if (binary !== null) return fail(binary);
  }
  return { ok: true, text, encoding, certainty };
}

/** fatal: a byte that slipped past the checks throws instead of turning into U+FFFD; ignoreBOM: keep U+FEFF. */
function strictDecoder(encoding: TextEncodingChoice): TextDecoder | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    // A runtime without the legacy tables (Node built with small-icu) refuses the label.
    return null;
  }
}

function utf8Problem(bytes: Uint8Array): string | null {
  const binary = binaryReasonForBytes(bytes);
  if (binary !== null) return binary;
  const at = firstInvalidUtf8Byte(bytes);
  if (at === -1) return null;
  return `it is not valid UTF-8 (invalid byte ${hexByte(bytes[at] ?? 0)} at byte ${at})`;
}

function utf16Problem(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string | null {
  if (bytes.length % 2 === 1) {
    return `it has an odd number of bytes (${bytes.length}), so it is not complete ${NAME[encoding]} text; it may have been cut short`;
  }
  const at = firstUnpairedSurrogateByte(bytes, encoding === 'utf-16le');
  if (at === -1) return null;
  return `it is not valid ${NAME[encoding]} (an unpaired surrogate at byte ${at})`;
}

/** Byte offset of the first UTF-16 code unit that is half of a surrogate pair without its other half, or -1. */
function firstUnpairedSurrogateByte(bytes: Uint8Array, littleEndian: boolean): number {
  const unitAt = (i: number): number => {
    const a = bytes[i] as number;
    const b = bytes[i + 1] as number;
    return littleEndian ? a | (b << 8) : (a << 8) | b;
  };
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const unit = unitAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) return i;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      if (i + 3 >= bytes.length) return i;
      const next = unitAt(i + 2);
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return -1;
}

const unmappedTables = new Map<string, boolean[]>();

/** Which of the 256 byte values an encoding leaves unmapped, asked of the runtime's own decoder once. */
function unmappedBytes(encoding: 'windows-1256' | 'iso-8859-6'): boolean[] {
  let table = unmappedTables.get(encoding);
  if (table === undefined) {
    const decoder = new TextDecoder(encoding);
    table = Array.from({ length: 256 }, (_, byte) => decoder.decode(Uint8Array.of(byte)) === '\uFFFD');
    unmappedTables.set(encoding, table);
  }
  return table;
}

function unmappedByteProblem(bytes: Uint8Array, encoding: 'windows-1256' | 'iso-8859-6'): string | null {
  const unmapped = unmappedBytes(encoding);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (unmapped[byte])
      return `it is not ${NAME[encoding]} text (byte ${hexByte(byte)} at byte ${i} is not a character in ${NAME[encoding]})`;
  }
  return null;
}

/** Share of byte pairs with one NUL (or 0x06, Arabic) half above which BOM-less bytes may be UTF-16. */
const UTF16_HALF_SHARE = 0.3;
/** Below this many characters the pattern says nothing: "ab\0c" is not UTF-16. */
const UTF16_MIN_UNITS = 8;

/**
 * A UTF-16 file without a BOM fails the binary check (its Latin letters have NUL halves); say so, so the user
 * can choose UTF-16 instead of being told the file is binary. The hint is given only when one byte order shows
 * the pattern and the bytes decode in that order as clean text.
 */
function utf16WithoutBomHint(bytes: Uint8Array): string | null {
  const pairs = bytes.length / 2;
  if (pairs < UTF16_MIN_UNITS || bytes.length % 2 === 1) return null;
  let secondHalfEmpty = 0;
  let firstHalfEmpty = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    const first = bytes[i] as number;
    const second = bytes[i + 1] as number;
    if ((second === 0x00 || second === 0x06) && first !== 0x00) secondHalfEmpty++;
    if ((first === 0x00 || first === 0x06) && second !== 0x00) firstHalfEmpty++;
  }
  const order =
    secondHalfEmpty / pairs > UTF16_HALF_SHARE && secondHalfEmpty > 4 * firstHalfEmpty
      ? 'utf-16le'
      : firstHalfEmpty / pairs > UTF16_HALF_SHARE && firstHalfEmpty > 4 * secondHalfEmpty
        ? 'utf-16be'
        : null;
  if (order === null || !decodeAs(bytes, order, 'chosen').ok) return null;
  return `it looks like ${NAME[order]} text without a byte order mark; open it again choosing ${NAME[order]}`;
}
