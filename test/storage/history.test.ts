import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { HISTORY_LIMIT, HISTORY_TRIM_EVERY } from '../../src/renderer/storage/history';

let name = '';
let store: AnnotationStore;
afterEach(async () => {
  await store.db.delete();
});

async function setUp() {
  name = `history-${Math.random()}`;
  store = new AnnotationStore(new SpanlightDatabase(name));
  const { document } = await store.createDocument({ title: 'T', text: 'قسد في الرقة والحسكة' });
  return document.id;
}
const labels = async (docId: string) => (await store.listSpans(docId)).map((s) => `${s.text}:${s.label}`);

describe('undo and redo', () => {
  it('undoes and redoes tagging, relabelling and deleting, in order, keeping span ids and counts', async () => {
    const docId = await setUp();
    const a = await store.addSpan(docId, 0, 3, 'actor');
    const b = await store.addSpan(docId, 7, 12, 'actor');
    await store.relabelSpan(b, 'place');
    await store.deleteSpan(a);
    expect(await labels(docId)).toEqual(['الرقة:place']);

    expect((await store.undo(docId))?.kind).toBe('delete');
    expect((await store.listSpans(docId)).find((s) => s.id === a.id)?.text).toBe('قسد');
    expect((await store.undo(docId))?.kind).toBe('relabel');
    expect(await labels(docId)).toEqual(['قسد:actor', 'الرقة:actor']);
    expect((await store.undo(docId))?.kind).toBe('add');
    expect((await store.undo(docId))?.kind).toBe('add');
    expect(await labels(docId)).toEqual([]);
    expect(await store.undo(docId)).toBeNull();
    expect((await store.listDocuments())[0]?.spanCount).toBe(0);

    await store.redo(docId);
    await store.redo(docId);
    await store.redo(docId);
    expect(await labels(docId)).toEqual(['قسد:actor', 'الرقة:place']);
    await store.redo(docId);
    expect(await labels(docId)).toEqual(['الرقة:place']);
    expect(await store.redo(docId)).toBeNull();
    expect((await store.listDocuments())[0]?.spanCount).toBe(1);
  });

  it('a new action after an undo clears what could be redone', async () => {
    const docId = await setUp();
    await store.addSpan(docId, 0, 3, 'actor');
    await store.undo(docId);
    await store.addSpan(docId, 7, 12, 'place');
    expect(await store.redo(docId)).toBeNull();
    expect(await labels(docId)).toEqual(['الرقة:place']);
  });

  it('survives a reload', async () => {
    const docId = await setUp();
    await store.addSpan(docId, 0, 3, 'actor');
    store.db.close();
    store = new AnnotationStore(new SpanlightDatabase(name));
    expect((await store.undo(docId))?.span.text).toBe('قسد');
    store.db.close();
    store = new AnnotationStore(new SpanlightDatabase(name));
    expect((await store.redo(docId))?.span.text).toBe('قسد');
    expect(await labels(docId)).toEqual(['قسد:actor']);
  });
});

describe('the history limit', () => {
  it('keeps at least the latest 500 actions of a document, trimmed 50 at a time; undone ones never count', async () => {
    const docId = await setUp();
    // Tags over the one word, relabelled back and forth.
    const span = await store.addSpan(docId, 0, 3, 'actor');
    const rows = () => store.db.history.where('docId').equals(docId).toArray();
    let actions = 1;
    const relabel = async (times: number) => {
      for (let n = 0; n < times; n++, actions++)
        await store.relabelSpan(span, actions % 2 === 1 ? 'place' : 'actor');
    };
    // Up to 550 actions nothing is trimmed: a tag does not pay for it every time.
    await relabel(549);
    expect(await rows()).toHaveLength(550);
    expect((await rows())[0]?.kind).toBe('add');
    // The 551st (a tag, which reads the history's counts with its other reads) trims to the latest 500: the
    // oldest (the first tag) dropped off.
    await store.addSpan(docId, 7, 12, 'place');
    expect(await rows()).toHaveLength(HISTORY_LIMIT);
    expect((await rows()).filter((row) => row.kind === 'add').map((row) => row.span.text)).toEqual(['الرقة']);
    await relabel(HISTORY_TRIM_EVERY);
    expect(await rows()).toHaveLength(HISTORY_LIMIT + HISTORY_TRIM_EVERY);
    await store.undo(docId);
    await store.undo(docId);
    await store.relabelSpan(span, 'casualty_count');
    // The two undone actions were cleared by the new one, not counted against the limit: 548 kept + 1 new.
    const after = await rows();
    expect(after).toHaveLength(549);
    expect(after.every((row) => row.undone === 0)).toBe(true);
    expect(after.at(-1)?.span.label).toBe('casualty_count');
  });
});
