import '../../../../src/renderer/styles.css';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import atlas from 'world-atlas/countries-50m.json';
import type { SearchablePlace } from '../../../../src/core/places/gazetteerEntry';
import { AnnotationStore } from '../../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../../src/renderer/storage/database';
import { linkSpanToPlace } from '../../../../src/renderer/storage/linkSpanToPlace';
import MapView from '../../../../src/renderer/ui/places/MapView';
import { type Rendered, render } from '../../support/render';

/** The Map dialog: the document's linked places drawn offline, fitted to the country they are in. */
const TEXT = 'الرقة والحسكة ودير الزور';
const place = (id: string, name: string, latitude: number, longitude: number): SearchablePlace => ({
  id,
  name,
  names: [],
  latitude,
  longitude,
  country: 'SY',
});
const RAQQA = place('geonames:172955', 'Ar Raqqah', 35.95283, 39.00788);
const HASAKAH = place('geonames:173811', 'Al Ḩasakah', 36.50237, 40.74772);
const DEIR = place('geonames:170794', 'Deir ez-Zor', 35.33588, 40.14084);
const PARIS = place('geonames:2988507', 'Paris', 48.85341, 2.3488);

let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: AnnotationStore;
let docId = '';
let otherId = '';

beforeEach(async () => {
  db = new SpanlightDatabase(`map-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
  docId = (await store.createDocument({ title: 'T', text: TEXT })).document.id;
  otherId = (await store.createDocument({ title: 'U', text: 'Paris' })).document.id;
  for (const [phrase, target] of [
    ['الرقة', RAQQA],
    ['الحسكة', HASAKAH],
    ['دير الزور', DEIR],
  ] as const) {
    const start = TEXT.indexOf(phrase);
    const span = await store.addSpan(docId, start, start + phrase.length, 'place');
    await linkSpanToPlace(store, span, target, 'exact');
  }
  const paris = await store.addSpan(otherId, 0, 5, 'place');
  await linkSpanToPlace(store, paris, PARIS, 'exact');
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  await db.delete();
});

const dialog = () => page.getByRole('dialog', { name: 'Map' });

describe('MapView', () => {
  it("draws the document's places, labelled, with Syria filling the view", async () => {
    mounted = await render(<MapView open store={store} docId={docId} onClose={() => {}} />, 1000);
    const map = dialog().getByRole('img', { name: /Map of the linked places: 3 places/ });
    await expect.element(map).toBeInTheDocument();
    // Every country of the atlas drawn, those that share an id or have none included.
    await expect
      .poll(() => document.querySelectorAll('[data-testid="map"] path').length)
      .toBe(atlas.objects.countries.geometries.length);
    const svg = map.element() as SVGSVGElement;
    const labels = [...svg.querySelectorAll('text')].map((text) => text.textContent);
    expect(labels).toEqual(['Al Ḩasakah', 'Ar Raqqah', 'Deir ez-Zor']);
    const view = svg.getBoundingClientRect();
    for (const circle of svg.querySelectorAll('circle')) {
      const box = circle.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(view.left);
      expect(box.right).toBeLessThanOrEqual(view.right);
      expect(box.top).toBeGreaterThanOrEqual(view.top);
      expect(box.bottom).toBeLessThanOrEqual(view.bottom);
    }
    // The country the points are in (Syria) is drawn as "home" and spans most of the view one way or the other.
    const home = svg.querySelectorAll('path.map-home');
    expect(home).toHaveLength(1);
    const syria = (home[0] as SVGPathElement).getBoundingClientRect();
    expect(Math.max(syria.width / view.width, syria.height / view.height)).toBeGreaterThan(0.85);
    await expect
      .element(dialog().getByRole('list', { name: 'Places on the map' }))
      .toHaveTextContent(/Ar Raqqah — 35\.9528, 39\.0079 — 1 annotation/);
  });

  it('"Whole library" adds the other documents\' places', async () => {
    const reactErrors = vi.spyOn(console, 'error');
    mounted = await render(<MapView open store={store} docId={docId} onClose={() => {}} />, 1000);
    await expect.element(dialog().getByRole('img', { name: /3 places/ })).toBeInTheDocument();
    await userEvent.click(dialog().getByRole('checkbox', { name: 'Whole library' }));
    await expect.element(dialog().getByRole('img', { name: /4 places/ })).toBeInTheDocument();
    await expect.poll(() => document.querySelectorAll('[data-testid="map"] text').length).toBe(4);
    await expect.poll(() => document.querySelectorAll('[data-testid="map"] path.map-home').length).toBe(2);
    // Redrawn, still one outline per country of the atlas (a repeated key made React drop or duplicate some).
    expect(document.querySelectorAll('[data-testid="map"] path')).toHaveLength(
      atlas.objects.countries.geometries.length,
    );
    expect(reactErrors.mock.calls.filter(([message]) => String(message).includes('same key'))).toEqual([]);
    reactErrors.mockRestore();
  });
});
