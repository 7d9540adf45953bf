/**
 * The brat export (see brat.ts for the format and its choices), one document at a time: `document(doc)` gives the
 * document's .txt and .ann, `end()` the collection's annotation.conf (which depends on every label and attribute
 * written, so it comes last). A streamed export zips each pair as it comes (bratZip.ts); `exportBrat` is the stream
 * fed every document, so the files are the same either way.
 */
import { confSpanTypes, generateConf } from './bratConf';
import { type BratExtra, type BratMeta, DISCONT_SEP, LINE_BREAK } from './bratTypes';
import { withWritableAnnotations } from './exporting';
import { createUnitIndex, type UnitIndex } from './offsetUnits';
import { exportTextMap, type StoredTextMap } from './storedText';
import type { AttributeValue, ExportOutcome, FormatAnnotation, FormatDocument, FormatFile } from './types';

export interface BratExportOptions {
  /** Folder prefix for the written paths, e.g. "corpus/". */
  folder?: string;
}

/** One brat collection, written document by document. */
export class BratExportStream {
  /** Every warning, once each (several documents can say the same, e.g. a label written with "_"). */
  private readonly collected: string[] = [];
  private readonly usedPaths = new Set<string>();
  private readonly labels: string[] = [];
  private readonly attributeValues = new Map<string, Set<AttributeValue>>();
  private readonly confs = new Set<string>();
  private allHaveConf = true;
  private written = 0;

  constructor(private readonly options: BratExportOptions = {}) {}

  get warnings(): string[] {
    return [...new Set(this.collected)];
  }

  /** The document's .txt and .ann files. */
  document(original: FormatDocument): FormatFile[] {
    const docIndex = this.written++;
    const doc = withWritableAnnotations(original, docIndex, this.collected);
    const meta = bratMetaOf(doc);
    if (meta?.conf !== undefined) this.confs.add(meta.conf);
    else this.allHaveConf = false;
    const path = uniquePath(meta?.path ?? safeName(doc.id || `document-${docIndex + 1}`), this.usedPaths);
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
      if (!this.labels.includes(annotation.label)) this.labels.push(annotation.label);
      for (const [name, value] of Object.entries(annotation.attributes ?? {})) {
        const values = this.attributeValues.get(name) ?? new Set<AttributeValue>();
        values.add(value);
        this.attributeValues.set(name, values);
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
      return `${id}\t${typeName(label, this.collected)} ${fragments.map(([start, end]) => `${start} ${end}`).join(';')}\t${text}`;
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
          this.collected.push(
            `${path}.ann: ${JSON.stringify(line)} refers to ${ref}, whose span is no longer there`,
          );
        }
      }
    }
    const finalNewline = meta
      ? meta.finalNewline || (out.length > 0 && meta.lines.length === 0)
      : out.length > 0;
    const ann = out.join('\n') + (finalNewline && out.length > 0 ? '\n' : '');
    const folder = this.options.folder ?? '';
    return [
      { path: `${folder}${path}.txt`, content: map.raw },
      { path: `${folder}${path}.ann`, content: ann },
    ];
  }

  /** annotation.conf: the imported one when every document had it and it declares every label, else generated. */
  end(): FormatFile {
    const confText = chooseConf(
      this.confs,
      this.allHaveConf && this.written > 0,
      this.labels,
      this.attributeValues,
      this.collected,
    );
    return { path: `${this.options.folder ?? ''}annotation.conf`, content: confText };
  }
}

export function exportBrat(
  documents: readonly FormatDocument[],
  options: BratExportOptions = {},
): ExportOutcome {
  const stream = new BratExportStream(options);
  const files = documents.flatMap((doc) => stream.document(doc));
  files.push(stream.end());
  return { files, warnings: stream.warnings };
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
