/** store.resizeSpan (issue 8): validated, text follows, undoable and redoable across a reload. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';

// قسد 0..3, في 4..6, الرقة 7..12, والحسكة 13..20; "خمسة قتلى" 21..30.
const TEXT = 'قسد في الرقة والحسكة خمسة قتلى وثلاثة جرحى';
let name = '';
let store: AnnotationStore;
afterEach(async () => {
  await store.db.delete();
});

async function setUp(text = TEXT) {
  name = `resize-${Math.random()}`;
  store = new AnnotationStore(new SpanlightDatabase(name));
  const { document } = await store.createDocument({ title: 'T', text });
  return document.id;
}
const reopen = () => {
  store.db.close();
  store = new AnnotationStore(new SpanlightDatabase(name));
};
const bounds = async (docId: string) =>
  (await store.listSpans(docId)).map((s) => `${s.start}..${s.end}:${s.text}`);

describe('resizeSpan', () => {
  it('moves the bounds, updates the text, keeps id, label and creation time', async () => {
    const docId = await setUp();
    const span = await store.addSpan(docId, 8, 12, 'place');
    const resized = await store.resizeSpan(span, 7, 20);
    expect(resized).toMatchObject({ id: span.id, label: 'place', start: 7, end: 20, text: 'الرقة والحسكة' });
    expect(resized.createdAt).toBe(span.createdAt);
    expect(await bounds(docId)).toEqual(['7..20:الرقة والحسكة']);
    expect((await store.listDocuments())[0]?.spanCount).toBe(1);
  });

  it('refuses empty, out-of-range and character-splitting bounds, changing nothing', async () => {
    const docId = await setUp('قَسَد في 👍🏽 الرقة');
    const span = await store.addSpan(docId, 0, 5, 'actor');
    await expect(store.resizeSpan(span, 3, 3)).rejects.toThrow(/empty/);
    await expect(store.resizeSpan(span, 0, 999)).rejects.toThrow(/outside/);
    await expect(store.resizeSpan(span, 0, 1)).rejects.toThrow(/inside a character/);
    await expect(store.resizeSpan(span, 0, 11)).rejects.toThrow(/inside a character/);
    await expect(store.resizeSpan({ id: 'missing', docId }, 0, 5)).rejects.toThrow(/no longer exists/);
    expect(await bounds(docId)).toEqual(['0..5:قَسَد']);
    // Nothing was recorded: undo takes back the tagging itself.
    expect((await store.undo(docId))?.kind).toBe('add');
  });

  it('unchanged bounds write no history entry', async () => {
    const docId = await setUp();
    const span = await store.addSpan(docId, 7, 12, 'place');
    await store.resizeSpan(span, 7, 12);
    expect((await store.undo(docId))?.kind).toBe('add');
  });

  it('undo and redo restore the bounds and the text, even after reloads', async () => {
    const docId = await setUp();
    const span = await store.addSpan(docId, 7, 12, 'place');
    await store.resizeSpan(span, 7, 20);
    await store.resizeSpan(span, 13, 20);
    reopen();
    expect((await store.undo(docId))?.kind).toBe('resize');
    expect(await bounds(docId)).toEqual(['7..20:الرقة والحسكة']);
    reopen();
    expect((await store.undo(docId))?.kind).toBe('resize');
    expect(await bounds(docId)).toEqual(['7..12:الرقة']);
    reopen();
    expect((await store.redo(docId))?.span.text).toBe('الرقة والحسكة');
    reopen();
    await store.redo(docId);
    expect(await bounds(docId)).toEqual(['13..20:والحسكة']);
    expect(await store.redo(docId)).toBeNull();
  });

  it('a resize after an undo clears the redo', async () => {
    const docId = await setUp();
    const span = await store.addSpan(docId, 7, 12, 'place');
    await store.resizeSpan(span, 7, 20);
    await store.undo(docId);
    await store.resizeSpan(span, 4, 12);
    expect(await store.redo(docId)).toBeNull();
    expect(await bounds(docId)).toEqual(['4..12:في الرقة']);
  });

  it('re-reads a proposed casualty figure from the new text; an accepted one is kept', async () => {
    const docId = await setUp();
    const span = await store.addSpan(docId, 21, 25, 'casualty_count'); // خمسة
    const grown = await store.resizeSpan(span, 21, 30); // خمسة قتلى
    expect(grown.attributes?.proposed).toBe(true);
    expect(grown.attributes?.category).toBe('killed');
    const accepted = (await store.coding.setAttributes(span, { value: 6, precision: 'exact' })).attributes;
    expect(accepted?.proposed).toBe(false);
    const shrunk = await store.resizeSpan(span, 21, 25);
    expect(shrunk.attributes).toEqual(accepted);
    await store.undo(docId);
    expect((await store.listSpans(docId))[0]?.text).toBe('خمسة قتلى');
  });
});
