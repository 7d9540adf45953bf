import Dexie from 'dexie';
import type { SpanlightDocument } from '../../core/document';
import { toFormatDocuments } from '../../core/export/toFormatDocuments';
import { spanlightJsonChunks } from '../../core/formats/spanlightJsonWriter';
import type { Span } from '../../core/spans/span';
import { DATABASE_NAME, type DocumentRow, SCHEMA_VERSION, type TextRow } from './database';

/**
 * Before this version of Spanlight upgrades an older library, a snapshot of it as it was: the database is
 * opened in its current version (no schema given, so nothing changes) and read whole. Returns the
 * snapshot's JSON and counts, or null when there is nothing to upgrade.
 */
export async function snapshotBeforeUpgrade(
  name: string = DATABASE_NAME,
): Promise<{ content: string; counts: { documents: number; spans: number } } | null> {
  const names = await Dexie.getDatabaseNames();
  if (!names.includes(name)) return null;
  const db = new Dexie(name);
  try {
    await db.open();
    // Dexie reports version × 10 for raw IndexedDB versions; verno is the schema version.
    if (db.verno >= SCHEMA_VERSION) return null;
    const tables = new Set(db.tables.map((table) => table.name));
    if (!tables.has('documents') || !tables.has('spans')) return null;
    const rows = (await db.table('documents').toArray()) as DocumentRow[];
    if (rows.length === 0) return null;
    const texts = tables.has('texts')
      ? new Map(((await db.table('texts').toArray()) as TextRow[]).map((row) => [row.id, row.text]))
      : new Map<string, string>();
    const spans = (await db.table('spans').toArray()) as Span[];
    const entries = rows.map((row) => {
      const { spanCount: _count, text: legacy, ...metadata } = row;
      const document: SpanlightDocument = { ...metadata, text: legacy ?? texts.get(row.id) ?? '' };
      return { document, spans: spans.filter((span) => span.docId === row.id) };
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
