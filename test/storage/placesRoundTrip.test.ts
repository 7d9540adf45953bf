/**
 * The library's places through its own Spanlight JSON (Export JSON, Export…, backups): a library export carries
 * every place, a document export the ones its spans and events link to; an import matches them with the library's
 * (same gazetteer id, or same id and coordinates) or adds them, rewriting the links of spans and events; a backup
 * restores them. Without the "places" section an import or a restore would leave the links pointing at nothing
 * and the events without coordinates.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import type { Place } from '../../src/core/coding/place';
import { importSpanlightJson } from '../../src/core/formats/spanlightJson';
import type { SearchablePlace } from '../../src/core/places/gazetteerEntry';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { linkSpanToPlace } from '../../src/renderer/storage/linkSpanToPlace';
import { exportDatasetJson } from '../../src/renderer/ui/exportDataset';

const TEXT = 'اشتبكت قسد مع داعش في دير الزور، وقتل خمسة عناصر قرب المعبر.';
const NOW = new Date('2026-12-01T10:00:00.000Z');
const DEIR: SearchablePlace = {
  id: 'geonames:170794',
  name: 'Deir ez-Zor',
  names: ['دير الزور'],
  latitude: 35.33588,
  longitude: 40.14084,
  country: 'SY',
  admin1: '07',
};

const schema = JSON.parse(
  readFileSync(new URL('../../resources/spanlight-dataset.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const stores: AnnotationStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.db.delete();
});
function newStore() {
  const store = new AnnotationStore(new SpanlightDatabase(`places-roundtrip-${Math.random()}`));
  stores.push(store);
  return store;
}

/** A document with a place span linked to a gazetteer place, an event placed by hand at a user place, another document and an unused place. */
async function placedLibrary() {
  const store = newStore();
  const { document } = await store.createDocument({ title: 'تقرير', text: TEXT, publishedAt: '2023-05-04' });
  const tag = (needle: string, label: 'actor' | 'place' | 'casualty_count') =>
    store.addSpan(document.id, TEXT.indexOf(needle), TEXT.indexOf(needle) + needle.length, label);
  const deir = await tag('دير الزور', 'place');
  await linkSpanToPlace(store, deir, DEIR, 'exact');
  const crossing = await store.places.addUserPlace({ name: 'المعبر', latitude: 35.1, longitude: 40.5 });
  const event = await store.events.createFromSpans(document.id, [
    (await tag('قسد', 'actor')).id,
    deir.id,
    (await tag('خمسة', 'casualty_count')).id,
  ]);
  // A place chosen for the event itself (not its first place span's).
  await store.db.events.update(event.id, { placeId: crossing.id, geoPrecision: 'near' });
  const unused = await store.places.addUserPlace({ name: 'Unused', latitude: -10, longitude: 120 });
  const other = await store.createDocument({ title: 'other', text: 'نص آخر' });
  return { store, docId: document.id, otherId: other.document.id, crossing, unused };
}

async function exported(store: AnnotationStore, docIds?: readonly string[]) {
  const { content } = await exportDatasetJson(store, docIds, NOW);
  return content;
}

describe('places through Spanlight JSON, through the store', () => {
  it('a library export carries every place, a document export only the linked ones; both fit the schema', async () => {
    const { store, docId, otherId } = await placedLibrary();
    const library = JSON.parse(await exported(store));
    expect(validate(library), JSON.stringify(validate.errors)).toBe(true);
    expect(library.places.map((place: { name: string }) => place.name)).toEqual([
      'Deir ez-Zor',
      'Unused',
      'المعبر',
    ]);
    expect(library.places[0]).toMatchObject({ gazetteer_id: 'geonames:170794', latitude: 35.33588 });
    const document = JSON.parse(await exported(store, [docId]));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.places.map((place: { name: string }) => place.name)).toEqual(['Deir ez-Zor', 'المعبر']);
    expect(JSON.parse(await exported(store, [otherId]))).not.toHaveProperty('places');
  });

  it('into an empty library: the same places, the spans and events on them, the same rows and the same file', async () => {
    const { store } = await placedLibrary();
    const content = await exported(store);
    const outcome = importSpanlightJson(content);
    if (!outcome.ok) throw new Error(outcome.reason);
    const copy = newStore();
    await copy.importDocuments(outcome.documents, {
      duplicates: 'keep-both',
      ...(outcome.actors ? { actors: outcome.actors } : {}),
      ...(outcome.places ? { places: outcome.places } : {}),
    });
    expect(await copy.places.listPlaces()).toEqual(await store.places.listPlaces());
    const rows = await copy.events.rows();
    expect(rows.map((row) => [row.location, row.latitude, row.longitude, row.geo_precision])).toEqual([
      ['المعبر', 35.1, 40.5, 2],
    ]);
    const withoutChangingFields = (text: string) =>
      text
        .replace(/"(imported_at|id|document_id)": "[^"]+"/g, '')
        .replace(/"span_ids": \[[^\]]*\]/g, '')
        // The backup's "projects" lists each project's document ids, new in the copy.
        .replace(/"documents": \[(\s*"[^"]*",?)*\s*\]/g, '');
    expect(withoutChangingFields(await exported(copy))).toBe(withoutChangingFields(content));
  });

  it('into a library that has them: the same gazetteer place or the same id and coordinates is reused, another place with a taken id is added under a new one', async () => {
    const { store, docId, crossing } = await placedLibrary();
    const outcome = importSpanlightJson(await exported(store, [docId]));
    if (!outcome.ok || !outcome.places) throw new Error('no places');
    const other = newStore();
    // The gazetteer place under another id (linked once by hand), and a different place that has the id of the
    // file's user place.
    const known: Place = {
      ...DEIR,
      names: [...DEIR.names],
      id: 'mine',
      source: 'gazetteer',
      gazetteerId: DEIR.id,
      createdAt: 5,
    };
    const clash: Place = {
      id: crossing.id,
      name: 'Elsewhere',
      names: [],
      latitude: 1,
      longitude: 2,
      source: 'user',
      createdAt: 6,
    };
    await other.db.places.bulkAdd([known, clash]);
    await other.importDocuments(outcome.documents, { duplicates: 'keep-both', places: outcome.places });
    const places = await other.places.listPlaces();
    expect(places).toHaveLength(3);
    const added = places.find((place) => place.name === 'المعبر');
    expect(added?.id).not.toBe(crossing.id);
    expect(added).toMatchObject({ latitude: 35.1, longitude: 40.5, source: 'user' });
    const [doc] = await other.listDocuments();
    const spans = await other.listSpans(doc?.id ?? '');
    expect(spans.find((span) => span.label === 'place')?.placeId).toBe('mine');
    const [event] = await other.events.listAll();
    expect(event?.placeId).toBe(added?.id);

    // The same file again (keep both): nothing new, same id and coordinates are the same place.
    const again = newStore();
    await again.db.places.bulkAdd(outcome.places);
    await again.importDocuments(outcome.documents, { duplicates: 'keep-both', places: outcome.places });
    expect(await again.places.listPlaces()).toEqual(await store.places.placesFor([docId]));
  });

  it('restoring a backup brings back the places; a backup without places keeps the library’s', async () => {
    const { store, docId } = await placedLibrary();
    const places = await store.places.listPlaces();
    const rows = await store.events.rows();
    const backup = importSpanlightJson(await exported(store));
    if (!backup.ok) throw new Error(backup.reason);
    await store.clearAll();
    expect(await store.places.listPlaces()).toEqual([]);
    await store.restoreDocuments(backup.documents, backup.actors ?? [], backup.places);
    expect(await store.places.listPlaces()).toEqual(places);
    expect(await store.events.rows()).toEqual(rows);
    expect((await store.listSpans(docId)).find((span) => span.placeId)?.placeId).toBe(DEIR.id);

    // An older backup (no "places" section): the library's places stay, so its links still resolve.
    await store.restoreDocuments(backup.documents, backup.actors ?? []);
    expect(await store.places.listPlaces()).toEqual(places);
    expect(await store.events.rows()).toEqual(rows);
  });
});
