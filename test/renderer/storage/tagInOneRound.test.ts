import { afterEach, describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { database, deleteOpenedDatabases } from '../support/databases';

// In real Chromium IndexedDB: a tag's checking reads see the rows as they were before the writes sent with them
// (tagGuess.ts), so tags after the first go in one round; and a guess another window made stale is caught.

afterEach(async () => {
  await deleteOpenedDatabases();
});

const TEXT = 'أعلنت قسد في الرقة أن داعش هاجم دير الزور والحسكة 🔴 SDF';
const range = (phrase: string): [number, number] => {
  const start = TEXT.indexOf(phrase);
  return [start, start + phrase.length];
};

describe('a tag in one round, in Chromium', () => {
  it('relies on what the window knew, and redoes a tag whose row another window changed, keeping both', async () => {
    const name = `tag-round-${crypto.randomUUID()}`;
    const a = new AnnotationStore(database(name));
    const { document } = await a.createDocument({ title: 'T', text: TEXT });
    const b = new AnnotationStore(database(name));
    await a.listSpans(document.id);
    await a.addSpan(document.id, ...range('قسد'), 'actor');
    await a.addSpan(document.id, ...range('الرقة'), 'place');
    await a.addSpan(document.id, ...range('داعش'), 'actor');
    expect(a.tagGuesses.counts).toEqual({ hits: 2, misses: 0 });
    await b.addSpan(document.id, ...range('دير الزور'), 'place');
    await a.addSpan(document.id, ...range('الحسكة'), 'place');
    expect(a.tagGuesses.counts).toEqual({ hits: 2, misses: 1 });
    await a.addSpan(document.id, ...range('SDF'), 'actor');
    expect(a.tagGuesses.counts).toEqual({ hits: 3, misses: 1 });
    const texts = (await b.listSpans(document.id)).map((span) => span.text);
    expect(texts).toEqual(['قسد', 'الرقة', 'داعش', 'دير الزور', 'الحسكة', 'SDF']);
    expect((await b.listDocuments())[0]?.spanCount).toBe(6);
    // Undo takes back the tags in the order they were made, the other window's among them.
    expect((await a.undo(document.id))?.span.text).toBe('SDF');
    expect((await a.undo(document.id))?.span.text).toBe('الحسكة');
    expect((await a.undo(document.id))?.span.text).toBe('دير الزور');
  });
});
