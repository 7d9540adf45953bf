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
 * Links the place span to a place with coordinates, straight in IndexedDB: the place picker is another
 * feature; this test is about events reading what a span is linked to.
 */
async function linkPlace(page: Page, spanText: string) {
  await page.evaluate(async (spanText) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('spanlight');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['places', 'spans'], 'readwrite');
    tx.objectStore('places').put({
      id: 'place-deir-ez-zor',
      name: 'Deir ez-Zor',
      names: ['دير الزور'],
      latitude: 35.336,
      longitude: 40.1408,
      country: 'SY',
      admin1: 'Deir ez-Zor',
      source: 'user',
      createdAt: 1,
    });
    const spans = tx.objectStore('spans');
    const all = await new Promise<Array<Record<string, unknown>>>((resolve) => {
      const request = spans.getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const span = all.find((s) => s.text === spanText && s.label === 'place');
    if (!span) throw new Error(`no place span ${spanText}`);
    spans.put({ ...span, placeId: 'place-deir-ez-zor', geoPrecision: 'near' });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, spanText);
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
  await linkPlace(page, 'دير الزور');
  await page.reload();
  await expect(page.getByRole('list', { name: 'Annotations' }).getByRole('listitem')).toHaveCount(4);

  // Choose the annotations from the keyboard: Tab to each checkbox, Space to check it.
  const events = page.getByRole('region', { name: /^Events/ });
  await events.getByRole('button', { name: 'New event…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New event' });
  await dialog.getByRole('checkbox', { name: 'Actor قسد' }).focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
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
    location: 'Deir ez-Zor',
    location_text: 'دير الزور',
    country: 'SY',
    admin1: 'Deir ez-Zor',
    latitude: 35.336,
    longitude: 40.1408,
    geo_precision: 2,
    fatalities_low: 5,
    fatalities_best: 5,
    fatalities_high: 5,
    fatalities_text: 'خمسة قتلى',
    notes: '',
    span_ids: '…',
  });

  // The Spanlight JSON of the document carries the event record, pointing at its annotations.
  const dataset = (await exportJson(page, 'Export document JSON')) as unknown as {
    documents: Array<{ id: string; annotations: Array<{ id: string }> }>;
    events: Array<{ document_id: string; span_ids: string[]; date: string; event_type: string }>;
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
});
