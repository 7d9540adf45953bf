/**
 * brat standoff: for each document a .txt (the text) and a .ann (one annotation per line), plus annotation.conf.
 * T lines are spans: "T1<TAB>Type START END[;START END]*<TAB>covered text", offsets in Unicode CODE POINTS of the
 * .txt exactly as on disk (brat is Python and reads the file without newline translation: a CR counts, a BOM
 * counts), end exclusive; the covered text of a discontinuous span is its fragments joined by one space.
 *
 * Choices (documented in the formats README):
 * - Discontinuous T lines: fragments separated only by line breaks are one annotation (that is how brat, and this
 *   exporter, write a span that crosses a line: a T line cannot hold a line break). Other fragments become one
 *   annotation each, same label, with a warning; extra.brat remembers the T id so export writes one T line again.
 * - R, E, A, M, N, *, # and unknown lines are kept verbatim, in their place, and listed in `unsupported`; export
 *   writes them back, so a .ann round trip is identical. A lines on a T also become that annotation's attributes
 *   ("Individual T4" → {Individual: true}, "Mention T4 Name" → {Mention: "Name"}); export writes A lines only for
 *   attributes no kept line already states.
 * - A T line whose text does not match the .txt is not imported (warning) but is kept verbatim for export.
 * - A .txt with a BOM or CRLF: stored normalized, the original kept in meta.rawText, written back byte for byte.
 * - Offsets are checked as code points; if every T line of the import matches only as UTF-8 bytes or UTF-16
 *   units, that unit is used instead, with a warning.
 */
import { confSpanTypes, generateConf } from './bratConf';
import { withWritableAnnotations } from './exporting';
import { failure, ImportCollector, resolveSpan, type TextContext, textContext } from './importing';
import { createUnitIndex, detectOffsetUnit, type RawSpan, type UnitIndex } from './offsetUnits';
import { exportTextMap, type StoredTextMap } from './storedText';
import type {
  AttributeValue,
  ExportOutcome,
  FormatAnnotation,
  FormatDocument,
  FormatFile,
  ImportOutcome,
  OffsetUnit,
} from './types';

/** brat's separator between the texts of a discontinuous span's fragments. */
const DISCONT_SEP = ' ';

/** Characters a T line's text cannot hold (Python's str.splitlines boundaries). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are line boundaries
const LINE_BREAK = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are line boundaries
const LINE_BREAKS_ONLY = /^[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+$/;

export interface BratMeta {
  /** The document's path without extension, e.g. "000-introduction". */
  path: string;
  /** The .ann lines in order: verbatim strings, or {t} where T line `t` is rewritten from the annotations. */
  lines: Array<string | { t: string }>;
  finalNewline: boolean;
  /** The collection's annotation.conf, verbatim, when the import had one. */
  conf?: string;
}

interface BratExtra {
  /** The T id this annotation came from. */
  id: string;
  /** Which fragment group of that T line, and how many there are (discontinuous spans). */
  part: number;
  parts: number;
  /** The fragments as the file gave them, code points in the raw .txt, to write the same numbers back. */
  raw: Array<[number, number]>;
  /** A lines that state this annotation's attributes (not rewritten). */
  attributeLines?: string[];
}

export interface BratImportOptions {
  /** Force the offset unit instead of checking it against the T lines' texts. */
  offsetUnit?: OffsetUnit;
}

interface ParsedT {
  line: number;
  id: string;
  type: string;
  fragments: Array<[number, number]>;
  text: string | undefined;
}

export function importBrat(files: readonly FormatFile[], options: BratImportOptions = {}): ImportOutcome {
  const collector = new ImportCollector();
  const texts = new Map<string, string>();
  const anns = new Map<string, { path: string; content: string }>();
  let conf: string | undefined;
  for (const file of files) {
    const path = file.path.replace(/\\/g, '/');
    const base = path.split('/').pop() ?? path;
    if (base === 'annotation.conf') conf = file.content;
    else if (path.endsWith('.txt')) texts.set(path.slice(0, -4), file.content);
    else if (path.endsWith('.ann')) anns.set(path.slice(0, -4), { path, content: file.content });
    else collector.warnings.push(`${path}: not a .txt, .ann or annotation.conf file; not read`);
  }
  for (const [base, ann] of anns) {
    if (!texts.has(base)) return failure(`${ann.path}: there is no ${base}.txt beside it`);
  }
  if (texts.size === 0) return failure('there is no .txt file');

  // Parse every .ann first: the offset unit is decided on all T lines together.
  const parsedDocs: Array<{
    base: string;
    raw: string;
    lines: string[];
    finalNewline: boolean;
    ts: ParsedT[];
  }> = [];
  for (const base of [...texts.keys()].sort()) {
    const raw = texts.get(base) as string;
    const ann = anns.get(base);
    const content = ann?.content ?? '';
    const finalNewline = content.endsWith('\n');
    const lines = content === '' ? [] : (finalNewline ? content.slice(0, -1) : content).split(/\r?\n/);
    const ts: ParsedT[] = [];
    const ids = new Set<string>();
    for (const [index, line] of lines.entries()) {
      const where = `${base}.ann line ${index + 1}`;
      const tab = line.indexOf('\t');
      const id = tab === -1 ? line : line.slice(0, tab);
      if (id.startsWith('T')) {
        const parsed = parseTLine(line, index + 1);
        if (typeof parsed === 'string') return failure(`${where}: ${parsed}`);
        if (ids.has(parsed.id)) return failure(`${where}: the id ${parsed.id} is used twice`);
        ids.add(parsed.id);
        ts.push(parsed);
      } else if (id !== '' && id !== '*' && ids.has(id)) {
        return failure(`${where}: the id ${id} is used twice`);
      } else if (id !== '*' && id !== '') ids.add(id);
    }
    parsedDocs.push({ base, raw, lines, finalNewline, ts });
  }

  let unit: OffsetUnit = options.offsetUnit ?? 'code-point';
  if (!options.offsetUnit) {
    const items = parsedDocs.map(({ raw, ts }) => ({
      text: raw,
      spans: ts
        .filter((t) => t.text !== undefined && t.fragments.length === 1)
        .map(
          (t): RawSpan => ({ start: t.fragments[0]?.[0] ?? 0, end: t.fragments[0]?.[1] ?? 0, text: t.text }),
        ),
    }));
    const detected = detectOffsetUnit(items, ['code-point', 'utf8-byte', 'utf16']);
    const total = items.reduce((sum, item) => sum + item.spans.length, 0);
    if (detected.unit !== 'code-point' && detected.scores[detected.unit] === total) {
      unit = detected.unit;
      collector.warnings.push(
        `the T lines' offsets match the texts only when counted in ${unit === 'utf16' ? 'UTF-16 code units' : 'UTF-8 bytes'}, not in code points as brat counts: read in that unit`,
      );
    }
  }

  const documents: FormatDocument[] = [];
  for (const { base, raw, lines, finalNewline, ts } of parsedDocs) {
    const context = textContext(raw);
    const annotations: FormatAnnotation[] = [];
    const byId = new Map<string, FormatAnnotation[]>();
    const metaLines: BratMeta['lines'] = [];
    const tByLine = new Map(ts.map((t) => [t.line, t]));
    for (const [index, line] of lines.entries()) {
      const where = `${base}.ann line ${index + 1}`;
      const t = tByLine.get(index + 1);
      if (!t) {
        metaLines.push(line);
        if (line !== '')
          collector.unsupported.push(`${where}: ${describeLine(line)}, kept for export: ${line}`);
        continue;
      }
      const made = tAnnotations(t, context, unit, where, collector);
      if (typeof made === 'string') return failure(`${where}: ${made}`);
      if (made.length === 0) {
        metaLines.push(line);
        continue;
      }
      metaLines.push({ t: t.id });
      byId.set(t.id, made);
      for (const annotation of made) collector.annotation(annotation, annotations);
    }
    attachAttributes(lines, byId);
    const meta: BratMeta = { path: base, lines: metaLines, finalNewline };
    if (conf !== undefined) meta.conf = conf;
    const doc: FormatDocument = {
      id: base,
      title: '',
      text: context.map.stored,
      annotations,
      meta: { brat: meta },
    };
    collector.normalized(doc, context);
    documents.push(doc);
  }
  return collector.success(documents, { offsetUnit: unit });
}

function parseTLine(line: string, lineNumber: number): ParsedT | string {
  const firstTab = line.indexOf('\t');
  if (firstTab === -1) return 'a T line needs a tab after its id ("T1<TAB>Type START END<TAB>text")';
  const id = line.slice(0, firstTab);
  const rest = line.slice(firstTab + 1);
  const secondTab = rest.indexOf('\t');
  const data = secondTab === -1 ? rest : rest.slice(0, secondTab);
  const text = secondTab === -1 ? undefined : rest.slice(secondTab + 1);
  const space = data.indexOf(' ');
  if (space <= 0) return `${id} has no "Type START END" part`;
  const type = data.slice(0, space);
  const fragments: Array<[number, number]> = [];
  for (const part of data.slice(space + 1).split(';')) {
    const match = /^(\d+) (\d+)\s*$/.exec(part);
    if (!match) return `${id}: ${JSON.stringify(part)} is not "START END" (two whole numbers)`;
    fragments.push([Number(match[1]), Number(match[2])]);
  }
  return { line: lineNumber, id, type, fragments, text };
}

/** A T line → its annotations (one per group of fragments joined by line breaks), or a fatal reason. */
function tAnnotations(
  t: ParsedT,
  context: TextContext,
  unit: OffsetUnit,
  where: string,
  collector: ImportCollector,
): FormatAnnotation[] | string {
  const resolved: Array<{
    start: number;
    end: number;
    rawStart: number;
    rawEnd: number;
    cp: [number, number];
  }> = [];
  for (const [start, end] of t.fragments) {
    const span = resolveSpan(context, start, end, unit);
    if (!span.ok && span.fatal) return `${t.id} ${span.reason}`;
    const rawStart = context.rawUnits.toUtf16(start, unit) as number;
    const rawEnd = context.rawUnits.toUtf16(end, unit) as number;
    resolved.push({
      start: context.map.toStored(rawStart),
      end: context.map.toStored(rawEnd),
      rawStart,
      rawEnd,
      cp: [start, end],
    });
  }
  const raw = context.map.raw;
  const expected = resolved
    .map((fragment) => raw.slice(fragment.rawStart, fragment.rawEnd))
    .join(DISCONT_SEP);
  if (t.text !== undefined && t.text !== expected) {
    collector.warnings.push(
      `${where}: ${t.id}'s text ${JSON.stringify(t.text)} does not match the .txt at ${t.fragments.map((f) => f.join('..')).join(';')} (${JSON.stringify(expected)}); not imported, kept for export`,
    );
    return [];
  }
  if (t.text === undefined)
    collector.warnings.push(`${where}: ${t.id} has no text column; taken from the .txt`);
  // Fragments in text order; a gap made of line breaks only joins two fragments into one annotation.
  const order = resolved
    .map((_, i) => i)
    .sort((a, b) => (resolved[a]?.rawStart ?? 0) - (resolved[b]?.rawStart ?? 0));
  const groups: Array<typeof resolved> = [];
  for (const i of order) {
    const fragment = resolved[i] as (typeof resolved)[number];
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    if (group && previous && LINE_BREAKS_ONLY.test(raw.slice(previous.rawEnd, fragment.rawStart))) {
      group.push(fragment);
    } else groups.push([fragment]);
  }
  const made: FormatAnnotation[] = [];
  for (const [part, group] of groups.entries()) {
    const start = (group[0] as (typeof group)[number]).start;
    const end = (group[group.length - 1] as (typeof group)[number]).end;
    if (start >= end) {
      collector.warnings.push(`${where}: ${t.id} has an empty fragment; it is kept for export, not imported`);
      continue;
    }
    const extra: BratExtra = {
      id: t.id,
      part,
      parts: groups.length,
      raw: group.map((fragment) => fragment.cp),
    };
    made.push({
      id: groups.length === 1 ? t.id : `${t.id}.${part + 1}`,
      start,
      end,
      label: t.type,
      text: context.map.stored.slice(start, end),
      extra: { brat: extra },
    });
  }
  if (made.length < groups.length) return [];
  if (groups.length > 1) {
    collector.warnings.push(
      `${where}: ${t.id} is discontinuous (${groups.length} fragments): imported as ${groups.length} ${t.type} annotations, written back as one T line`,
    );
  }
  return made;
}

/** "A1<TAB>Name T4[ Value]" lines become attributes of T4's annotations. */
function attachAttributes(lines: readonly string[], byId: ReadonlyMap<string, FormatAnnotation[]>): void {
  for (const line of lines) {
    const match = /^(A\S*)\t(\S+) (T\S+)(?: (\S+))?\s*$/.exec(line);
    if (!match) continue;
    const [, attributeId, name, target, value] = match as unknown as [
      string,
      string,
      string,
      string,
      string?,
    ];
    for (const annotation of byId.get(target) ?? []) {
      annotation.attributes = { ...annotation.attributes, [name]: value ?? true };
      const extra = annotation.extra?.brat as BratExtra;
      extra.attributeLines = [...(extra.attributeLines ?? []), attributeId];
    }
  }
}

function describeLine(line: string): string {
  const kinds: Record<string, string> = {
    R: 'relation',
    E: 'event',
    A: 'attribute',
    M: 'attribute (old style)',
    N: 'normalization',
    '*': 'equivalence',
    '#': 'note',
  };
  return `a ${kinds[line[0] ?? ''] ?? 'line Spanlight does not model'}`;
}

export interface BratExportOptions {
  /** Folder prefix for the written paths, e.g. "corpus/". */
  folder?: string;
}

export function exportBrat(
  documents: readonly FormatDocument[],
  options: BratExportOptions = {},
): ExportOutcome {
  const warnings: string[] = [];
  const files: FormatFile[] = [];
  const usedPaths = new Set<string>();
  const labels: string[] = [];
  const attributeValues = new Map<string, Set<AttributeValue>>();
  const confs = new Set<string>();
  let allHaveConf = documents.length > 0;
  for (const [docIndex, original] of documents.entries()) {
    const doc = withWritableAnnotations(original, docIndex, warnings);
    const meta = bratMetaOf(doc);
    if (meta?.conf !== undefined) confs.add(meta.conf);
    else allHaveConf = false;
    const path = uniquePath(meta?.path ?? safeName(doc.id || `document-${docIndex + 1}`), usedPaths);
    const map = exportTextMap(doc);
    const units = createUnitIndex(map.raw);

    // T lines, grouped by the T id they came from.
    const groups = new Map<string, FormatAnnotation[]>();
    const fresh: FormatAnnotation[] = [];
    const keptTs = new Set(meta?.lines.filter((line) => typeof line !== 'string').map((line) => line.t));
    for (const annotation of doc.annotations) {
      const extra = bratExtraOf(annotation);
      if (extra && keptTs.has(extra.id)) {
        const group = groups.get(extra.id) ?? [];
        group.push(annotation);
        groups.set(extra.id, group);
      } else fresh.push(annotation);
      if (!labels.includes(annotation.label)) labels.push(annotation.label);
      for (const [name, value] of Object.entries(annotation.attributes ?? {})) {
        const values = attributeValues.get(name) ?? new Set<AttributeValue>();
        values.add(value);
        attributeValues.set(name, values);
      }
    }
    const numbers = (prefix: string, ids: readonly string[]) =>
      ids
        .map((id) => new RegExp(`^${prefix}(\\d+)$`).exec(id)?.[1])
        .map((n) => (n === undefined ? 0 : Number(n)));
    const lineIds = (meta?.lines ?? []).map((line) =>
      typeof line === 'string' ? (line.split('\t')[0] ?? '') : line.t,
    );
    let nextT = 1 + Math.max(0, ...numbers('T', lineIds));
    let nextA = 1 + Math.max(0, ...numbers('A', lineIds));

    const out: string[] = [];
    const written = new Set<string>();
    const tLine = (id: string, members: readonly FormatAnnotation[]): string => {
      const label = members[0]?.label ?? '';
      const fragments = members
        .slice()
        .sort((a, b) => (bratExtraOf(a)?.part ?? 0) - (bratExtraOf(b)?.part ?? 0))
        .flatMap((annotation) => fragmentsFor(annotation, map, units));
      const text = fragments
        .map(([start, end]) =>
          map.raw.slice(units.toUtf16(start, 'code-point') ?? 0, units.toUtf16(end, 'code-point') ?? 0),
        )
        .join(DISCONT_SEP);
      return `${id}\t${typeName(label, warnings)} ${fragments.map(([start, end]) => `${start} ${end}`).join(';')}\t${text}`;
    };
    for (const line of meta?.lines ?? []) {
      if (typeof line === 'string') {
        out.push(line);
        continue;
      }
      const members = groups.get(line.t);
      if (!members || members.length === 0) continue;
      if (new Set(members.map((member) => member.label)).size > 1) {
        // Relabelled fragments of one T line can no longer share it: each becomes a T line of its own.
        for (const member of members) {
          const id = written.has(line.t) ? `T${nextT++}` : line.t;
          written.add(id);
          out.push(tLine(id, [member]));
        }
        continue;
      }
      written.add(line.t);
      out.push(tLine(line.t, members));
    }
    const statedAttributes = new Set<string>();
    for (const line of meta?.lines ?? []) {
      if (typeof line !== 'string') continue;
      const match = /^A\S*\t(\S+) (\S+)/.exec(line);
      if (match) statedAttributes.add(`${match[2]} ${match[1]}`);
    }
    const idOf = new Map<FormatAnnotation, string>();
    for (const [id, members] of groups) for (const member of members) idOf.set(member, id);
    for (const annotation of fresh) {
      const id = `T${nextT++}`;
      idOf.set(annotation, id);
      out.push(tLine(id, [annotation]));
    }
    for (const annotation of doc.annotations) {
      const id = idOf.get(annotation);
      if (!id) continue;
      for (const [name, value] of Object.entries(annotation.attributes ?? {})) {
        if (statedAttributes.has(`${id} ${name}`) || value === false) continue;
        statedAttributes.add(`${id} ${name}`);
        const spelled = value === true ? '' : ` ${String(value).replace(/\s/g, '_')}`;
        out.push(`A${nextA++}\t${name.replace(/\s/g, '_')} ${id}${spelled}`);
      }
    }
    // Kept lines that point at a T that is gone.
    const present = new Set([...written, ...idOf.values()]);
    for (const line of meta?.lines ?? []) {
      if (typeof line !== 'string') continue;
      for (const ref of line.split('\t')[1]?.match(/\bT\d+\b/g) ?? []) {
        if (keptTs.has(ref) && !present.has(ref)) {
          warnings.push(
            `${path}.ann: ${JSON.stringify(line)} refers to ${ref}, whose span is no longer there`,
          );
        }
      }
    }
    const finalNewline = meta
      ? meta.finalNewline || (out.length > 0 && meta.lines.length === 0)
      : out.length > 0;
    const ann = out.join('\n') + (finalNewline && out.length > 0 ? '\n' : '');
    const folder = options.folder ?? '';
    files.push(
      { path: `${folder}${path}.txt`, content: map.raw },
      { path: `${folder}${path}.ann`, content: ann },
    );
  }
  const confText = chooseConf(confs, allHaveConf, labels, attributeValues, warnings);
  files.push({ path: `${options.folder ?? ''}annotation.conf`, content: confText });
  return { files, warnings: [...new Set(warnings)] };
}

/** An annotation's fragments in code points of the exported .txt: split at line breaks, as brat needs. */
function fragmentsFor(
  annotation: FormatAnnotation,
  map: StoredTextMap,
  units: UnitIndex,
): Array<[number, number]> {
  const toCp = (offset: number) => units.fromUtf16(offset, 'code-point');
  const rawStart = map.toRawStart(annotation.start);
  const rawEnd = map.toRawEnd(annotation.end);
  const computed: Array<[number, number]> = [];
  let from = rawStart;
  const slice = map.raw.slice(rawStart, rawEnd);
  const breaks = new RegExp(`${LINE_BREAK.source}+`, 'g');
  for (const match of slice.matchAll(breaks)) {
    computed.push([toCp(from), toCp(rawStart + match.index)]);
    from = rawStart + match.index + match[0].length;
  }
  computed.push([toCp(from), toCp(rawEnd)]);
  // The numbers the file had, when they still describe this span (they may differ at a dropped CR or BOM).
  const original = bratExtraOf(annotation)?.raw;
  if (original && original.length === computed.length) {
    const stored = (cp: number) => map.toStored(units.toUtf16(cp, 'code-point') ?? -1);
    const same = original.every(
      ([start, end], i) =>
        stored(start) === stored((computed[i] as [number, number])[0]) &&
        stored(end) === stored((computed[i] as [number, number])[1]),
    );
    if (same) return original.map(([start, end]) => [start, end]);
  }
  return computed;
}

function chooseConf(
  confs: ReadonlySet<string>,
  allHaveConf: boolean,
  labels: readonly string[],
  attributes: ReadonlyMap<string, ReadonlySet<AttributeValue>>,
  warnings: string[],
): string {
  if (allHaveConf && confs.size === 1) {
    const conf = [...confs][0] as string;
    const declared = confSpanTypes(conf);
    const missing = labels.filter((label) => !declared.has(label));
    if (missing.length === 0) return conf;
    warnings.push(
      `annotation.conf: the imported one does not declare ${missing.join(', ')}; a new one is written`,
    );
  }
  return generateConf(
    labels.map((label) => label.replace(/\s/g, '_')),
    attributes,
  );
}

function typeName(label: string, warnings: string[]): string {
  if (!/\s/.test(label) && label !== '') return label;
  warnings.push(
    `label ${JSON.stringify(label)} is written as ${JSON.stringify(label.replace(/\s/g, '_') || '_')} (brat types have no spaces)`,
  );
  return label.replace(/\s/g, '_') || '_';
}

function bratMetaOf(doc: FormatDocument): BratMeta | undefined {
  const meta = doc.meta?.brat;
  return meta && typeof meta === 'object' && Array.isArray((meta as BratMeta).lines)
    ? (meta as BratMeta)
    : undefined;
}

function bratExtraOf(annotation: FormatAnnotation): BratExtra | undefined {
  const extra = annotation.extra?.brat;
  return extra && typeof extra === 'object' && typeof (extra as BratExtra).id === 'string'
    ? (extra as BratExtra)
    : undefined;
}

/** A file name from a document id: path separators and characters Windows refuses become "_". */
function safeName(name: string): string {
  const cleaned = name
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\x00-\x1f]/g, '_')
    .replace(/^\.+/, '_')
    .trim();
  return cleaned === '' ? 'document' : cleaned;
}

function uniquePath(path: string, used: Set<string>): string {
  let candidate = path;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${path}-${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}
