import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';

/**
 * Event coding in storage (store.coding): casualty attributes proposed on tagging and edited, undoable links to
 * actors and places, and the actor registry. fake-indexeddb; what the user relies on across reloads is also
 * checked by the end-to-end test.
 */
const TEXT = 'أفادت مصادر بسقوط خمسة قتلى في قصف على الحسكة. وقالت قسد إن قوات سوريا الديمقراطية ردت.';
let name = '';
let store: AnnotationStore;
afterEach(async () => {
  await store.db.delete();
});

async function setUp() {
  name = `coding-${Math.random()}`;
  let id = 0;
  store = new AnnotationStore(new SpanlightDatabase(name), () => `id${++id}`);
  const { document } = await store.createDocument({ title: 'T', text: TEXT });
  return document.id;
}
const at = (phrase: string) => {
  const start = TEXT.indexOf(phrase);
  return [start, start + phrase.length] as const;
};
const spanById = async (docId: string, id: string) => (await store.listSpans(docId)).find((s) => s.id === id);

describe('casualty attributes', () => {
  it('tagging a casualty count stores the proposal with the span, in the same write', async () => {
    const docId = await setUp();
    const span = await store.addSpan(docId, ...at('خمسة'), 'casualty_count');
    const expected = { value: 5, precision: 'exact', category: 'killed', proposed: true };
    expect(span.attributes).toEqual(expected);
    expect((await spanById(docId, span.id))?.attributes).toEqual(expected);
    // One history entry: undoing the tag removes the span and its proposal at once.
    expect((await store.undo(docId))?.kind).toBe('add');
    expect(await store.listSpans(docId)).toEqual([]);
  });

  it('other labels get no attributes; relabelling to casualty count proposes them, relabelling away drops them, undo restores', async () => {
    const docId = await setUp();
    const span = await store.addSpan(docId, ...at('خمسة'), 'actor');
    expect(span.attributes).toBeUndefined();
    const relabelled = await store.relabelSpan(span, 'casualty_count');
    expect(relabelled.attributes).toMatchObject({ value: 5, proposed: true });
    await store.coding.setAttributes(span, { value: 6, precision: 'at_least', category: 'killed' });
    const back = await store.relabelSpan(span, 'place');
    expect(back.attributes).toBeUndefined();
    await store.undo(docId);
    expect((await spanById(docId, span.id))?.attributes).toEqual({
      value: 6,
      precision: 'at_least',
      category: 'killed',
      proposed: false,
    });
  });

  it('an edit is stored as no longer proposed, and undo / redo take it back and forth, across a reload', async () => {
    const docId = await setUp();
    const span = await store.addSpan(docId, ...at('خمسة'), 'casualty_count');
    const edited = await store.coding.setAttributes(span, {
      low: 5,
      best: 6,
      high: 8,
      precision: 'approximate',
      category: 'killed',
      victims: 'civilians',
    });
    expect(edited.attributes?.proposed).toBe(false);
    store.db.close();
    store = new AnnotationStore(new SpanlightDatabase(name));
    expect((await spanById(docId, span.id))?.attributes).toMatchObject({ best: 6, proposed: false });
    expect((await store.undo(docId))?.kind).toBe('attributes');
    expect((await spanById(docId, span.id))?.attributes).toEqual({
      value: 5,
      precision: 'exact',
      category: 'killed',
      proposed: true,
    });
    expect((await store.redo(docId))?.kind).toBe('attributes');
    expect((await spanById(docId, span.id))?.attributes).toMatchObject({ low: 5, best: 6, high: 8 });
  });

  it('refuses invalid figures with the reason, and writes nothing', async () => {
    const docId = await setUp();
    const span = await store.addSpan(docId, ...at('خمسة'), 'casualty_count');
    await expect(
      store.coding.setAttributes(span, { low: 9, best: 5, high: 10, precision: 'approximate' }),
    ).rejects.toThrow(/best figure \(5\) is below the low figure \(9\).*Nothing was saved/);
    await expect(store.coding.setAttributes(span, { value: -2, precision: 'exact' })).rejects.toThrow(
      /whole number, 0 or more/,
    );
    expect((await spanById(docId, span.id))?.attributes?.proposed).toBe(true);
  });

  it('refuses figures on a span that is not a casualty count', async () => {
    const docId = await setUp();
    const span = await store.addSpan(docId, ...at('قسد'), 'actor');
    await expect(store.coding.setAttributes(span, { value: 1, precision: 'exact' })).rejects.toThrow(
      /labelled actor, not casualty_count/,
    );
  });
});

describe('the actor registry and links', () => {
  it('creates an actor from a span, links it, adds an alias, links another span by a matching name', async () => {
    const docId = await setUp();
    const first = await store.addSpan(docId, ...at('قسد'), 'actor');
    const { actor, span } = await store.coding.createActorFromSpan(first);
    expect(actor.name).toBe('قسد');
    expect(span.actorId).toBe(actor.id);
    await store.coding.addAliases(actor.id, ['SDF', 'قوات سوريا الديمقراطية', 'sdf']);
    expect((await store.coding.listActors())[0]?.aliases).toEqual(['SDF', 'قوات سوريا الديمقراطية']);

    const second = await store.addSpan(docId, ...at('قوات سوريا الديمقراطية'), 'actor');
    const [match] = await store.coding.actorsNamedBy(second.text);
    expect(match?.actor.id).toBe(actor.id);
    await store.coding.linkActor(second, actor.id);
    expect(await store.coding.countLinkedSpans(actor.id)).toBe(2);
    // Undo unlinks, redo links again.
    expect((await store.undo(docId))?.kind).toBe('link');
    expect((await spanById(docId, second.id))?.actorId).toBeUndefined();
    await store.redo(docId);
    expect((await spanById(docId, second.id))?.actorId).toBe(actor.id);
  });

  it('refuses an actor whose name another actor already has, and an empty name', async () => {
    await setUp();
    await store.coding.createActor({ name: 'قسد', aliases: ['SDF'], type: 'rebel_group' });
    await expect(
      store.coding.createActor({ name: 'Kurdish forces', aliases: ['S.D.F', 'sdf'] }),
    ).rejects.toThrow(/“sdf” is already a name of the actor “قسد”/);
    await expect(store.coding.createActor({ name: '  ' })).rejects.toThrow(/needs a name/);
    expect((await store.coding.listActors()).map((a) => a.name)).toEqual(['قسد']);
  });

  it('edits an actor: name, aliases, type, notes; a key given as undefined clears it', async () => {
    await setUp();
    const actor = await store.coding.createActor({ name: 'SDF', type: 'rebel_group', notes: 'Kurdish-led' });
    const edited = await store.coding.updateActor(actor.id, { name: 'قسد', aliases: ['SDF', 'SDF '] });
    expect(edited).toMatchObject({
      name: 'قسد',
      aliases: ['SDF'],
      type: 'rebel_group',
      notes: 'Kurdish-led',
    });
    const cleared = await store.coding.updateActor(actor.id, { type: undefined });
    expect(cleared.type).toBeUndefined();
    expect(cleared.createdAt).toBe(actor.createdAt);
  });

  it('deleting an actor unlinks its spans everywhere, and no undo brings the link back', async () => {
    const docId = await setUp();
    const span = await store.addSpan(docId, ...at('قسد'), 'actor');
    const { actor } = await store.coding.createActorFromSpan(span);
    const other = await store.createDocument({ title: 'U', text: 'قسد في الرقة' });
    const elsewhere = await store.addSpan(other.document.id, 0, 3, 'actor');
    await store.coding.linkActor(elsewhere, actor.id);

    expect(await store.coding.deleteActor(actor.id)).toEqual({ unlinked: 2 });
    expect(await store.coding.listActors()).toEqual([]);
    expect((await spanById(docId, span.id))?.actorId).toBeUndefined();
    expect((await spanById(other.document.id, elsewhere.id))?.actorId).toBeUndefined();
    // Undo the link, redo it: the history no longer names the deleted actor.
    await store.undo(other.document.id);
    await store.redo(other.document.id);
    expect((await spanById(other.document.id, elsewhere.id))?.actorId).toBeUndefined();
    const history = await store.db.history.toArray();
    expect(history.some((entry) => entry.span.actorId || entry.previous?.actorId)).toBe(false);
  });

  it('links a place span to a place id with a precision, undoably; only place spans', async () => {
    const docId = await setUp();
    const place = await store.addSpan(docId, ...at('الحسكة'), 'place');
    const linked = await store.coding.linkPlace(place, 'geonames:173576', 'exact');
    expect(linked).toMatchObject({ placeId: 'geonames:173576', geoPrecision: 'exact' });
    const unlinked = await store.coding.linkPlace(place, null);
    expect(unlinked.placeId).toBeUndefined();
    expect(unlinked.geoPrecision).toBeUndefined();
    await store.undo(docId);
    expect((await spanById(docId, place.id))?.placeId).toBe('geonames:173576');
    const actorSpan = await store.addSpan(docId, ...at('قسد'), 'actor');
    await expect(store.coding.linkPlace(actorSpan, 'x')).rejects.toThrow(/labelled actor, not place/);
  });

  it('links to an actor that is no longer there are refused', async () => {
    const docId = await setUp();
    const span = await store.addSpan(docId, ...at('قسد'), 'actor');
    await expect(store.coding.linkActor(span, 'nobody')).rejects.toThrow(/no longer in the registry/);
  });

  it('tells subscribers after each committed coding write', async () => {
    const docId = await setUp();
    const span = await store.addSpan(docId, ...at('قسد'), 'actor');
    let writes = 0;
    store.subscribe(() => writes++);
    await store.coding.createActorFromSpan(span);
    await expect(store.coding.createActor({ name: 'قسد' })).rejects.toThrow();
    expect(writes).toBe(1);
  });
});
