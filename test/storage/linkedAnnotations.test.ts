import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { findLinkedAnnotations, linkedNames } from '../../src/renderer/storage/linkedAnnotations';

/**
 * "Find annotations" of an actor or a place across the library (through the spans' actorId / placeId indexes), and
 * the names the annotation filter lists. fake-indexeddb.
 */
const FIRST = 'قالت قسد إن قصفًا طال الحسكة.';
const SECOND = 'SDF forces (قسد) entered Raqqa; later قسد withdrew from الحسكة.';
const at = (text: string, phrase: string, from = 0) => {
  const start = text.indexOf(phrase, from);
  return [start, start + phrase.length] as const;
};

let store: AnnotationStore;
let clock = 1000;
beforeEach(() => {
  clock = 1000;
  store = new AnnotationStore(new SpanlightDatabase(`linked-${Math.random()}`), undefined, () => clock++);
});
afterEach(async () => {
  await store.db.delete();
});

async function library() {
  const first = (await store.createDocument({ title: 'First', text: FIRST })).document.id;
  const second = (await store.createDocument({ title: 'Second', text: SECOND })).document.id;
  const sdf = await store.coding.createActor({ name: 'Syrian Democratic Forces', aliases: ['قسد'] });
  const other = await store.coding.createActor({ name: 'Other' });
  const hasakah = await store.places.addUserPlace({ name: 'Al-Hasakah', latitude: 36.5, longitude: 40.75 });
  // Added out of text order, so the order of the result is the finder's, not the insertion's.
  const later = await store.addSpan(second, ...at(SECOND, 'قسد', 30), 'actor');
  const early = await store.addSpan(second, ...at(SECOND, 'SDF forces'), 'actor');
  const inFirst = await store.addSpan(first, ...at(FIRST, 'قسد'), 'actor');
  const notLinked = await store.addSpan(second, ...at(SECOND, 'قسد'), 'actor');
  const toOther = await store.addSpan(first, ...at(FIRST, 'قالت'), 'actor');
  for (const span of [later, early, inFirst]) await store.coding.linkActor(span, sdf.id);
  await store.coding.linkActor(toOther, other.id);
  const placeSpans = [
    await store.addSpan(second, ...at(SECOND, 'الحسكة'), 'place'),
    await store.addSpan(first, ...at(FIRST, 'الحسكة'), 'place'),
  ];
  for (const span of placeSpans) await store.coding.linkPlace(span, hasakah.id, 'exact');
  return { first, second, sdf, other, hasakah, later, early, inFirst, notLinked };
}

describe('findLinkedAnnotations', () => {
  it('lists every span linked to the actor, documents in library order, spans in text order', async () => {
    const { sdf, later, early, inFirst, notLinked } = await library();
    const found = await findLinkedAnnotations(store.db, { kind: 'actor', id: sdf.id });
    expect(found.total).toBe(3);
    expect(found.annotations.map(({ span }) => span.id)).toEqual([inFirst.id, early.id, later.id]);
    expect(found.annotations.map(({ span }) => span.id)).not.toContain(notLinked.id);
    expect(found.annotations.map(({ title }) => title)).toEqual(['First', 'Second', 'Second']);
    // The span in its context, from the document's text.
    const [, , last] = found.annotations;
    expect(last?.snippet.match).toBe('قسد');
    expect(`${last?.snippet.before}${last?.snippet.match}${last?.snippet.after}`).toContain(
      'later قسد withdrew',
    );
  });

  it('finds a place’s annotations the same way', async () => {
    const { hasakah, first, second } = await library();
    const found = await findLinkedAnnotations(store.db, { kind: 'place', id: hasakah.id });
    expect(found.annotations.map(({ span }) => [span.docId, span.text])).toEqual([
      [first, 'الحسكة'],
      [second, 'الحسكة'],
    ]);
  });

  it('keeps only the given documents (the current project’s) and lists at most `limit`, counting the rest', async () => {
    const { sdf, second, inFirst } = await library();
    const onlySecond = await findLinkedAnnotations(
      store.db,
      { kind: 'actor', id: sdf.id },
      { docIds: new Set([second]) },
    );
    expect(onlySecond.total).toBe(2);
    expect(onlySecond.annotations.every(({ span }) => span.docId === second)).toBe(true);
    const cut = await findLinkedAnnotations(store.db, { kind: 'actor', id: sdf.id }, { limit: 1 });
    expect(cut.total).toBe(3);
    expect(cut.annotations.map(({ span }) => span.id)).toEqual([inFirst.id]);
  });

  it('finds nothing for an actor nobody links to', async () => {
    await library();
    const lonely = await store.coding.createActor({ name: 'Nobody' });
    expect(await findLinkedAnnotations(store.db, { kind: 'actor', id: lonely.id })).toEqual({
      annotations: [],
      total: 0,
    });
  });
});

describe('linkedNames', () => {
  it('names the actors and places by id, sorted by name, leaving out ids that are gone', async () => {
    const { sdf, other, hasakah } = await library();
    expect(await linkedNames(store.db, [sdf.id, other.id, 'gone'], [hasakah.id])).toEqual({
      actors: [
        { id: other.id, name: 'Other' },
        { id: sdf.id, name: 'Syrian Democratic Forces' },
      ],
      places: [{ id: hasakah.id, name: 'Al-Hasakah' }],
    });
  });
});
