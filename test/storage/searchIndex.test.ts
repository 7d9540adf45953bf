import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FormatDocument } from '../../src/core/formats/types';
import { searchTermsOf } from '../../src/core/search/searchTerms';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { documentsWithTerm, indexedDocumentIds } from '../../src/renderer/storage/searchPostings';

// The corpus search index in Node (fake-indexeddb): kept in step by every write, used by searchLibrary.

let db: SpanlightDatabase;
let store: AnnotationStore;
let counter = 0;
let clock = 1_700_000_000_000;

beforeEach(() => {
  db = new SpanlightDatabase(`search-${Math.random()}`);
  store = new AnnotationStore(
    db,
    () => `id-${++counter}`,
    () => ++clock,
  );
});

afterEach(async () => {
  await db.delete();
});

const DAESH = 'هاجم تنظيم داعش قرية قرب الرقة.\nوقال مصدر إن عناصر دَاعِش انسحبوا.';
const PREFIXED = 'تصدت القوات لداعش في البادية، وداعش خسر مواقعه بداعشية.';
const ENGLISH = 'The SDF said Daesh fighters attacked a checkpoint in Raqqa.';

const asFormat = (title: string, text: string): FormatDocument => ({ title, text, annotations: [] });

/** The documents the index lists (deleted ones stay listed until their part is merged), sorted. */
async function indexed(on = db): Promise<string[]> {
  return [...(await on.transaction('r', on.searchParts, () => indexedDocumentIds(on)))].sort();
}

/** The documents the index gives for every one of a text's terms. */
async function holdingEveryTerm(text: string, on = db): Promise<string[]> {
  return on.transaction('r', [on.searchParts, on.searchPostings], async () => {
    const sets = await Promise.all(searchTermsOf(text).map((term) => documentsWithTerm(on, term)));
    return [...(sets[0] ?? [])].filter((id) => sets.every((set) => set.has(id))).sort();
  });
}

async function hitsFor(query: string, limit?: number) {
  const result = await store.searchLibrary(query, { limit });
  return result.hits.map((hit) => [hit.title, hit.snippet.match]);
}

describe('the search index', () => {
  it('indexes a created document in the same transaction and finds its hits', async () => {
    const { document } = await store.createDocument({ title: 'داعش', text: DAESH });
    expect(await indexed()).toEqual([document.id]);
    expect(await holdingEveryTerm(DAESH)).toEqual([document.id]);
    expect(await holdingEveryTerm(ENGLISH)).toEqual([]);
    const result = await store.searchLibrary('داعش');
    expect(result.hits.map((hit) => [hit.docId, DAESH.slice(hit.start, hit.end)])).toEqual([
      [document.id, 'داعش'],
      [document.id, 'دَاعِش'],
    ]);
    expect(result.candidates).toBe(1);
  });

  it('finds prefixed forms but not longer words, in library order', async () => {
    await store.createDocument({ title: 'one', text: DAESH });
    await store.createDocument({ title: 'two', text: PREFIXED });
    await store.createDocument({ title: 'three', text: ENGLISH });
    expect(await hitsFor('داعش')).toEqual([
      ['one', 'داعش'],
      ['one', 'دَاعِش'],
      ['two', 'داعش'],
      ['two', 'داعش'],
    ]);
    expect(await hitsFor('daesh')).toEqual([['three', 'Daesh']]);
  });

  it('intersects the terms of a multi-word query and respects phrases and the limit', async () => {
    await store.createDocument({ title: 'one', text: DAESH });
    await store.createDocument({ title: 'two', text: PREFIXED });
    expect(await hitsFor('داعش الرقه')).toEqual([
      ['one', 'داعش'],
      ['one', 'الرقة'],
      ['one', 'دَاعِش'],
    ]);
    expect(await hitsFor('"تنظيم داعش"')).toEqual([['one', 'تنظيم داعش']]);
    expect(await hitsFor('"داعش تنظيم"')).toEqual([]);
    const limited = await store.searchLibrary('داعش', { limit: 3 });
    expect(limited.hits).toHaveLength(3);
    expect(limited.truncated).toBe(true);
    expect((await store.searchLibrary('  ،  ')).hits).toEqual([]);
  });

  it('reports the first hits before it has read every candidate', async () => {
    await store.createDocuments(
      Array.from({ length: 30 }, (_, n) => ({ title: `doc ${n}`, text: `${n}: ${DAESH}` })),
    );
    const partials: number[][] = [];
    const result = await store.searchLibrary('داعش', {
      onProgress: (partial) => partials.push(partial.hits.map((hit) => hit.start)),
    });
    expect(result.hits).toHaveLength(60);
    expect(partials.length).toBeGreaterThan(0);
    for (const partial of partials) {
      expect(partial.length).toBeLessThan(60);
      expect(partial).toEqual(result.hits.slice(0, partial.length).map((hit) => hit.start));
    }
    expect(result.hits.map((hit) => hit.title).slice(0, 4)).toEqual(['doc 0', 'doc 0', 'doc 1', 'doc 1']);
  });

  it('indexes imported documents and forgets deleted ones', async () => {
    const result = await store.importDocuments([asFormat('imported', PREFIXED)], { duplicates: 'skip' });
    expect(result.added).toBe(1);
    expect(await hitsFor('داعش')).toEqual([
      ['imported', 'داعش'],
      ['imported', 'داعش'],
    ]);
    const [summary] = await store.listDocuments();
    await store.deleteDocument(summary?.id ?? '');
    expect(await hitsFor('داعش')).toEqual([]);
    expect((await store.searchLibrary('داعش')).candidates).toBe(0);
  });

  it('keeps one entry for a replaced duplicate and re-indexes a restored library', async () => {
    const { document } = await store.createDocument({ title: 'first', text: DAESH });
    await store.importDocuments([asFormat('again', DAESH)], { duplicates: 'replace' });
    expect(await indexed()).toEqual([document.id]);
    expect(await db.searchParts.count()).toBe(1);
    await store.restoreDocuments([asFormat('restored', ENGLISH)]);
    expect(await indexed()).toHaveLength(1);
    expect(await hitsFor('داعش')).toEqual([]);
    expect(await hitsFor('raqqa')).toEqual([['restored', 'Raqqa']]);
    await store.clearAll();
    expect(await indexed()).toEqual([]);
    expect(await db.searchPostings.count()).toBe(0);
  });

  it('writes nothing to the index when the write fails', async () => {
    await expect(
      store.importDocuments(
        [
          asFormat('good', DAESH),
          { ...asFormat('bad', ENGLISH), annotations: [{ start: 0, end: 99, label: 'actor', text: 'x' }] },
        ],
        { duplicates: 'skip' },
      ),
    ).rejects.toThrow(/Nothing was saved/);
    expect(await indexed()).toEqual([]);
    expect(await db.searchPostings.count()).toBe(0);
  });

  it('catches up with documents written without the store, and leaves out vanished ones', async () => {
    const one = await store.createDocument({ title: 'one', text: DAESH });
    await db.documents.add({ id: 'raw', title: 'raw', importedAt: 1, sha256: 'x', spanCount: 0 });
    await db.texts.add({ id: 'raw', text: PREFIXED });
    const gone = await store.createDocument({ title: 'gone', text: `${DAESH} gone` });
    await store.deleteDocument(gone.document.id);
    expect(await store.indexMissingDocuments()).toBe(1);
    expect(await indexed()).toEqual([one.document.id, 'raw', gone.document.id].sort());
    expect((await hitsFor('داعش')).map(([title]) => title)).toEqual(['raw', 'raw', 'one', 'one']);
    expect(await store.indexMissingDocuments()).toBe(0);
  });
});

/** A database as schema version 3 wrote it: texts in their own table, the history table, no search index. */
async function writeVersion3(name: string) {
  const v3 = new Dexie(name);
  v3.version(3).stores({
    documents: 'id, sha256, title, importedAt',
    spans: 'id, docId, [docId+start]',
    texts: 'id',
    history: '++seq, docId, [docId+undone]',
  });
  await v3.table('documents').bulkAdd([
    { id: 'a', title: 'الرقة', importedAt: 1, sha256: 'x', spanCount: 0, lang: 'ar' },
    { id: 'b', title: 'Raqqa', importedAt: 2, sha256: 'y', spanCount: 0 },
  ]);
  await v3.table('texts').bulkAdd([
    { id: 'a', text: DAESH },
    { id: 'b', text: ENGLISH },
  ]);
  v3.close();
}

describe('upgrade from schema version 3 (no index) to this one', () => {
  it('indexes every document already in the library', async () => {
    const name = `search-v3-${Math.random()}`;
    await writeVersion3(name);
    const upgraded = new SpanlightDatabase(name);
    const upgradedStore = new AnnotationStore(upgraded);
    expect(await holdingEveryTerm(DAESH, upgraded)).toEqual(['a']);
    expect(await holdingEveryTerm(ENGLISH, upgraded)).toEqual(['b']);
    const result = await upgradedStore.searchLibrary('داعش');
    expect(result.hits.map((hit) => [hit.docId, hit.title, hit.lang])).toEqual([
      ['a', 'الرقة', 'ar'],
      ['a', 'الرقة', 'ar'],
    ]);
    expect((await upgradedStore.searchLibrary('daesh')).hits.map((hit) => hit.docId)).toEqual(['b']);
    // The new index is maintained from then on.
    await upgradedStore.deleteDocument('a');
    await upgradedStore.createDocument({ title: 'new', text: PREFIXED });
    expect((await upgradedStore.searchLibrary('داعش')).hits.map((hit) => hit.title)).toEqual(['new', 'new']);
    await upgraded.delete();
  });
});
