/**
 * Statistics…: two annotators tag an Arabic article; the dialog's tables count them per label, per annotator
 * and by publication month, the CSV export says the same (UTF-8 with BOM), and a chart exports as a PNG.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { occurrence, tagByDrag } from './support';

const TITLE = 'هجوم في الرقة';
const TEXT = ['هجوم في الرقة', '', 'قالت قسد إن داعش هاجم الرقة وقتل ٣ أشخاص.'].join('\n');

async function setAnnotator(page: Page, name: string) {
  await page.getByRole('button', { name: 'Preferences…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.getByRole('textbox', { name: 'Annotator name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save preferences' }).click();
  await expect(dialog).toBeHidden();
}

/** The rows of a table as text, header row first. */
async function tableRows(page: Page, name: string): Promise<string[][]> {
  return page
    .getByRole('table', { name })
    .evaluate((table) =>
      Array.from(table.querySelectorAll('tr'), (row) =>
        Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? ''),
      ),
    );
}

async function download(page: Page, region: string, button: string) {
  const started = page.waitForEvent('download');
  await page.getByRole('region', { name: region }).getByRole('button', { name: button }).click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('statistics of two annotators: tables, CSV and PNG exports', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^New from text/ }).click();
  const create = page.getByRole('dialog');
  await create.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await create.getByRole('textbox', { name: 'Text' }).fill(TEXT);
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create).toBeHidden();
  await page.getByRole('button', { name: /^Edit details/ }).click();
  const details = page.getByRole('dialog', { name: 'Document details' });
  await details.getByRole('textbox', { name: 'Published' }).fill('2024-03-05');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details).toBeHidden();

  await setAnnotator(page, 'Lina');
  await tagByDrag(page, TEXT, occurrence(TEXT, 'قسد'), 'actor', true, 'button');
  await tagByDrag(page, TEXT, occurrence(TEXT, 'الرقة', 1), 'place', true, 'key');
  await setAnnotator(page, 'سارة');
  await tagByDrag(page, TEXT, occurrence(TEXT, 'داعش'), 'actor', true, 'key');
  await tagByDrag(page, TEXT, occurrence(TEXT, '٣'), 'casualty_count', true, 'button');

  await page.getByRole('button', { name: 'Statistics…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Statistics' });
  // The sample article the app starts with is the second document.
  await expect(dialog).toContainText('4 annotations in 2 documents.');
  expect(await tableRows(page, 'Annotations per label')).toEqual([
    ['Label', 'Annotations', 'Documents'],
    ['Actor', '2', '1'],
    ['Place', '1', '1'],
    ['Casualty count', '1', '1'],
  ]);
  // Equal counts: by name, Arabic collation first.
  expect(await tableRows(page, 'Annotations per annotator')).toEqual([
    ['Annotator', 'Annotations', 'Documents', 'Actor', 'Place', 'Casualty count'],
    ['سارة', '2', '1', '1', '0', '1'],
    ['Lina', '2', '1', '1', '1', '0'],
  ]);
  expect(await tableRows(page, 'Annotations by month')).toEqual([
    ['Month', 'Annotations', 'Documents'],
    ['March 2024', '4', '1'],
    ['No date', '0', '1'],
  ]);
  expect((await tableRows(page, 'Top actors')).slice(1)).toEqual([
    ['داعش', '1', '1', 'No'],
    ['قسد', '1', '1', 'No'],
  ]);

  const csv = await download(page, 'Annotations per annotator', 'Export CSV');
  expect(csv.name).toBe('spanlight-annotators.csv');
  expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(csv.bytes.toString('utf8')).toBe(
    '\uFEFFannotator,annotations,documents,actor,place,casualty_count\r\nسارة,2,1,1,0,1\r\nLina,2,1,1,1,0\r\n',
  );
  await expect(dialog.getByRole('status')).toContainText('Exported spanlight-annotators.csv');

  const png = await download(page, 'Annotations per label', 'Export PNG');
  expect(png.name).toBe('spanlight-labels.png');
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));

  // For a person to look at: the dialog in light and dark mode.
  await dialog.screenshot({ path: testInfo.outputPath('statistics-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await dialog.screenshot({ path: testInfo.outputPath('statistics-dark.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
