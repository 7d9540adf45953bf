/**
 * Reads a JSON object given as a sequence of text chunks, without ever holding the whole text: each top-level field
 * is parsed when its value is complete, and the elements of the fields named in `streamedKeys` (large arrays, such
 * as a dataset's "documents") are parsed one by one. Only the unread tail of the text and the element being read
 * are kept. Each element is parsed with JSON.parse, so values are exactly what JSON.parse gives.
 *
 * Offsets in errors are UTF-16 code units from the start of the text (after a leading byte order mark).
 */

export type ScanEvent =
  | { kind: 'field'; key: string; value: unknown }
  | { kind: 'item'; key: string; index: number; value: unknown };

export class JsonScanError extends Error {
  override name = 'JsonScanError';
  constructor(
    message: string,
    /** UTF-16 offset in the whole text. */
    readonly offset: number,
  ) {
    super(message);
  }
}

type Phase =
  | 'open'
  | 'first-key'
  | 'key'
  | 'colon'
  | 'value'
  | 'after-value'
  | 'array-open'
  | 'first-item'
  | 'item'
  | 'after-item'
  | 'done';

/** A value being read: where it starts in the buffer, and how far the scan has got. */
interface Pending {
  start: number;
  scan: number;
  kind: 'container' | 'string' | 'primitive';
  depth: number;
  inString: boolean;
  /**
   * A container alone on its line (indented JSON, as every writer of datasets lays it out): where it most likely
   * closes, a newline, its own indentation and its closing bracket; looked for from `closerFrom`. Null once not
   * found where it should have been: then the value is scanned character by character.
   */
  closer: string | null;
  closerFrom: number;
}

/** How far past a container's start its likely closer is looked for before the scan goes character by character. */
const CLOSER_SEARCH_LIMIT = 1 << 22;

const PRIMITIVE_END = /[,}\]\s]/g;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

export class JsonObjectScanner {
  private buffer = '';
  /** Offset of buffer[0] in the whole text. */
  private base = 0;
  private pos = 0;
  private phase: Phase = 'open';
  private key = '';
  private index = 0;
  private pending: Pending | null = null;
  private started = false;

  constructor(private readonly streamedKeys: ReadonlySet<string>) {}

  /** Adds text; returns the fields and elements it completed. Throws JsonScanError on malformed JSON. */
  push(chunk: string): ScanEvent[] {
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.trim();
    this.buffer += chunk;
    return this.run(false);
  }

  /** The text is complete: returns what remains, and throws if the object is not. */
  end(): ScanEvent[] {
    const events = this.run(true);
    if (this.phase !== 'done') {
      throw new JsonScanError('the JSON ends before the object is complete', this.base + this.buffer.length);
    }
    return events;
  }

  private fail(message: string, at = this.pos): never {
    throw new JsonScanError(`${message} at character ${this.base + at}`, this.base + at);
  }

  /** Drops the text already consumed (everything before the value being read). */
  private trim(): void {
    const keep = this.pending ? this.pending.start : this.pos;
    // Cut before every chunk is appended: reading the appended buffer copies it into one flat string, so what
    // is kept must stay small (the value being read), not a megabyte of text already consumed.
    if (keep === 0) return;
    this.buffer = this.buffer.slice(keep);
    this.base += keep;
    this.pos -= keep;
    if (this.pending) {
      this.pending.scan -= keep;
      this.pending.closerFrom -= keep;
      this.pending.start = 0;
    }
  }

  private run(final: boolean): ScanEvent[] {
    const events: ScanEvent[] = [];
    const { buffer } = this;
    for (;;) {
      if (this.pending) {
        const closed = this.pending.closer === null ? null : this.closeAtCloser(final);
        if (closed) {
          this.pending = null;
          this.pos = closed.end;
          this.completeWith(closed.value, events);
          continue;
        }
        if (this.pending.closer !== null) return events;
        const end = this.scanValue(final);
        if (end === null) return events;
        const text = buffer.slice(this.pending.start, end);
        const at = this.pending.start;
        this.pending = null;
        this.pos = end;
        this.complete(text, at, events);
        continue;
      }
      while (this.pos < buffer.length && isSpace(buffer.charCodeAt(this.pos))) this.pos++;
      if (this.pos >= buffer.length) return events;
      const char = buffer[this.pos] as string;
      switch (this.phase) {
        case 'open':
          if (char !== '{') this.fail(`expected "{" but found ${JSON.stringify(char)}`);
          this.pos++;
          this.phase = 'first-key';
          break;
        case 'first-key':
        case 'key':
          if (char === '}' && this.phase === 'first-key') {
            this.pos++;
            this.phase = 'done';
          } else if (char === '"') this.begin();
          else this.fail(`expected a field name but found ${JSON.stringify(char)}`);
          break;
        case 'colon':
          if (char !== ':') this.fail(`expected ":" but found ${JSON.stringify(char)}`);
          this.pos++;
          this.phase = this.streamedKeys.has(this.key) ? 'array-open' : 'value';
          break;
        case 'array-open':
          if (char === '[') {
            this.pos++;
            this.index = 0;
            this.phase = 'first-item';
          } else {
            // Not an array after all: read it whole, and let the caller say what is wrong with it.
            this.phase = 'value';
          }
          break;
        case 'first-item':
          if (char === ']') {
            // An empty streamed array has no element to report: it comes as a field, like any other value.
            events.push({ kind: 'field', key: this.key, value: [] });
            this.pos++;
            this.phase = 'after-value';
          } else {
            this.phase = 'item';
            this.begin();
          }
          break;
        case 'item':
        case 'value':
          this.begin();
          break;
        case 'after-item':
          if (char === ',') this.phase = 'item';
          else if (char === ']') this.phase = 'after-value';
          else this.fail(`expected "," or "]" but found ${JSON.stringify(char)}`);
          this.pos++;
          break;
        case 'after-value':
          if (char === ',') this.phase = 'key';
          else if (char === '}') this.phase = 'done';
          else this.fail(`expected "," or "}" but found ${JSON.stringify(char)}`);
          this.pos++;
          break;
        case 'done':
          this.fail(`unexpected ${JSON.stringify(char)} after the end of the object`);
      }
    }
  }

  /** Starts reading the value at pos. */
  private begin(): void {
    const code = this.buffer.charCodeAt(this.pos);
    const kind = code === 0x7b || code === 0x5b ? 'container' : code === 0x22 ? 'string' : 'primitive';
    this.pending = {
      start: this.pos,
      scan: kind === 'string' ? this.pos + 1 : this.pos,
      kind,
      depth: 0,
      inString: kind === 'string',
      closer: kind === 'container' ? this.closerOf(this.pos, code === 0x7b ? '}' : ']') : null,
      closerFrom: this.pos + 1,
    };
  }

  /**
   * "\n" + the indentation + `bracket`, when the container at `at` starts its line after nothing but spaces or
   * tabs; else null. A raw newline is never inside a JSON string, so in indented JSON the first such closer after
   * the start usually ends the container; JSON.parse then tells whether it does (see scanValue).
   */
  private closerOf(at: number, bracket: string): string | null {
    const { buffer } = this;
    let lineStart = at;
    while (lineStart > 0) {
      const code = buffer.charCodeAt(lineStart - 1);
      if (code === 0x0a) return `\n${buffer.slice(lineStart, at)}${bracket}`;
      if (code !== 0x20 && code !== 0x09) return null;
      lineStart--;
    }
    return null;
  }

  /** Scans on from where it stopped; the end offset of the value, or null when more text is needed. */
  private scanValue(final: boolean): number | null {
    const pending = this.pending as Pending;
    const { buffer } = this;
    if (pending.kind === 'primitive') {
      PRIMITIVE_END.lastIndex = pending.scan;
      const found = PRIMITIVE_END.exec(buffer);
      if (found) return found.index;
      pending.scan = buffer.length;
      return final ? buffer.length : null;
    }
    // Outside strings, one character at a time; inside them (most of a dataset: the texts), straight to the next
    // quote that is not escaped. (A regular expression per token was five times slower on large files.)
    const length = buffer.length;
    let { depth, inString } = pending;
    let i = pending.scan;
    while (i < length) {
      if (inString) {
        let quote = buffer.indexOf('"', i);
        while (quote !== -1 && escaped(buffer, quote)) quote = buffer.indexOf('"', quote + 1);
        if (quote === -1) {
          // The backslashes before a quote are counted when it arrives: they are still in the buffer.
          i = length;
          break;
        }
        inString = false;
        i = quote + 1;
        if (pending.kind === 'string') return i;
        continue;
      }
      const code = buffer.charCodeAt(i++);
      if (code === 0x22) inString = true;
      else if (code === 0x7b || code === 0x5b) depth++;
      else if ((code === 0x7d || code === 0x5d) && --depth === 0) return i;
    }
    pending.scan = i;
    pending.depth = depth;
    pending.inString = inString;
    return null;
  }

  /**
   * The pending container ended at its likely closer (Pending.closer) when the text up to it parses: a slice that
   * starts with "{" or "[" and parses is exactly one value, so it is this one, whatever the closer's guess. Null
   * when the closer is not in the text yet (more is needed: closer kept), or when it is but the slice does not
   * parse, or when it is too far or never came (closer dropped: the value is scanned character by character).
   */
  private closeAtCloser(final: boolean): { end: number; value: unknown } | null {
    const pending = this.pending as Pending;
    const closer = pending.closer as string;
    const { buffer } = this;
    const found = buffer.indexOf(closer, pending.closerFrom);
    if (found === -1) {
      // Kept for the next chunk, unless the value is already long (a layout this guess does not fit).
      pending.closerFrom = Math.max(pending.closerFrom, buffer.length - closer.length + 1);
      if (final || buffer.length - pending.start > CLOSER_SEARCH_LIMIT) pending.closer = null;
      return null;
    }
    const end = found + closer.length;
    try {
      return { end, value: JSON.parse(buffer.slice(pending.start, end)) };
    } catch {
      pending.closer = null;
      return null;
    }
  }

  private complete(text: string, at: number, events: ScanEvent[]): void {
    if (this.phase === 'first-key' || this.phase === 'key') {
      this.key = this.parse(text, at) as string;
      this.phase = 'colon';
      return;
    }
    this.completeWith(this.parse(text, at), events);
  }

  private completeWith(value: unknown, events: ScanEvent[]): void {
    if (this.phase === 'item') {
      events.push({ kind: 'item', key: this.key, index: this.index++, value });
      this.phase = 'after-item';
    } else {
      events.push({ kind: 'field', key: this.key, value });
      this.phase = 'after-value';
    }
  }

  private parse(text: string, at: number): unknown {
    try {
      return JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message.replace(/\s*in JSON at position \d+.*$/, '') : '';
      const where = this.phase === 'item' ? `${this.key}[${this.index}]` : `"${this.key}"`;
      return this.fail(`${where} is not valid JSON (${detail})`, at);
    }
  }
}

/** True when the quote at `quote` is escaped (preceded by an odd number of backslashes). */
function escaped(text: string, quote: number): boolean {
  let count = 0;
  for (let i = quote - 1; text.charCodeAt(i) === 0x5c; i--) count++;
  return count % 2 === 1;
}
