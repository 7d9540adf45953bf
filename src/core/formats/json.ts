/**
 * JSON helpers shared by the JSON-based formats: parsing that names the line and column of a syntax error
 * (JSON.parse only gives a character position, and only on some engines), and small structural checks.
 */

export type JsonObject = Record<string, unknown>;

export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parses JSON; a failure says where ("line 3, column 14: …"), with line/column counted in `text`. */
export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
    let where = '';
    if (lineColumn) where = `line ${lineColumn[1]}, column ${lineColumn[2]}`;
    else if (position) where = lineAndColumn(text, Number(position[1]));
    else if (/end of (JSON|data) input/i.test(message))
      where = `${lineAndColumn(text, text.length)} (the end)`;
    const detail = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/\s*in JSON at position \d+/, '')
      .replace(/^JSON\.parse: /, '');
    return {
      ok: false,
      reason: where ? `${where}: not valid JSON (${detail})` : `not valid JSON (${detail})`,
    };
  }
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether `object` has an own key outside `keys`, that is whether omitKeys would leave anything: a reader asks this
 * of every record before copying what it does not model, since almost every record has nothing more and the copy
 * cost ~0.3 s of a 500,000-span file.
 */
export function hasKeysBesides(object: JsonObject, keys: ReadonlySet<string>): boolean {
  for (const key in object) if (Object.hasOwn(object, key) && !keys.has(key)) return true;
  return false;
}

/**
 * A copy of `object` without `keys`: what a format keeps to write back the fields Spanlight does not model. Each
 * key is defined, not assigned: assigning a parsed "__proto__" field would set the copy's prototype (and drop
 * the field) instead of keeping it as the file had it.
 */
export function omitKeys(object: JsonObject, keys: readonly string[]): JsonObject {
  const rest: JsonObject = {};
  for (const [key, value] of Object.entries(object)) {
    if (keys.includes(key)) continue;
    Object.defineProperty(rest, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return rest;
}

/** A deep copy through JSON, so kept residues never alias the caller's objects. */
export function jsonClone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** "a string", "a number", "null", "an array"…: how reasons describe a wrong value. */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'string') return `the string ${JSON.stringify(truncate(value, 40))}`;
  return `${typeof value} ${String(value)}`;
}

export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** Splits JSON Lines; each entry has its 1-based line number. Blank lines are skipped. */
export function jsonLines(text: string): Array<{ line: number; source: string }> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = source.split(/\r\n|\n|\r/);
  const result: Array<{ line: number; source: string }> = [];
  lines.forEach((line, index) => {
    if (line.trim() !== '') result.push({ line: index + 1, source: line });
  });
  return result;
}

/**
 * The records of a JSON Lines file: one JSON value per non-blank line. A file that is one pretty-printed JSON
 * value instead (doccano writes some of its examples that way) is accepted when it parses as a whole: an array
 * gives its items as records, an object is one record; `prettyPrinted` says so, for a warning.
 */
export function readJsonRecords(
  text: string,
):
  | { ok: true; records: Array<{ where: string; value: unknown }>; prettyPrinted: boolean }
  | { ok: false; reason: string } {
  const lines = jsonLines(text);
  const records: Array<{ where: string; value: unknown }> = [];
  for (const [position, { line, source }] of lines.entries()) {
    const parsed = parseJson(source);
    if (!parsed.ok) {
      if (position === 0) {
        const whole = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        if (whole.ok && (isObject(whole.value) || Array.isArray(whole.value))) {
          const values = Array.isArray(whole.value) ? whole.value : [whole.value];
          return {
            ok: true,
            prettyPrinted: true,
            records: values.map((value, index) => ({ where: `record ${index + 1}`, value })),
          };
        }
      }
      return { ok: false, reason: `line ${line}: ${parsed.reason.replace(/^line 1, /, '')}` };
    }
    records.push({ where: `line ${line}`, value: parsed.value });
  }
  return { ok: true, records, prettyPrinted: false };
}

/** JSON Lines text: one compact JSON value per line, LF, ending with a line feed (none when empty). */
export function toJsonLines(values: readonly unknown[]): string {
  return values.map((value) => `${JSON.stringify(value)}\n`).join('');
}
