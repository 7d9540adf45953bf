/**
 * A library's events survive Spanlight JSON (an export, a backup): written by the app's export, read by the
 * importer, restored into an empty library, they are the same records pointing at the same annotations; imported
 * as a copy ("keep both"), they point at the copy's new annotation ids.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { importSpanlightJson } from '../../src/core/formats/spanlightJson';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { exportDatasetJson } from '../../src/renderer/ui/exportDataset';

const databases: SpanlightDatabase[] = [];
function newStore(): AnnotationStore {
  const db = new SpanlightDatabase(`test-${Math.random()}`);
  databases.push(db);
  return new AnnotationStore(db);
}

afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

const TEXT = 'اشتبكت قسد مع داعش في دير الزور، وقتل خمسة عناصر.';

describe('events in Spanlight JSON, through the store', () => {
  it('restore gives the same events back; an import as a copy maps them to the copy', async () => {
    const source = newStore();
    const { document } = await source.createDocument({
      title: 'تقرير',
      text: TEXT,
      publishedAt: '2023-05-04',
    });
    const tag = (needle: string, label: 'actor' | 'place' | 'casualty_count') =>
      source.addSpan(document.id, TEXT.indexOf(needle), TEXT.indexOf(needle) + needle.length, label);
    const spans = [
      await tag('قسد', 'actor'),
      await tag('داعش', 'actor'),
      await tag('خمسة', 'casualty_count'),
    ];
    const first = await source.events.createFromSpans(
      document.id,
      spans.map((s) => s.id),
    );
    await source.events.update(first.id, {
      eventType: 'Battles',
      notes: 'ملاحظة',
      fatalities: { low: 5, best: 5, high: 6 },
    });
    await source.events.createFromSpans(document.id, [spans[0]?.id as string]);
    const events = await source.events.listAll();
    const rows = await source.events.rows();

    const { content } = await exportDatasetJson(source);
    expect(JSON.parse(content).events).toHaveLength(2);
    const parsed = importSpanlightJson(content);
    if (!parsed.ok) throw new Error(parsed.reason);

    const restored = newStore();
    await restored.restoreDocuments(parsed.documents);
    expect(await restored.events.listAll()).toEqual(events);
    expect(await restored.events.rows()).toEqual(rows);

    const copy = newStore();
    await copy.createDocument({ title: 'other', text: 'نص آخر' });
    await copy.importDocuments(parsed.documents, { duplicates: 'keep-both' });
    const [imported] = await copy.listDocuments().then((list) => list.filter((d) => d.title === 'تقرير'));
    const copiedSpans = await copy.listSpans(imported?.id ?? '');
    const copied = await copy.events.listAll();
    expect(copied.map((e) => e.spanIds)).toEqual([copiedSpans.map((s) => s.id), [copiedSpans[0]?.id]]);
    expect(copied.every((e) => e.docId === imported?.id && !events.some((o) => o.id === e.id))).toBe(true);
    expect(
      (await copy.events.rows()).map((row) => [row.actor1, row.actor2, row.fatalities_best, row.notes]),
    ).toEqual([
      ['قسد', 'داعش', 5, 'ملاحظة'],
      ['قسد', null, null, ''],
    ]);
  });
});
