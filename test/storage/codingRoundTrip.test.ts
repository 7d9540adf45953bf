import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { importSpanlightJson } from '../../src/core/formats/spanlightJson';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { exportDatasetJson } from '../../src/renderer/ui/exportDataset';

/**
 * The library's event coding through its own Spanlight JSON: export → import into an empty library gives the
 * same spans (figures, actor and place links) and the same registry, and the same file again; a backup restores
 * the registry; an import into a library that already has the actor links to it.
 */
const TEXT = 'أفادت مصادر بسقوط خمسة قتلى في قصف على الحسكة. وقالت قسد إن SDF ردت.';
const at = (phrase: string) => [TEXT.indexOf(phrase), TEXT.indexOf(phrase) + phrase.length] as const;
const NOW = new Date('2026-12-01T10:00:00.000Z');
const stores: AnnotationStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.db.delete();
});

function newStore() {
  const store = new AnnotationStore(new SpanlightDatabase(`coding-roundtrip-${Math.random()}`));
  stores.push(store);
  return store;
}

async function codedLibrary() {
  const store = newStore();
  const { document } = await store.createDocument({ title: 'الحسكة', text: TEXT, lang: 'ar' });
  const five = await store.addSpan(document.id, ...at('خمسة'), 'casualty_count', 'Rana');
  await store.coding.setAttributes(five, {
    low: 5,
    best: 5,
    high: 7,
    precision: 'approximate',
    category: 'killed',
  });
  const sdf = await store.addSpan(document.id, ...at('قسد'), 'actor');
  const { actor } = await store.coding.createActorFromSpan(sdf, { aliases: ['SDF'], type: 'rebel_group' });
  const latin = await store.addSpan(document.id, ...at('SDF'), 'actor');
  await store.coding.linkActor(latin, actor.id);
  const place = await store.addSpan(document.id, ...at('الحسكة'), 'place');
  await store.coding.linkPlace(place, 'geonames:173576', 'exact');
  await store.coding.createActor({ name: 'داعش', aliases: ['ISIS'] });
  return { store, docId: document.id, actorId: actor.id };
}

describe('event coding through Spanlight JSON', () => {
  it('export → import into an empty library: the same spans, coding and registry, and the same file again', async () => {
    const { store, docId } = await codedLibrary();
    const exported = await exportDatasetJson(store, undefined, NOW);
    const parsed = JSON.parse(exported.content);
    expect(parsed.actors.map((actor: { name: string }) => actor.name)).toEqual(['داعش', 'قسد']);
    expect(
      parsed.documents[0].annotations.map((a: Record<string, unknown>) => [
        a.text,
        a.attributes ?? a.actor_id ?? a.place_id,
      ]),
    ).toEqual([
      ['خمسة', { low: 5, best: 5, high: 7, precision: 'approximate', category: 'killed', proposed: false }],
      ['الحسكة', 'geonames:173576'],
      ['قسد', expect.any(String)],
      ['SDF', expect.any(String)],
    ]);

    const outcome = importSpanlightJson(exported.content);
    if (!outcome.ok) throw new Error(outcome.reason);
    const copy = newStore();
    await copy.importDocuments(outcome.documents, {
      duplicates: 'keep-both',
      preserveIds: true,
      ...(outcome.actors ? { actors: outcome.actors } : {}),
    });
    expect(await copy.listSpans(docId)).toEqual(await store.listSpans(docId));
    expect(await copy.coding.listActors()).toEqual(await store.coding.listActors());
    // The same file, but for the import time (an import is a new arrival in the library).
    const withoutImportTime = (content: string) => content.replace(/"imported_at": "[^"]+"/g, '');
    expect(withoutImportTime((await exportDatasetJson(copy, undefined, NOW)).content)).toBe(
      withoutImportTime(exported.content),
    );
  });

  it('a document export carries only the actors its spans link to', async () => {
    const { store, docId } = await codedLibrary();
    const exported = JSON.parse((await exportDatasetJson(store, [docId], NOW)).content);
    expect(exported.actors.map((actor: { name: string }) => actor.name)).toEqual(['قسد']);
  });

  it('into a library that already has the actor under another id: the spans link to the library’s actor', async () => {
    const { store, docId } = await codedLibrary();
    const outcome = importSpanlightJson((await exportDatasetJson(store, [docId], NOW)).content);
    if (!outcome.ok) throw new Error(outcome.reason);
    const other = newStore();
    const mine = await other.coding.createActor({ name: 'SDF', aliases: ['Syrian Democratic Forces'] });
    await other.importDocuments(outcome.documents, { duplicates: 'keep-both', actors: outcome.actors ?? [] });
    const [doc] = await other.listDocuments();
    const linked = (await other.listSpans(doc?.id ?? '')).filter((span) => span.label === 'actor');
    expect(linked.map((span) => span.actorId)).toEqual([mine.id, mine.id]);
    expect(await other.coding.listActors()).toEqual([
      { ...mine, aliases: ['Syrian Democratic Forces', 'قسد'] },
    ]);
  });

  it('restoring a backup brings back the registry and the links as they were', async () => {
    const { store, docId, actorId } = await codedLibrary();
    const backup = importSpanlightJson((await exportDatasetJson(store, undefined, NOW)).content);
    if (!backup.ok) throw new Error(backup.reason);
    const before = await store.listSpans(docId);
    await store.coding.deleteActor(actorId);
    expect((await store.listSpans(docId)).some((span) => span.actorId)).toBe(false);
    await store.restoreDocuments(backup.documents, backup.actors ?? []);
    expect(await store.listSpans(docId)).toEqual(before);
    expect((await store.coding.listActors()).map((actor) => actor.id)).toContain(actorId);
  });
});
