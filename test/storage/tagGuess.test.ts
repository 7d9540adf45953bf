import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { BUCKET_LIMIT, bucketOf } from '../../src/renderer/storage/spanBuckets';

/**
 * A tag sends its writes with the reads that check what the window last knew of the document (tagGuess.ts). These
 * tests show that the tags after the first go that way, and that a guess made stale by another window, or by
 * another kind of edit, never loses or doubles anything: the tag is done again, reading first.
 */

// Words of the article, each tagged by its bounds (UTF-16 offsets); no marks, so every word is a valid range.
const TEXT = Array.from({ length: 400 }, (_, at) => `${['قسد', 'الرقة', 'SDF', 'داعش'][at % 4]}${at}`).join(
  ' ',
);
const WORDS = [...TEXT.matchAll(/\S+/g)].map(
  (match) => [match.index, match.index + match[0].length] as const,
);

let names: string[] = [];
afterEach(async () => {
  for (const name of names) await Dexie.delete(name);
  names = [];
});

/** Two windows (two stores, two connections) on one new library holding the article. */
async function twoWindows() {
  const name = `tag-guess-${Math.random()}`;
  names.push(name);
  const a = new AnnotationStore(new SpanlightDatabase(name));
  const { document } = await a.createDocument({ title: 'Article', text: TEXT });
  const b = new AnnotationStore(new SpanlightDatabase(name));
  return { a, b, docId: document.id };
}

const word = (at: number) => WORDS[at] as readonly [number, number];
const tag = (store: AnnotationStore, docId: string, at: number) =>
  store.addSpan(docId, ...word(at), at % 2 ? 'place' : 'actor');

async function storedState(store: AnnotationStore, docId: string) {
  const spans = await store.db.spanBuckets.where('docId').equals(docId).toArray();
  return {
    ids: spans.flatMap((row) => row.spans.map((span) => span.id)).sort(),
    spanCount: (await store.db.documents.get(docId))?.spanCount,
    history: await store.db.history.where('docId').equals(docId).count(),
  };
}

describe('a tag written with the reads that check it', () => {
  it('goes in one round after the first tag of the opened document, and stores exactly the tags', async () => {
    const { a, docId } = await twoWindows();
    await a.listSpans(docId);
    const tagged = [];
    for (let at = 0; at < 6; at++) tagged.push(await tag(a, docId, at));
    const guesses = a.tagGuesses.counts;
    // The first reads the document's row and history first; the next five rely on what it wrote.
    expect(guesses).toEqual({ hits: 5, misses: 0 });
    const state = await storedState(a, docId);
    expect(state).toEqual({ ids: tagged.map((span) => span.id).sort(), spanCount: 6, history: 6 });
    expect((await a.listSpans(docId)).map((span) => [span.start, span.end, span.label, span.text])).toEqual(
      tagged.map((_span, at) => [...word(at), at % 2 ? 'place' : 'actor', TEXT.slice(...word(at))]),
    );
  });

  it('is done again, reading first, when another window tagged the same bucket meanwhile: both tags are kept', async () => {
    const { a, b, docId } = await twoWindows();
    await a.listSpans(docId);
    await tag(a, docId, 0);
    await tag(a, docId, 1);
    // A document of a few spans has one bucket: the other window's tag rewrites the row this window remembers.
    const theirs = await tag(b, docId, 2);
    await tag(a, docId, 3);
    expect(a.tagGuesses.counts).toEqual({ hits: 1, misses: 1 });
    const state = await storedState(a, docId);
    expect(state.ids).toContain(theirs.id);
    expect(state).toMatchObject({ spanCount: 4, history: 4 });
    // What the miss read replaced the guess: the next tag goes in one round again.
    await tag(a, docId, 4);
    expect(a.tagGuesses.counts).toEqual({ hits: 2, misses: 1 });
    expect(await storedState(b, docId)).toMatchObject({ spanCount: 5, history: 5 });
  });

  it('a document deleted from another window is not brought back by a tag that relied on it', async () => {
    const { a, b, docId } = await twoWindows();
    await a.listSpans(docId);
    await tag(a, docId, 0);
    await tag(a, docId, 1);
    await b.deleteDocument(docId);
    await expect(tag(a, docId, 2)).rejects.toThrow(/no longer exists/);
    expect(await a.db.documents.get(docId)).toBeUndefined();
    expect(await a.db.spanBuckets.where('docId').equals(docId).count()).toBe(0);
    expect(await a.db.history.where('docId').equals(docId).count()).toBe(0);
    expect(a.tagGuesses.counts).toEqual({ hits: 1, misses: 1 });
  });

  it('after another kind of edit in the same window, the next tag reads first without missing', async () => {
    const { a, docId } = await twoWindows();
    await a.listSpans(docId);
    const first = await tag(a, docId, 0);
    await tag(a, docId, 1);
    await a.relabelSpan(first, 'place');
    await tag(a, docId, 2);
    await a.undo(docId);
    await tag(a, docId, 3);
    await tag(a, docId, 4);
    expect(a.tagGuesses.counts).toEqual({ hits: 2, misses: 0 });
    const spans = await a.listSpans(docId);
    expect(spans.map((span) => span.text)).toEqual([0, 1, 3, 4].map((at) => TEXT.slice(...word(at))));
    expect(spans[0]?.label).toBe('place');
    expect((await storedState(a, docId)).spanCount).toBe(4);
  });

  it('in a document of several buckets, each tag rewrites its own bucket; a full bucket spreads them all', async () => {
    const { a, b, docId } = await twoWindows();
    // BUCKET_LIMIT + 1 spans: the other window's tags spread them over more buckets once one bucket was full.
    for (let at = 0; at <= BUCKET_LIMIT; at++) await tag(b, docId, at);
    await a.listSpans(docId);
    const before = a.tagGuesses.get(docId)?.bucketCount ?? 0;
    expect(before).toBeGreaterThan(1);
    for (let at = BUCKET_LIMIT + 1; at < BUCKET_LIMIT + 41; at++) await tag(a, docId, at);
    expect(a.tagGuesses.counts.misses).toBe(0);
    expect(a.tagGuesses.counts.hits).toBe(39);
    const rows = await a.db.spanBuckets.where('docId').equals(docId).toArray();
    expect(rows.length).toBe(before);
    for (const row of rows) for (const span of row.spans) expect(bucketOf(span.id, before)).toBe(row.bucket);
    expect(await storedState(a, docId)).toMatchObject({ spanCount: BUCKET_LIMIT + 41 });
  });

  it('a tag into a full bucket spreads the spans and is kept; the next tags read first', async () => {
    const { a, b, docId } = await twoWindows();
    // One bucket holding exactly BUCKET_LIMIT spans.
    for (let at = 0; at < BUCKET_LIMIT; at++) await tag(b, docId, at);
    expect(await a.db.spanBuckets.where('docId').equals(docId).count()).toBe(1);
    await a.listSpans(docId);
    await tag(a, docId, BUCKET_LIMIT);
    await tag(a, docId, BUCKET_LIMIT + 1);
    await tag(a, docId, BUCKET_LIMIT + 2);
    expect(a.tagGuesses.counts).toEqual({ hits: 0, misses: 0 });
    expect(await a.db.spanBuckets.where('docId').equals(docId).count()).toBeGreaterThan(1);
    expect((await storedState(a, docId)).ids.length).toBe(BUCKET_LIMIT + 3);
    expect((await a.listSpans(docId)).length).toBe(BUCKET_LIMIT + 3);
  });
});

describe('two windows tagging, deleting and opening in any order', () => {
  it('keep every tag not deleted, counted once, whatever each window last knew', async () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('tag' as const), window: fc.integer({ min: 0, max: 1 }) }),
      fc.record({
        kind: fc.constant('delete' as const),
        window: fc.integer({ min: 0, max: 1 }),
        pick: fc.nat(),
      }),
      fc.record({ kind: fc.constant('open' as const), window: fc.integer({ min: 0, max: 1 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 30 }), async (operations) => {
        const { a, b, docId } = await twoWindows();
        const windows = [a, b];
        const expected = new Set<string>();
        let next = 0;
        for (const op of operations) {
          const store = windows[op.window] as AnnotationStore;
          if (op.kind === 'tag') expected.add((await tag(store, docId, next++)).id);
          else if (op.kind === 'open') await store.listSpans(docId);
          else if (expected.size > 0) {
            const id = [...expected][op.pick % expected.size] as string;
            await store.deleteSpan({ id, docId });
            expected.delete(id);
          }
        }
        const state = await storedState(a, docId);
        expect(state.ids).toEqual([...expected].sort());
        expect(state.spanCount).toBe(expected.size);
        for (const store of windows) store.db.close();
      }),
      { numRuns: 40 },
    );
  });
});
