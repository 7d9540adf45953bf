import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectExactSlices, exportJson, occurrence, tagByDrag } from './support';

const TEXT = [
  'Raids in eastern Syria',
  '',
  'The Syrian Democratic Forces said on Tuesday that a joint operation with the US-led coalition in Raqqa detained 34 people.',
  'Five ISIS fighters were killed near Hasakah, according to the statement 👍 published by CENTCOM.',
].join('\n');

test('English article: new from text, tag by mouse, reload, export exact offsets', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^New from text/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Raids in eastern Syria');
  await dialog.getByRole('textbox', { name: 'Text' }).fill(TEXT);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  const article = page.locator('[aria-label="Article text"]');
  await expect(article).toContainText('Syrian Democratic Forces');
  expect(await article.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');

  const tags: Array<[string, 'actor' | 'place' | 'casualty_count']> = [
    ['Syrian Democratic Forces', 'actor'],
    ['US-led coalition', 'actor'],
    ['Raqqa', 'place'],
    ['34', 'casualty_count'],
    ['Five', 'casualty_count'],
    ['ISIS', 'actor'],
    ['Hasakah', 'place'],
    ['CENTCOM', 'actor'],
  ];
  for (const [index, [needle, label]] of tags.entries()) {
    await tagByDrag(page, TEXT, occurrence(TEXT, needle), label, false, index % 2 ? 'key' : 'button');
  }
  await page.reload();
  await expect(page.getByRole('list', { name: 'Annotations' }).getByRole('listitem')).toHaveCount(
    tags.length,
  );

  const dataset = await exportJson(page);
  const doc = dataset.documents.find((d) => d.title === 'Raids in eastern Syria');
  expect(doc?.text).toBe(TEXT);
  if (!doc) return;
  expectExactSlices(doc);
  expect(doc.annotations.map((a) => [a.text, a.label])).toEqual(tags);
  const centcom = doc.annotations.find((a) => a.text === 'CENTCOM');
  expect(centcom && centcom.start_utf16 - centcom.start).toBe(1); // after 👍
});

const SEED = resolve(__dirname, '../../../shared/corpus/seed/ar-sy24-sdf-security-operations.txt');

test('the seed article from the shared corpus opens from a file with its text intact', async ({ page }) => {
  test.skip(!existsSync(SEED), `skipped: ${SEED} is absent (the shared corpus is not beside this checkout)`);
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Open/ }).click();
  await (await chooser).setFiles(SEED);
  const article = page.locator('[aria-label="Article text"]');
  await expect(article).toContainText('خاص-SY24');
  expect(await article.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  const raw = readFileSync(SEED, 'utf8');
  const stored = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const range = occurrence(stored, 'التحالف الدولي', 1);
  await tagByDrag(page, stored, range, 'actor', true, 'key');
  const dataset = await exportJson(page, 'Export document JSON');
  expect(dataset.documents).toHaveLength(1);
  const [doc] = dataset.documents;
  expect(doc?.text).toBe(stored);
  expect(doc?.title).toBe('ar-sy24-sdf-security-operations');
  if (doc) expectExactSlices(doc);
  expect(doc?.annotations.map((a) => a.text)).toEqual(['التحالف الدولي']);
});
