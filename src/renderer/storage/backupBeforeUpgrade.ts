import Dexie from 'dexie';
import type { SpanlightDocument } from '../../core/document';
import { toFormatDocuments } from '../../core/export/toFormatDocuments';
import { spanlightJsonChunks } from '../../core/formats/spanlightJsonWriter';
import type { Span } from '../../core/spans/span';
import { DATABASE_NAME, type DocumentRow, SCHEMA_VERSION, type TextRow } from './database';
import type { SpanBucketRow } from './spanBuckets';

/**
 * Whether opening the library will upgrade it: it exists and was written by an older schema version. The window
 * says so while that runs (a large library takes a while: every span is moved and every text re-indexed).
 */
export async function upgradePending(
  name: string = DATABASE_NAME,
  upgradingTo: number = SCHEMA_VERSION,
): Promise<boolean> {
  // One round trip, nothing opened: each database's version is listed (Dexie's version × 10). It runs before
  // the window's first paint, where opening and closing the library cost tens of milliseconds (issue 4).
  if (typeof indexedDB.databases === 'function') {
    const found = (await indexedDB.databases()).find((info) => info.name === name);
    return found?.version !== undefined && found.version / 10 < upgradingTo;
  }
  if (!(await Dexie.getDatabaseNames()).includes(name)) return false;
  const db = new Dexie(name);
  try {
    await db.open();
    return db.verno < upgradingTo;
  } finally {
    db.close();
  }
}

/**
 * Before this version of Spanlight upgrades an older library, a snapshot of it as it was: the database is
 * opened in its current version (no schema given, so nothing changes) and read whole. Returns the
 * snapshot's JSON and counts, or null when there is nothing to upgrade.
 */
export async function snapshotBeforeUpgrade(
  name: string = DATABASE_NAME,
  /** The schema version about to be opened: this Spanlight's (a later one's, in tests of the next upgrade). */
  upgradingTo: number = SCHEMA_VERSION,
): Promise<{ content: string; counts: { documents: number; spans: number } } | null> {
  const names = await Dexie.getDatabaseNames();
  if (!names.includes(name)) return null;
  const db = new Dexie(name);
  try {
    await db.open();
    // Dexie reports version × 10 for raw IndexedDB versions; verno is the schema version.
    if (db.verno >= upgradingTo) return null;
    const tables = new Set(db.tables.map((table) => table.name));
    // Spans: one row each up to schema version 6, a few rows per document since 7 (spanBuckets.ts).
    const spanTable = tables.has('spanBuckets') ? 'spanBuckets' : tables.has('spans') ? 'spans' : null;
    if (!tables.has('documents') || !spanTable) return null;
    const rows = (await db.table('documents').toArray()) as DocumentRow[];
    if (rows.length === 0) return null;
    const texts = tables.has('texts')
      ? new Map(((await db.table('texts').toArray()) as TextRow[]).map((row) => [row.id, row.text]))
      : new Map<string, string>();
    const spans =
      spanTable === 'spans'
        ? ((await db.table('spans').toArray()) as Span[])
        : ((await db.table('spanBuckets').toArray()) as SpanBucketRow[]).flatMap((row) => row.spans);
    // Grouped once: filtering every span for every document was 5 × 10⁹ comparisons at 10,000 documents.
    const spansByDocument = new Map<string, Span[]>();
    for (const span of spans) {
      const list = spansByDocument.get(span.docId);
      if (list) list.push(span);
      else spansByDocument.set(span.docId, [span]);
    }
    const entries = rows.map((row) => {
      const { spanCount: _count, text: legacy, ...metadata } = row;
      const document: SpanlightDocument = { ...metadata, text: legacy ?? texts.get(row.id) ?? '' };
      return { document, spans: spansByDocument.get(row.id) ?? [] };
    });
    // Compact, by the one Spanlight JSON writer; refused (RangeError) rather than written without a damaged span.
    const content = [
      ...spanlightJsonChunks(toFormatDocuments(entries), {
        exportedAt: new Date(),
        indent: 0,
        invalidAnnotations: 'throw',
      }),
    ].join('');
    return { content, counts: { documents: rows.length, spans: spans.length } };
  } finally {
    db.close();
  }
}
