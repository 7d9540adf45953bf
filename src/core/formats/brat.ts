import { type BratExtra, type BratMeta, DISCONT_SEP, LINE_BREAKS_ONLY } from './bratTypes';
import { failure, ImportCollector, resolveSpan, type TextContext, textContext } from './importing';
import { detectOffsetUnit, type RawSpan } from './offsetUnits';
import type { FormatAnnotation, FormatDocument, FormatFile, ImportOutcome, OffsetUnit } from './types';

export { type BratExportOptions, BratExportStream, exportBrat } from './bratExport';
export type { BratMeta } from './bratTypes';

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
