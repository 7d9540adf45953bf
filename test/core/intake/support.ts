/**
 * Test-side encoders and writers, written independently of src/core/intake so the importers are checked
 * against something they did not produce. The two Arabic code page tables are typed from the code page charts
 * (Microsoft's cp1256, ISO/IEC 8859-6) and checked against the runtime's TextDecoder in decodeText.test.ts.
 */

/** Windows-1256, Arabic part: character → byte. ASCII maps to itself. */
export const WINDOWS_1256: ReadonlyMap<string, number> = new Map([
  ['،', 0xa1],
  ['؛', 0xba],
  ['؟', 0xbf],
  ['ء', 0xc1],
  ['آ', 0xc2],
  ['أ', 0xc3],
  ['ؤ', 0xc4],
  ['إ', 0xc5],
  ['ئ', 0xc6],
  ['ا', 0xc7],
  ['ب', 0xc8],
  ['ة', 0xc9],
  ['ت', 0xca],
  ['ث', 0xcb],
  ['ج', 0xcc],
  ['ح', 0xcd],
  ['خ', 0xce],
  ['د', 0xcf],
  ['ذ', 0xd0],
  ['ر', 0xd1],
  ['ز', 0xd2],
  ['س', 0xd3],
  ['ش', 0xd4],
  ['ص', 0xd5],
  ['ض', 0xd6],
  ['×', 0xd7],
  ['ط', 0xd8],
  ['ظ', 0xd9],
  ['ع', 0xda],
  ['غ', 0xdb],
  ['ـ', 0xdc],
  ['ف', 0xdd],
  ['ق', 0xde],
  ['ك', 0xdf],
  ['à', 0xe0],
  ['ل', 0xe1],
  ['â', 0xe2],
  ['م', 0xe3],
  ['ن', 0xe4],
  ['ه', 0xe5],
  ['و', 0xe6],
  ['ç', 0xe7],
  ['è', 0xe8],
  ['é', 0xe9],
  ['ê', 0xea],
  ['ë', 0xeb],
  ['ى', 0xec],
  ['ي', 0xed],
  ['î', 0xee],
  ['ï', 0xef],
  ['\u064B', 0xf0],
  ['\u064C', 0xf1],
  ['\u064D', 0xf2],
  ['\u064E', 0xf3],
  ['ô', 0xf4],
  ['\u064F', 0xf5],
  ['\u0650', 0xf6],
  ['÷', 0xf7],
  ['\u0651', 0xf8],
  ['ù', 0xf9],
  ['\u0652', 0xfa],
  ['û', 0xfb],
  ['ü', 0xfc],
]);

/** ISO-8859-6: character → byte. ASCII maps to itself; there are no Latin letters above 0x7F. */
export const ISO_8859_6: ReadonlyMap<string, number> = new Map([
  ['،', 0xac],
  ['؛', 0xbb],
  ['؟', 0xbf],
  ['ء', 0xc1],
  ['آ', 0xc2],
  ['أ', 0xc3],
  ['ؤ', 0xc4],
  ['إ', 0xc5],
  ['ئ', 0xc6],
  ['ا', 0xc7],
  ['ب', 0xc8],
  ['ة', 0xc9],
  ['ت', 0xca],
  ['ث', 0xcb],
  ['ج', 0xcc],
  ['ح', 0xcd],
  ['خ', 0xce],
  ['د', 0xcf],
  ['ذ', 0xd0],
  ['ر', 0xd1],
  ['ز', 0xd2],
  ['س', 0xd3],
  ['ش', 0xd4],
  ['ص', 0xd5],
  ['ض', 0xd6],
  ['ط', 0xd7],
  ['ظ', 0xd8],
  ['ع', 0xd9],
  ['غ', 0xda],
  ['ـ', 0xe0],
  ['ف', 0xe1],
  ['ق', 0xe2],
  ['ك', 0xe3],
  ['ل', 0xe4],
  ['م', 0xe5],
  ['ن', 0xe6],
  ['ه', 0xe7],
  ['و', 0xe8],
  ['ى', 0xe9],
  ['ي', 0xea],
  ['\u064B', 0xeb],
  ['\u064C', 0xec],
  ['\u064D', 0xed],
  ['\u064E', 0xee],
  ['\u064F', 0xef],
  ['\u0650', 0xf0],
  ['\u0651', 0xf1],
  ['\u0652', 0xf2],
]);

/** Encodes with one of the tables above; throws on a character the table lacks (a bug in the test). */
export function encodeSingleByte(text: string, table: ReadonlyMap<string, number>): Uint8Array {
  return Uint8Array.from(Array.from(text), (char) => {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) return code;
    const byte = table.get(char);
    if (byte === undefined) throw new Error(`test table has no byte for ${JSON.stringify(char)}`);
    return byte;
  });
}

/** UTF-16 code units to bytes, optionally preceded by a BOM. */
export function encodeUtf16(text: string, littleEndian: boolean, withBom: boolean): Uint8Array {
  const units = (withBom ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    bytes[2 * i] = littleEndian ? unit & 0xff : unit >> 8;
    bytes[2 * i + 1] = littleEndian ? unit >> 8 : unit & 0xff;
  }
  return bytes;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * A tiny CSV writer (RFC 4180). A field is quoted when it must be (delimiter, quote, CR, LF), when it starts
 * with U+FEFF (a reader drops a BOM before the header) and when it is the only, empty field of its record (an
 * empty line is no record). With `quoteAllDelimiters`, a field holding any of , ; tab is quoted too, so a
 * reader that detects the delimiter cannot mistake one for another.
 */
export function writeCsv(
  records: readonly (readonly string[])[],
  options: { delimiter: string; newline: string; trailingNewline: boolean; quoteAllDelimiters?: boolean },
): string {
  const special = options.quoteAllDelimiters ? /[,;\t"\r\n]/ : new RegExp(`[${options.delimiter}"\\r\\n]`);
  const field = (value: string, alone: boolean) =>
    special.test(value) || value.startsWith('\uFEFF') || (alone && value === '')
      ? `"${value.replaceAll('"', '""')}"`
      : value;
  const text = records
    .map((record) => record.map((value) => field(value, record.length === 1)).join(options.delimiter))
    .join(options.newline);
  return options.trailingNewline ? text + options.newline : text;
}

/** A draft's shape check shared by the table, property and fuzz tests. */
export function assertIntakeShape(result: unknown): void {
  const r = result as { ok: unknown; drafts?: unknown; warnings?: unknown; reason?: unknown };
  if (r.ok === true) {
    if (!Array.isArray(r.drafts) || !Array.isArray(r.warnings)) throw new Error('ok result without arrays');
    for (const draft of r.drafts as { title: unknown; text: unknown }[]) {
      if (typeof draft.title !== 'string' || typeof draft.text !== 'string')
        throw new Error('malformed draft');
    }
    for (const warning of r.warnings)
      if (typeof warning !== 'string' || warning === '') throw new Error('bad warning');
    return;
  }
  if (r.ok !== false || typeof r.reason !== 'string')
    throw new Error(`malformed result ${JSON.stringify(result)}`);
  assertReason(r.reason);
}

/** A reason completes "Cannot open “file”: <reason>.": non-empty, no final period, nothing unrendered. */
export function assertReason(reason: string): void {
  if (reason.trim() === '') throw new Error('empty reason');
  if (reason.endsWith('.')) throw new Error(`reason ends with a period: ${reason}`);
  if (/undefined|NaN|\[object /.test(reason)) throw new Error(`reason shows a bug: ${reason}`);
}
