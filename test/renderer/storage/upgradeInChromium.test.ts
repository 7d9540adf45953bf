import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LABELS } from '../../../src/core/labels';
import { DEFAULT_PROJECT_ID } from '../../../src/core/projects/project';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { snapshotBeforeUpgrade, upgradePending } from '../../../src/renderer/storage/backupBeforeUpgrade';
import { SCHEMA_VERSION, SpanlightDatabase } from '../../../src/renderer/storage/database';
import { V6_STORES } from '../../storage/support/schemaV6';

// The upgrade to schema 7 in real Chromium IndexedDB (test/storage/migrationToV7.test.ts runs it in Node's
// fake-indexeddb): compound keys, multiEntry indexes over arrays, Maps in stored rows are Chromium's own here.

const TEXT = 'قالت مصادر إن قسد دخلت الرقة، وإن داعش انسحب من الحسكة.\r\n👍🏽 The SDF entered Raqqa.';
const PHRASES = ['قسد', 'الرقة', 'داعش', 'الحسكة', 'SDF', 'Raqqa'];

let name = '';
afterEach(async () => {
  await Dexie.delete(name);
});

async function writeVersion6() {
  const v6 = new Dexie(name);
  v6.version(6).stores(V6_STORES);
  await v6
    .table('projects')
    .add({ id: DEFAULT_PROJECT_ID, name: 'Default', labels: DEFAULT_LABELS, createdAt: 1 });
  const docs = ['a', 'b'];
  await v6.table('documents').bulkAdd(
    docs.map((id, index) => ({
      id,
      title: id,
      importedAt: index,
      sha256: id,
      spanCount: 0,
      projectId: DEFAULT_PROJECT_ID,
    })),
  );
  await v6.table('texts').bulkAdd(docs.map((id) => ({ id, text: `${TEXT} ${id}` })));
  // Document a: one span per phrase, plus enough more that the upgrade spreads them over several rows.
  const spans = PHRASES.map((phrase, at) => {
    const start = TEXT.indexOf(phrase);
    return {
      id: `s${at}`,
      docId: 'a',
      start,
      end: start + phrase.length,
      label: at % 2 ? 'place' : 'actor',
      text: phrase,
      createdAt: 5,
      updatedAt: 5,
      ...(phrase === 'قسد' ? { actorId: 'sdf' } : {}),
    };
  });
  for (let at = 0; at < 400; at++) spans.push({ ...spans[1], id: `extra${at}` } as (typeof spans)[number]);
  await v6.table('spans').bulkAdd(spans);
  await v6.table('documents').update('a', { spanCount: spans.length });
  await v6.table('actors').add({ id: 'sdf', name: 'SDF', aliases: ['قسد'], createdAt: 1, updatedAt: 1 });
  v6.close();
  return spans;
}

describe('upgrading a version-6 library in Chromium', () => {
  it('is backed up, then every span is found, edited and searched as before', async () => {
    name = `upgrade-chromium-${crypto.randomUUID()}`;
    const spans = await writeVersion6();
    expect(await upgradePending(name)).toBe(true);
    expect((await snapshotBeforeUpgrade(name))?.counts).toEqual({ documents: 2, spans: spans.length });

    const store = new AnnotationStore(new SpanlightDatabase(name));
    const listed = await store.listSpans('a');
    expect(store.db.verno).toBe(SCHEMA_VERSION);
    expect(listed).toHaveLength(spans.length);
    expect(new Set(listed.map((span) => span.id))).toEqual(new Set(spans.map((span) => span.id)));
    expect(
      await store.db.spanBuckets.where('[docId+bucket]').between(['a', 0], ['a', Infinity]).count(),
    ).toBeGreaterThan(1);
    expect(await store.coding.countLinkedSpans('sdf')).toBe(1);
    // Every text was indexed again: the search finds both documents, and the phrase in its place.
    const hits = await store.searchLibrary('الرقه');
    expect(hits.hits.map((hit) => [hit.docId, `${TEXT} ${hit.docId}`.slice(hit.start, hit.end)])).toEqual([
      ['a', 'الرقة'],
      ['b', 'الرقة'],
    ]);
    // A migrated span is relabelled, undone, and a new one tagged next to them.
    await store.relabelSpan({ id: 's1', docId: 'a' }, 'actor');
    await store.undo('a');
    expect((await store.listSpans('a')).find((span) => span.id === 's1')?.label).toBe('place');
    const tagged = await store.addSpan('b', TEXT.indexOf('SDF'), TEXT.indexOf('SDF') + 3, 'actor');
    expect((await store.listSpans('b')).map((span) => span.id)).toEqual([tagged.id]);
    expect(await upgradePending(name)).toBe(false);
    store.db.close();
  });
});
