import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { expectExactSlices, exportJson, occurrence, tagByDrag } from './support';

// An emoji and CRLF-born line breaks before Arabic spans: every format must count its own unit right.
const TEXT = '🔴 عاجل\nأعلنت قوات سوريا الديمقراطية اعتقال ٣٤ شخصاً في الرقة 😀 والحسكة.';

async function createAndTag(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: /^New from text/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('تقرير');
  await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill(TEXT);
  await dialog.getByRole('button', { name: 'Create' }).click();
  // "🔴 عاجل" is only in this article: the sample article opened at start also says "اعتقال".
  await expect(page.locator('[aria-label="Article text"]')).toContainText('🔴 عاجل');
  await tagByDrag(page, TEXT, occurrence(TEXT, 'قوات سوريا الديمقراطية'), 'actor', true, 'key');
  await tagByDrag(page, TEXT, occurrence(TEXT, '٣٤'), 'casualty_count', true, 'key');
  await tagByDrag(page, TEXT, occurrence(TEXT, 'الحسكة'), 'place', true, 'key');
}

async function exportAs(page: Page, format: string) {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: format });
  await dialog.getByRole('radio', { name: 'Open document' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), content: readFileSync(await file.path()) };
}

async function importDataset(page: Page, file: { name: string; content: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import dataset…' }).click();
  await (await chooser).setFiles({
    name: file.name,
    mimeType: 'application/octet-stream',
    buffer: file.content,
  });
  return page.getByRole('dialog', { name: 'Import dataset' });
}

for (const format of [
  'doccano JSONL',
  'Label Studio JSON',
  'Prodigy JSONL',
  'brat standoff',
  'Spanlight JSON',
]) {
  test(`${format}: export then import in a fresh profile gives the same text and spans`, async ({
    page,
    browser,
  }) => {
    await createAndTag(page);
    const exported = await exportAs(page, format);
    const original = (await exportJson(page)).documents.find((d) => d.title === 'تقرير');

    const fresh = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await fresh.goto('/');
    await expect(fresh.getByRole('list', { name: 'Documents' })).toBeVisible();
    const dialog = await importDataset(fresh, exported);
    await expect(dialog.getByRole('button', { name: 'Import 1 document' })).toBeEnabled();
    await dialog.getByRole('button', { name: 'Import 1 document' }).click();
    await expect(dialog).toBeHidden();
    // The dialog closes when the import starts; it has committed when the app says so.
    await expect(fresh.locator('.messages [role="status"]')).toContainText('Imported');
    const dataset = await exportJson(fresh);
    const doc = dataset.documents.find((d) => d.text === TEXT);
    expect(doc, 'the document came back with its exact text').toBeDefined();
    if (!doc || !original) return;
    expectExactSlices(doc);
    const spans = (d: typeof doc) =>
      d.annotations.map((a) => [a.start, a.end, a.start_utf16, a.end_utf16, a.label, a.text]);
    expect(spans(doc)).toEqual(spans(original));
  });
}

const DOCCANO = resolve(
  __dirname,
  '../../../shared/corpus/formats/doccano-fixtures/data_import__pipeline__examples__sequence_labeling__example.jsonl',
);

test("doccano's own example imports with its labels mapped by the researcher", async ({ page }) => {
  test.skip(
    !existsSync(DOCCANO),
    `skipped: ${DOCCANO} is absent (the shared corpus is not beside this checkout)`,
  );
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
  const dialog = await importDataset(page, { name: 'example.jsonl', content: readFileSync(DOCCANO) });
  await expect(dialog.getByRole('combobox', { name: 'Dataset format' })).toHaveValue('doccano-jsonl');
  // This example names its columns column_data / column_label: the importer says so, the researcher fixes it.
  await expect(dialog.getByRole('alert')).toContainText('no "text"');
  await dialog.getByRole('textbox', { name: 'Text field' }).fill('column_data');
  await dialog.getByRole('textbox', { name: 'Label field' }).fill('column_label');
  await expect(dialog.getByRole('combobox', { name: 'Label ORG' })).toHaveValue('actor');
  await expect(dialog.getByRole('combobox', { name: 'Label PERSON' })).toHaveValue('actor');
  const importButton = dialog.getByRole('button', { name: /^Import \d+ document/ });
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.messages [role="status"]')).toContainText('Imported');
  const dataset = await exportJson(page);
  const obama = dataset.documents.find((d) => d.text === 'President Obama');
  expect(obama?.annotations.map((a) => [a.text, a.label])).toEqual([['Obama', 'actor']]);
});

test('a malformed dataset is refused with the line named, and nothing is written', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
  const content = Buffer.from(
    '{"text": "one", "label": [[0, 3, "PER"]]}\n{"text": "two", "label": [[0, 99, "LOC"]]}\n',
  );
  const dialog = await importDataset(page, { name: 'broken.jsonl', content });
  await expect(dialog.getByRole('alert')).toContainText('line 2');
  await expect(dialog.getByRole('button', { name: /^Import \d+ document/ })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(1);
});

test('a large import is prepared in its worker under the strict CSP: casualty counts get their figures, the texts are searchable', async ({
  page,
}) => {
  // 70 articles: above the size from which the import reads its casualty proposals and search terms in a worker
  // (storage/importPreparation.ts, PREPARE_IN_WORKER_FROM = 64). The app falls back to doing that work itself, so
  // only the worker's own start shows that it ran; a CSP that blocked it would say so on the console.
  const lines = Array.from({ length: 70 }, (_, i) => {
    const text = `قُتل ${i + 2} مدنيين في الحسكة، وقالت قسد إن داعش هاجم حاجزاً. Report ${i}.`;
    const count = `قُتل ${i + 2} مدنيين`;
    return JSON.stringify({ text, label: [[0, count.length, 'casualty_count']] });
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const refused: string[] = [];
  page.on('console', (message) => {
    // Chromium's words for anything the CSP blocked ("Refused to load the script…", "…to create a worker…").
    if (/Refused to/i.test(message.text())) refused.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
  const dialog = await importDataset(page, { name: 'many.jsonl', content: Buffer.from(lines.join('\n')) });
  await expect(dialog.getByRole('combobox', { name: 'Label casualty_count' })).toHaveValue('casualty_count');
  await dialog.getByRole('button', { name: 'Import 70 documents' }).click();
  await expect(page.locator('.messages [role="status"]')).toContainText('Imported 70');
  expect(workers.some((url) => url.includes('importPreparationWorker'))).toBe(true);
  expect(refused).toEqual([]);

  const dataset = await exportJson(page);
  const doc = dataset.documents.find((d) => d.text.includes('Report 41.'));
  const [annotation] = (doc?.annotations ?? []) as unknown as Array<{ attributes?: { value?: number } }>;
  expect(annotation?.attributes).toMatchObject({ value: 43, proposed: true });
  // Every imported text is in the search index (the worker's postings): the word in all of them, and one of them.
  const search = page.getByRole('searchbox', { name: 'Search library' });
  await search.fill('Report');
  await search.press('Enter');
  await expect(page.locator('.search-summary')).toHaveText(/^70 hits in 70 documents/);
  await search.press('Escape');
  await search.fill('"Report 41"');
  await search.press('Enter');
  await expect(page.locator('.search-summary')).toHaveText(/^1 hit in 1 document/);
});
