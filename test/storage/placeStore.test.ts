import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchablePlace } from '../../src/core/places/gazetteerEntry';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { linkSpanToPlace } from '../../src/renderer/storage/linkSpanToPlace';

/**
 * The library's places (store.places): user places, gazetteer places copied in on first link, the map's
 * linked places per document and for the library. fake-indexeddb.
 */
const TEXT = 'قصف على الحسكة وفي الرقة ثم في الحسكة مجددا.';
const RAQQA: SearchablePlace = {
  id: 'geonames:172955',
  name: 'Ar Raqqah',
  names: ['الرقة'],
  latitude: 35.95283,
  longitude: 39.00788,
  country: 'SY',
  admin1: '04',
  population: 177_636,
  featureCode: 'PPLA',
};
const HASAKAH: SearchablePlace = { ...RAQQA, id: 'geonames:173811', name: 'Al Ḩasakah', names: ['الحسكة'] };

let store: AnnotationStore;
afterEach(async () => {
  await store.db.delete();
});

async function setUp() {
  let id = 0;
  store = new AnnotationStore(
    new SpanlightDatabase(`places-${Math.random()}`),
    () => `id${++id}`,
    () => 1000,
  );
  const { document } = await store.createDocument({ title: 'T', text: TEXT });
  return document.id;
}
const at = (phrase: string, from = 0) => {
  const start = TEXT.indexOf(phrase, from);
  return [start, start + phrase.length] as const;
};

describe('PlaceStore', () => {
  it('adds a user place, trimmed, with its other names de-duplicated', async () => {
    await setUp();
    const place = await store.places.addUserPlace({
      name: ' غويران ',
      names: ['Ghuwayran', 'غويران', ' ', 'Ghuwayran'],
      latitude: 36.47,
      longitude: 40.75,
      country: 'sy',
    });
    expect(place).toMatchObject({ name: 'غويران', names: ['Ghuwayran'], source: 'user', country: 'SY' });
    expect(await store.places.listPlaces()).toEqual([place]);
  });

  it.each([
    [{ name: '', latitude: 1, longitude: 1 }, /needs a name/],
    [{ name: 'x', latitude: 91, longitude: 1 }, /latitude/],
    [{ name: 'x', latitude: 1, longitude: -180.5 }, /longitude/],
    [{ name: 'x', latitude: Number.NaN, longitude: 1 }, /latitude/],
  ])('refuses %o and writes nothing', async (draft, message) => {
    await setUp();
    await expect(store.places.addUserPlace(draft)).rejects.toThrow(message);
    expect(await store.places.listPlaces()).toEqual([]);
  });

  it('linking a span to a gazetteer place copies the place once and links with the precision (undoable)', async () => {
    const docId = await setUp();
    const first = await store.addSpan(docId, ...at('الحسكة'), 'place');
    const second = await store.addSpan(docId, ...at('الحسكة', 20), 'place');
    const linked = await linkSpanToPlace(store, first, HASAKAH, 'exact');
    await linkSpanToPlace(store, second, HASAKAH, 'near');
    expect(linked.place).toMatchObject({
      id: 'geonames:173811',
      gazetteerId: 'geonames:173811',
      source: 'gazetteer',
      latitude: HASAKAH.latitude,
      country: 'SY',
    });
    expect(await store.places.listPlaces()).toHaveLength(1);
    const spans = await store.listSpans(docId);
    expect(spans.map((span) => [span.placeId, span.geoPrecision])).toEqual([
      ['geonames:173811', 'exact'],
      ['geonames:173811', 'near'],
    ]);
    await store.undo(docId);
    expect((await store.listSpans(docId))[1]?.placeId).toBeUndefined();
  });

  it('a stored place that was deleted cannot be linked again', async () => {
    await setUp();
    const place = await store.places.addUserPlace({ name: 'x', latitude: 1, longitude: 2 });
    await store.db.places.delete(place.id);
    await expect(store.places.ensurePlace(place)).rejects.toThrow(/no longer in the library/);
  });

  it('the map lists the places linked from one document or from the library, with their spans', async () => {
    const docId = await setUp();
    const { document: other } = await store.createDocument({ title: 'U', text: 'الرقة' });
    const hasakah = await store.addSpan(docId, ...at('الحسكة'), 'place');
    const raqqaHere = await store.addSpan(docId, ...at('الرقة'), 'place');
    const raqqaThere = await store.addSpan(other.id, 0, 5, 'place');
    await store.addSpan(docId, ...at('الحسكة', 20), 'place'); // not linked: not on the map
    await linkSpanToPlace(store, hasakah, HASAKAH, 'exact');
    await linkSpanToPlace(store, raqqaHere, RAQQA, 'exact');
    await linkSpanToPlace(store, raqqaThere, RAQQA, 'region');

    const here = await store.places.mappedPlaces([docId]);
    expect(here.map((entry) => [entry.place.name, entry.spans.map((s) => s.id)])).toEqual([
      ['Al Ḩasakah', [hasakah.id]],
      ['Ar Raqqah', [raqqaHere.id]],
    ]);
    const library = await store.places.mappedPlaces();
    expect(library.map((entry) => [entry.place.name, entry.spans.length])).toEqual([
      ['Al Ḩasakah', 1],
      ['Ar Raqqah', 2],
    ]);
  });

  it('tells the store subscribers after a write', async () => {
    await setUp();
    let writes = 0;
    store.subscribe(() => writes++);
    await store.places.addUserPlace({ name: 'x', latitude: 1, longitude: 2 });
    await store.places.ensurePlace(RAQQA);
    expect(writes).toBe(2);
  });
});
