/**
 * CoNLL / IOB2: one token per line ("token TAG" or "token<TAB>TAG"), a blank line between sentences. Token-level,
 * so there are no offsets to convert: importing builds the text, exporting needs a tokenization.
 *
 * Import
 * - Text: a sentence's tokens joined by single spaces, sentences joined by "\n" (so the text has no offsets of its
 *   own to get wrong; spans are token ranges mapped onto it). One document per file, or per "-DOCSTART-" block.
 * - Columns: tab-separated when the file has a tab on any token line, else separated by runs of spaces. After the
 *   token, every column is a tag; several tag columns are NESTED levels (Wojood: "للمغرب I-OCC I-OCC B-GPE" =
 *   outer OCC, inner OCC, innermost GPE; a short line means O on the missing levels). Each level is decoded
 *   separately, so nested and overlapping entities all become annotations. With `columns: 'last'` (CoNLL-2003
 *   files with POS and chunk columns) only the last column is a tag and the middle ones are kept for export.
 * - Tags: O, B-X, I-X. An I-X that does not continue an X (IOB1 style) starts an entity, with a warning.
 * - BOM, CRLF, the blank-line form ("\t" in NewsFANE), a trailing blank line and "-DOCSTART-" lines are recorded in
 *   meta.conll so an export of the same documents writes the same bytes.
 *
 * Export
 * - Tokens: a document that came from CoNLL is split back on its joiners (single spaces and line feeds), so its
 *   tokens come back exactly; any other document is tokenized by tokenize.ts (Arabic-aware, clitics not split).
 *   Sentences are the text's lines (a line feed ends a sentence; empty lines give none).
 * - A span whose ends fall inside a token (الحسكة inside بالحسكة) is NOT aligned: by default it is left out and
 *   named in the warnings (`misaligned: 'expand'` widens it to the tokens it touches, also with a warning).
 * - Overlapping spans: IOB2 holds one entity per token per column, so overlapping and nested spans go to extra tag
 *   columns, outermost first (the Wojood layout this importer reads back). `nested: 'first-column'` writes only the
 *   first column and names every span left out in the warnings. Nothing is dropped silently.
 */
import { withWritableAnnotations } from './exporting';
import { failure, ImportCollector, plural } from './importing';
import { splitOnJoiners, type Token, tokenize } from './tokenize';
import type { FormatAnnotation, FormatDocument, ImportOutcome, TextExport } from './types';

export interface ConllImportOptions {
  /** Which columns after the token are tags: all of them (nested levels, default) or only the last one. */
  columns?: 'nested' | 'last';
  /** Document id and title for a file without -DOCSTART- blocks (e.g. the file name). */
  name?: string;
}

export interface ConllExportOptions {
  /** Column separator; default: the one the document was imported with, else a space. */
  separator?: ' ' | '\t';
  nested?: 'columns' | 'first-column';
  misaligned?: 'skip' | 'expand';
}

/** What meta.conll holds: how the file was written, to write it the same way. */
export interface ConllMeta {
  separator: ' ' | '\t';
  lineEnding: '\n' | '\r\n';
  bom: boolean;
  /** The content of the lines between sentences ('' or e.g. '\t'). */
  blankLine: string;
  /** Whether the file (this block) ends with a blank line after its last sentence. */
  trailingBlank: boolean;
  /** The "-DOCSTART-" line that opened this document, verbatim. */
  docstart?: string;
  /** Middle columns (POS, chunk…) per token, for columns: 'last'. */
  features?: string[][];
  /** Token offsets (UTF-16) when some token contains a space, so the joiners cannot find them again. */
  tokens?: Array<[number, number]>;
}

const TAG = /^(?:O|[BI]-\S+)$/;

interface ParsedLine {
  line: number;
  token: string;
  tags: string[];
  features: string[];
}

export function importConll(content: string, options: ConllImportOptions = {}): ImportOutcome {
  const collector = new ImportCollector();
  const bom = content.charCodeAt(0) === 0xfeff;
  const body = bom ? content.slice(1) : content;
  const lineEnding: '\n' | '\r\n' = body.includes('\r\n') ? '\r\n' : '\n';
  const lines = body.split(/\r\n|\n|\r/);
  // The line after a final line break is no line.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  // Only spaces and tabs are blank: String.prototype.trim would also eat U+FEFF and other characters a token may hold.
  const isBlank = (line: string) => /^[ \t]*$/.test(line);
  if (lines.every(isBlank)) return failure('it has no tokens');
  const tabbed = lines.some((line) => !isBlank(line) && line.includes('\t'));
  const separator: ' ' | '\t' = tabbed ? '\t' : ' ';
  const blankLines = new Set(lines.filter(isBlank));
  const blankLine = blankLines.size === 1 ? ([...blankLines][0] as string) : '';

  const documents: FormatDocument[] = [];
  let block: { docstart?: string; sentences: ParsedLine[][]; trailingBlank: boolean } = {
    sentences: [],
    trailingBlank: false,
  };
  let sentence: ParsedLine[] = [];
  const blocks: (typeof block)[] = [];
  const endSentence = () => {
    if (sentence.length > 0) block.sentences.push(sentence);
    sentence = [];
  };
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] as string;
    const lineNumber = index + 1;
    if (isBlank(raw)) {
      endSentence();
      block.trailingBlank = true;
      continue;
    }
    block.trailingBlank = false;
    const columns = tabbed ? raw.split('\t') : raw.replace(/^ +| +$/g, '').split(/ +/);
    const token = columns[0] as string;
    if (token === '-DOCSTART-') {
      endSentence();
      if (block.sentences.length > 0 || block.docstart !== undefined) blocks.push(block);
      block = { docstart: raw, sentences: [], trailingBlank: false };
      continue;
    }
    if (columns.length < 2) {
      return failure(
        `line ${lineNumber}: expected a token and a tag separated by ${tabbed ? 'a tab' : 'a space'}, found ${JSON.stringify(raw)}`,
      );
    }
    if (token === '') return failure(`line ${lineNumber}: the token is empty`);
    let tags: string[];
    let features: string[] = [];
    if (options.columns === 'last') {
      tags = [columns[columns.length - 1] as string];
      features = columns.slice(1, -1);
    } else {
      tags = columns.slice(1);
    }
    for (const tag of tags) {
      if (!TAG.test(tag)) {
        const hint =
          options.columns === 'last'
            ? ''
            : ' (for CoNLL-2003 files with POS and chunk columns, import with columns: "last")';
        return failure(
          `line ${lineNumber}: ${JSON.stringify(tag)} is not an IOB2 tag (O, B-X or I-X)${hint}`,
        );
      }
    }
    sentence.push({ line: lineNumber, token, tags, features });
  }
  endSentence();
  blocks.push(block);

  for (const [blockIndex, current] of blocks.entries()) {
    const doc = buildDocument(current.sentences, collector);
    const meta: ConllMeta = {
      separator,
      lineEnding,
      bom: bom && blockIndex === 0,
      blankLine,
      trailingBlank: current.trailingBlank,
    };
    if (current.docstart !== undefined) meta.docstart = current.docstart;
    if (options.columns === 'last') meta.features = current.sentences.flat().map((line) => line.features);
    const tokens = current.sentences.flat();
    if (tokens.some((line) => line.token.includes(' '))) meta.tokens = doc.tokenOffsets;
    const name = options.name;
    const document: FormatDocument = {
      title: name !== undefined && blocks.length === 1 ? name : '',
      text: doc.text,
      annotations: doc.annotations,
      meta: { conll: meta },
    };
    if (name !== undefined) document.id = blocks.length === 1 ? name : `${name}#${blockIndex + 1}`;
    documents.push(document);
  }
  return collector.success(documents);
}

function buildDocument(
  sentences: ParsedLine[][],
  collector: ImportCollector,
): { text: string; annotations: FormatAnnotation[]; tokenOffsets: Array<[number, number]> } {
  const parts: string[] = [];
  const tokenOffsets: Array<[number, number]> = [];
  const annotations: FormatAnnotation[] = [];
  let offset = 0;
  for (const [sentenceIndex, sentence] of sentences.entries()) {
    if (sentenceIndex > 0) {
      parts.push('\n');
      offset += 1;
    }
    const starts: number[] = [];
    for (const [i, line] of sentence.entries()) {
      if (i > 0) {
        parts.push(' ');
        offset += 1;
      }
      starts.push(offset);
      tokenOffsets.push([offset, offset + line.token.length]);
      parts.push(line.token);
      offset += line.token.length;
    }
    const levels = Math.max(...sentence.map((line) => line.tags.length));
    for (let level = 0; level < levels; level++) {
      let open: { label: string; first: number; last: number; inside: boolean } | null = null;
      const close = () => {
        if (!open) return;
        const start = starts[open.first] as number;
        const last = sentence[open.last] as ParsedLine;
        const end = (starts[open.last] as number) + last.token.length;
        // An entity the file opened with I- (IOB1 style) is written back with I- (see exportConll).
        const conll = open.inside ? { level, begin: 'I' } : { level };
        collector.annotation({ start, end, label: open.label, text: '', extra: { conll } }, annotations);
        open = null;
      };
      for (const [i, line] of sentence.entries()) {
        const tag = line.tags[level] ?? 'O';
        if (tag === 'O') {
          close();
          continue;
        }
        const label = tag.slice(2);
        if (tag.startsWith('B-')) {
          close();
          open = { label, first: i, last: i, inside: false };
        } else if (open !== null && (open as { label: string }).label === label) {
          (open as { last: number }).last = i;
        } else {
          collector.warnings.push(
            `line ${line.line}: ${tag} does not continue a ${label} entity (IOB1 style): read as its start`,
          );
          close();
          open = { label, first: i, last: i, inside: true };
        }
      }
      close();
    }
  }
  const text = parts.join('');
  for (const annotation of annotations) annotation.text = text.slice(annotation.start, annotation.end);
  return { text, annotations, tokenOffsets };
}

interface PlacedSpan {
  annotation: FormatAnnotation;
  first: number;
  last: number;
  level: number;
}

export function exportConll(
  documents: readonly FormatDocument[],
  options: ConllExportOptions = {},
): TextExport {
  const writer = conllDocumentWriter(documents.length, conllMetaOf(documents[0]), options);
  const body = documents.map((doc, docIndex) => writer.document(doc, docIndex)).join('');
  return { content: writer.prefix(body) + body, warnings: writer.warnings };
}

/**
 * CoNLL written one document at a time (exportConll, and the streamed export of a large library): what the whole
 * file depends on — the line ending and BOM of the first document, whether there are several documents (then each
 * starts with -DOCSTART-), which one is last (no trailing blank line) — is given up front, so the documents joined
 * are exactly exportConll's output.
 */
export function conllDocumentWriter(
  total: number,
  firstMeta: ConllMeta | undefined,
  options: ConllExportOptions = {},
) {
  const warnings: string[] = [];
  const lineEnding = firstMeta?.lineEnding ?? '\n';
  const bom = firstMeta?.bom ?? false;
  const multiple = total > 1;
  return {
    warnings,
    /** What goes before the body that starts with `firstText` (a BOM, or nothing). */
    prefix(firstText: string): string {
      // A first token starting with U+FEFF needs a BOM before it, or reading the file would drop it as one.
      return bom || firstText.startsWith('\uFEFF') ? '\uFEFF' : '';
    },
    /** The lines of the document at `docIndex` (0-based, in export order). */
    document(original: FormatDocument, docIndex: number): string {
      const doc = withWritableAnnotations(original, docIndex, warnings);
      const meta = conllMetaOf(doc);
      let separator = options.separator ?? meta?.separator ?? ' ';
      const blank = meta?.blankLine ?? '';
      const docName = doc.id || doc.title || `document ${docIndex + 1}`;
      const tokens = documentTokens(doc, meta);
      if (separator === ' ' && tokens.some((token) => /\s/.test(token.text))) {
        separator = '\t';
        warnings.push(`${docName}: some tokens contain spaces, so columns are separated by tabs`);
      }
      const sentenceOf = sentenceIndexes(doc.text, tokens);
      const placed = placeSpans(doc, tokens, sentenceOf, options, warnings, docName);
      const levels = Math.max(1, ...placed.map((span) => span.level + 1));
      const tags: string[][] = tokens.map(() => new Array<string>(levels).fill('O'));
      for (const span of placed) {
        const label = span.annotation.label.replace(/\s/g, '_');
        for (let t = span.first; t <= span.last; t++) {
          const begins = t === span.first || sentenceOf[t] !== sentenceOf[t - 1];
          (tags[t] as string[])[span.level] = `${begins ? 'B' : 'I'}-${label}`;
        }
      }
      // Entities the file opened with I- (IOB1 style) get their I- back, unless that would join them to an entity
      // of the same label just before (then B- is the only way to keep them apart).
      for (const span of placed) {
        if ((span.annotation.extra?.conll as { begin?: unknown } | undefined)?.begin !== 'I') continue;
        const label = span.annotation.label.replace(/\s/g, '_');
        const previous = span.first > 0 && sentenceOf[span.first - 1] === sentenceOf[span.first];
        const joins = previous && ((tags[span.first - 1] as string[])[span.level] ?? 'O').slice(2) === label;
        if (!joins) (tags[span.first] as string[])[span.level] = `I-${label}`;
      }
      if (placed.some((span) => /\s/.test(span.annotation.label))) {
        warnings.push(`${docName}: spaces in labels are written as "_" (a tag is one column)`);
      }
      const lines: string[] = [];
      if (meta?.docstart !== undefined) lines.push(meta.docstart, blank);
      else if (multiple) lines.push(`-DOCSTART-${separator}O`, blank);
      for (const [t, token] of tokens.entries()) {
        if (t > 0 && sentenceOf[t] !== sentenceOf[t - 1]) lines.push(blank);
        const row = tags[t] as string[];
        let last = row.length - 1;
        while (last > 0 && row[last] === 'O') last--;
        const features = meta?.features?.[t] ?? [];
        lines.push([token.text, ...features, ...row.slice(0, last + 1)].join(separator));
      }
      const trailing = meta ? meta.trailingBlank : docIndex < total - 1;
      if (trailing && tokens.length > 0) lines.push(blank);
      return lines.map((line) => `${line}${lineEnding}`).join('');
    },
  };
}

export function conllMetaOf(doc: Pick<FormatDocument, 'meta'> | undefined): ConllMeta | undefined {
  const meta = doc?.meta?.conll;
  return meta && typeof meta === 'object' ? (meta as ConllMeta) : undefined;
}

/** The tokens a document exports to (see the file comment). */
export function documentTokens(doc: Pick<FormatDocument, 'text' | 'meta'>, meta = conllMetaOf(doc)): Token[] {
  if (meta?.tokens?.every(([, end]) => end <= doc.text.length)) {
    return meta.tokens.map(([start, end]) => ({ start, end, text: doc.text.slice(start, end) }));
  }
  if (meta) return splitOnJoiners(doc.text);
  return tokenize(doc.text);
}

/** Sentence number of each token: a line feed between two tokens starts a new sentence. */
function sentenceIndexes(text: string, tokens: readonly Token[]): number[] {
  const result: number[] = [];
  let sentence = 0;
  for (const [t, token] of tokens.entries()) {
    if (t > 0 && text.slice((tokens[t - 1] as Token).end, token.start).includes('\n')) sentence++;
    result.push(sentence);
  }
  return result;
}

/** Token ranges and tag columns for a document's spans; what cannot be written goes to `warnings`. */
function placeSpans(
  doc: FormatDocument,
  tokens: readonly Token[],
  sentenceOf: readonly number[],
  options: ConllExportOptions,
  warnings: string[],
  docName: string,
): PlacedSpan[] {
  const candidates: Array<{ annotation: FormatAnnotation; first: number; last: number; preferred?: number }> =
    [];
  for (const annotation of doc.annotations) {
    const { start, end } = annotation;
    const describe = `${JSON.stringify(annotation.text)} (${annotation.label}, ${start}..${end})`;
    // Tokens touching the span, and whether any is cut by it.
    let first = -1;
    let last = -1;
    let cut = false;
    for (let t = lowerBound(tokens, start); t < tokens.length; t++) {
      const token = tokens[t] as Token;
      if (token.start >= end) break;
      if (token.end <= start) continue;
      if (first === -1) first = t;
      last = t;
      if (token.start < start || token.end > end) cut = true;
    }
    if (first === -1) {
      warnings.push(`${docName}: span ${describe} covers no token; not exported`);
      continue;
    }
    if (cut) {
      const touched = tokens
        .slice(first, last + 1)
        .map((token) => token.text)
        .join(' ');
      if (options.misaligned === 'expand') {
        warnings.push(
          `${docName}: span ${describe} is not aligned to tokens (inside ${JSON.stringify(touched)}); exported widened to those tokens`,
        );
      } else {
        warnings.push(
          `${docName}: span ${describe} is not aligned to tokens (inside ${JSON.stringify(touched)}); not exported`,
        );
        continue;
      }
    } else if (
      doc.text.slice(start, (tokens[first] as Token).start).trim() !== '' ||
      doc.text.slice((tokens[last] as Token).end, end).trim() !== ''
    ) {
      // Cannot happen (tokens cover every non-space character), kept as a guard.
      warnings.push(`${docName}: span ${describe} has text outside tokens; exported on its tokens`);
    }
    if (sentenceOf[first] !== sentenceOf[last]) {
      warnings.push(
        `${docName}: span ${describe} crosses a line break; it is written as one entity per sentence`,
      );
    }
    const level = (annotation.extra?.conll as { level?: unknown } | undefined)?.level;
    const candidate: (typeof candidates)[number] = { annotation, first, last };
    if (typeof level === 'number' && Number.isInteger(level) && level >= 0) candidate.preferred = level;
    candidates.push(candidate);
  }
  // Outermost first: by first token, then longer first, so an enclosing span takes the lower column.
  candidates.sort((a, b) => a.first - b.first || b.last - a.last);
  const occupied: Uint8Array[] = [];
  const free = (level: number, first: number, last: number) => {
    const row = occupied[level];
    if (!row) return true;
    for (let t = first; t <= last; t++) if (row[t]) return false;
    return true;
  };
  const placed: PlacedSpan[] = [];
  for (const candidate of candidates) {
    let level = -1;
    if (candidate.preferred !== undefined && free(candidate.preferred, candidate.first, candidate.last)) {
      level = candidate.preferred;
    } else {
      level = 0;
      while (!free(level, candidate.first, candidate.last)) level++;
    }
    if (level > 0 && options.nested === 'first-column') {
      const { annotation } = candidate;
      warnings.push(
        `${docName}: span ${JSON.stringify(annotation.text)} (${annotation.label}, ${annotation.start}..${annotation.end}) overlaps another; not exported (nested: first-column)`,
      );
      continue;
    }
    while (occupied.length <= level) occupied.push(new Uint8Array(tokens.length));
    const row = occupied[level] as Uint8Array;
    for (let t = candidate.first; t <= candidate.last; t++) row[t] = 1;
    placed.push({ annotation: candidate.annotation, first: candidate.first, last: candidate.last, level });
  }
  const nestedCount = placed.filter((span) => span.level > 0).length;
  if (nestedCount > 0) {
    warnings.push(
      `${docName}: ${plural(nestedCount, 'span')} overlap others and are written in extra tag columns (nested IOB2, one column per level)`,
    );
  }
  return placed;
}

/** First token whose end is after `offset`. */
function lowerBound(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
