import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spanDifferences } from '../../src/core/agreement/spanDifferences';
import type { LabelKey } from '../../src/core/labels';
import type { Span } from '../../src/core/spans/span';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';

/**
 * Accepting a curation (store.curation.accept, Compare side by side): one transaction for a whole accept, the
 * accepted spans' coding copied, and one undo step. fake-indexeddb; the dialog and the end-to-end test check it
 * in Chromium.
 */
const TEXT = 'أفادت مصادر بسقوط خمسة قتلى في قصف على الحسكة. وقالت قسد إن قوات سوريا الديمقراطية ردت.';
let store: AnnotationStore;
afterEach(async () => {
  vi.restoreAllMocks();
  await store.db.delete();
});

async function setUp() {
  let id = 0;
  store = new AnnotationStore(new SpanlightDatabase(`curation-${Math.random()}`), () => `id${++id}`);
  const { document } = await store.createDocument({ title: 'T', text: TEXT });
  const docId = document.id;
  const tag = (phrase: string, label: LabelKey, annotator: string) =>
    store.addSpan(docId, TEXT.indexOf(phrase), TEXT.indexOf(phrase) + phrase.length, label, annotator);
  // alice: coded spans (edited figures, actor link, place link); bob: other boundaries and one span of his own.
  const five = await tag('خمسة', 'casualty_count', 'alice');
  await store.coding.setAttributes(five, { value: 7, precision: 'approximate', category: 'killed' });
  const sdf = await tag('قسد', 'actor', 'alice');
  const actor = await store.coding.createActor({ name: 'قوات سوريا الديمقراطية', aliases: ['قسد'] });
  await store.coding.linkActor(sdf, actor.id);
  const hasakah = await tag('الحسكة', 'place', 'alice');
  await store.coding.linkPlace(hasakah, 'gazetteer:173241', 'region');
  await tag('خمسة قتلى', 'casualty_count', 'bob');
  await tag('قوات سوريا الديمقراطية', 'actor', 'bob');
  const rows = async () => {
    const spans = await store.listSpans(docId);
    const of = (who: string) => spans.filter((span) => span.annotator === who);
    return spanDifferences(of('alice'), of('bob'));
  };
  return { docId, actorId: actor.id, rows };
}

const curated = async (docId: string) =>
  (await store.listSpans(docId)).filter((span) => span.annotator === 'curated');
const coding = ({ label, text, attributes, actorId, placeId, geoPrecision }: Span) => ({
  label,
  text,
  attributes,
  actorId,
  placeId,
  geoPrecision,
});

describe('store.curation.accept', () => {
  it('copies each accepted span with its coding: edited figures, actor and place links', async () => {
    const { docId, actorId, rows } = await setUp();
    const result = await store.curation.accept(docId, await rows(), 'a');
    const stored = await curated(docId);
    expect(result.map((span) => span.id).sort()).toEqual(stored.map((span) => span.id).sort());
    expect(stored.map(coding).sort((x, y) => (x.text < y.text ? -1 : 1))).toEqual(
      [
        {
          label: 'casualty_count',
          text: 'خمسة',
          // The researcher's figures, not a fresh proposal for the copy.
          attributes: { value: 7, precision: 'approximate', category: 'killed', proposed: false },
          actorId: undefined,
          placeId: undefined,
          geoPrecision: undefined,
        },
        { label: 'place', text: 'الحسكة', placeId: 'gazetteer:173241', geoPrecision: 'region' },
        { label: 'actor', text: 'قسد', actorId },
      ]
        .map((expected) => ({
          attributes: undefined,
          actorId: undefined,
          placeId: undefined,
          geoPrecision: undefined,
          ...expected,
        }))
        .sort((x, y) => (x.text < y.text ? -1 : 1)),
    );
    // The document's count follows.
    const [summary] = await store.listDocuments();
    expect(summary?.spanCount).toBe(8);
  });

  it('switching to the other version replaces the curated spans in one undoable step', async () => {
    const { docId, rows } = await setUp();
    await store.curation.accept(docId, await rows(), 'a');
    await store.curation.accept(docId, await rows(), 'b');
    expect((await curated(docId)).map((span) => span.text).sort()).toEqual(
      ['خمسة قتلى', 'قوات سوريا الديمقراطية'].sort(),
    );
    // One undo takes the whole "accept all from B" back: A's version again.
    expect(await store.undo(docId)).not.toBeNull();
    expect((await curated(docId)).map((span) => span.text).sort()).toEqual(['الحسكة', 'خمسة', 'قسد'].sort());
    // The next undo takes "accept all from A" back; redo puts it back whole.
    await store.undo(docId);
    expect(await curated(docId)).toEqual([]);
    await store.redo(docId);
    expect((await curated(docId)).map((span) => span.text).sort()).toEqual(['الحسكة', 'خمسة', 'قسد'].sort());
    // Undo after that still works span by span for ordinary actions (the setUp's own ones).
    await store.undo(docId);
    await store.undo(docId);
    expect((await store.listSpans(docId)).map((span) => span.text)).not.toContain('قوات سوريا الديمقراطية');
  });

  it('a write failing midway writes nothing: no curated span, no history, the same count', async () => {
    const { docId, rows } = await setUp();
    const before = await store.listSpans(docId);
    const historyBefore = await store.db.history.count();
    const add = IDBObjectStore.prototype.add;
    let spanWrites = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      // The document's spans, curated ones included, cannot be written (a full disk, say): by then the
      // accept has written its history entries and taken spans out of events.
      if (this.name === 'spanBuckets' && ++spanWrites === 1)
        throw new DOMException('disk error', 'QuotaExceededError');
      return add.apply(this, args);
    });
    await expect(store.curation.accept(docId, await rows(), 'a')).rejects.toThrow(
      /Could not save the curated annotations: .*Nothing was saved\./,
    );
    expect(spanWrites).toBe(1);
    vi.restoreAllMocks();
    expect(await store.listSpans(docId)).toEqual(before);
    expect(await store.db.history.count()).toBe(historyBefore);
    expect((await store.listDocuments())[0]?.spanCount).toBe(before.length);
  });

  it('accepting what the curated set already holds changes nothing and records nothing', async () => {
    const { docId, rows } = await setUp();
    await store.curation.accept(docId, await rows(), 'a');
    const spans = await store.listSpans(docId);
    const history = await store.db.history.count();
    await store.curation.accept(docId, await rows(), 'a');
    expect(await store.listSpans(docId)).toEqual(spans);
    expect(await store.db.history.count()).toBe(history);
  });
});
