import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { libraryStatistics } from '../../src/core/stats/libraryStatistics';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { readStatisticsInput } from '../../src/renderer/storage/statisticsSource';
import { changeStoredSpan } from './support/storedSpans';

let db: SpanlightDatabase;
let store: AnnotationStore;

beforeEach(() => {
  db = new SpanlightDatabase(`stats-${Math.random()}`);
  store = new AnnotationStore(db);
});

afterEach(async () => {
  await db.delete();
});

describe('readStatisticsInput', () => {
  it('reads documents, slim spans and the registries; the statistics count them', async () => {
    const text = 'قالت قسد إن داعش هاجم الرقة وقتل ٣ أشخاص.';
    const { document: first } = await store.createDocument({ title: 'أ', text, publishedAt: '2024-03-05' });
    const { document: second } = await store.createDocument({ title: 'ب', text: `${text} ` });
    const sdf = await store.addSpan(first.id, 5, 8, 'actor', 'Lina');
    await store.addSpan(first.id, 12, 16, 'actor', 'Lina');
    await store.addSpan(first.id, 22, 27, 'place', 'سارة');
    await store.addSpan(second.id, 33, 34, 'casualty_count');
    await db.actors.put({
      id: 'sdf',
      name: 'قوات سوريا الديمقراطية',
      aliases: [],
      createdAt: 1,
      updatedAt: 1,
    });
    await changeStoredSpan(db, sdf, { actorId: 'sdf' });

    const input = await readStatisticsInput(db);
    expect(input.documents).toEqual([{ id: first.id, publishedAt: '2024-03-05' }, { id: second.id }]);
    expect(input.spans).toHaveLength(4);
    // Only what is counted: no offsets, and no text where nothing groups by it.
    expect(input.spans.find((span) => span.label === 'casualty_count')).toEqual({
      docId: second.id,
      label: 'casualty_count',
      text: '',
    });
    expect(input.actors).toEqual([{ id: 'sdf', name: 'قوات سوريا الديمقراطية' }]);

    const stats = libraryStatistics(input);
    expect(stats.actors.map((row) => [row.name, row.count])).toEqual([
      ['داعش', 1],
      ['قوات سوريا الديمقراطية', 1],
    ]);
    expect(stats.places.map((row) => row.name)).toEqual(['الرقة']);
    expect(stats.annotators.map((row) => [row.name, row.count])).toEqual([
      ['Lina', 2],
      // Equal counts by name: Arabic before Latin.
      ['سارة', 1],
      ['No name', 1],
    ]);
    expect(stats.overTime.months).toEqual([{ month: '2024-03', count: 3, documents: 1 }]);
    expect(stats.overTime.undated).toEqual({ count: 1, documents: 1 });
  });
});
