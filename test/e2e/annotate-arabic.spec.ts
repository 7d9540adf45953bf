import { expect, test } from '@playwright/test';
import { clickText, expectExactSlices, exportJson, occurrence, tagByDrag } from './support';

// Written for this test: CRLF line endings, a BOM, Arabic-Indic digits, emoji before entities, diacritics,
// clitics joined to place names (بالحسكة, والقامشلي), and a Latin name inside right-to-left text.
const LINES = [
  'تقرير ميداني: اشتباكات في دير الزور',
  '',
  '🔴 أعلنت قوات سوريا الديمقراطية اعتقال ٣٤ شخصاً بالحسكة خلال حملة مع التحالف الدولي.',
  '',
  'وقُتل خمسةُ عناصر من داعش في ريف الرقة، وفق ما نقلته CENTCOM في بيان.',
  '📍 وامتدت العمليات إلى دير الزور والقامشلي.',
  '🔴 قسد: لا تهاون مع الخلايا.',
];
const FILE_TEXT = `\uFEFF${LINES.join('\r\n')}\r\n`;
const STORED = `${LINES.join('\n')}\n`;

test('Arabic article: open, tag by mouse, relabel, delete, reload, export exact offsets', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Open/ }).click();
  await (await chooser).setFiles({
    name: 'تقرير-دير-الزور.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(FILE_TEXT, 'utf8'),
  });
  const documents = page.getByRole('list', { name: 'Documents' });
  await expect(documents.getByRole('listitem').filter({ hasText: 'تقرير-دير-الزور' })).toBeVisible();
  const article = page.locator('[aria-label="Article text"]');
  await expect(article).toContainText('تقرير ميداني');
  // An Arabic article is right to left, including the paragraph that holds "CENTCOM".
  expect(await article.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(
    await article
      .locator('p')
      .nth(4)
      .evaluate((el) => getComputedStyle(el).direction),
  ).toBe('rtl');

  const tags: Array<[needle: string, occurrence: number, label: 'actor' | 'place' | 'casualty_count']> = [
    ['قوات سوريا الديمقراطية', 0, 'actor'], // multi-word actor after an emoji
    ['٣٤', 0, 'casualty_count'], // Arabic-Indic digits
    ['الحسكة', 0, 'place'], // inside بالحسكة: the clitic ب stays out
    ['التحالف الدولي', 0, 'actor'],
    ['خمسةُ', 0, 'casualty_count'], // ends in a damma: the mark stays with its letter
    ['داعش', 0, 'place'], // wrong on purpose, relabelled below
    ['الرقة', 0, 'place'],
    ['CENTCOM', 0, 'actor'], // Latin inside right-to-left text
    ['دير الزور', 1, 'place'],
    ['القامشلي', 0, 'place'], // inside والقامشلي
    ['قسد', 0, 'actor'], // after an emoji at the line start
    ['حملة', 0, 'place'], // deleted below
  ];
  for (const [index, [needle, n, label]] of tags.entries()) {
    await tagByDrag(page, STORED, occurrence(STORED, needle, n), label, true, index % 2 ? 'button' : 'key');
  }
  await expect(documents.getByRole('listitem').filter({ hasText: 'تقرير-دير-الزور' })).toContainText('12');

  const annotations = page.getByRole('list', { name: 'Annotations' });
  // Relabel: click the highlight, press 1.
  const daesh = occurrence(STORED, 'داعش');
  await clickText(page, STORED, daesh.start, daesh.end);
  await expect(page.getByRole('group', { name: 'Selected annotation' })).toContainText('داعش');
  await page.keyboard.press('1');
  await expect(annotations.getByRole('listitem').filter({ hasText: 'داعش' })).toContainText('Actor');
  // Delete: select it from the list, press Delete.
  await annotations.getByRole('button', { name: /حملة/ }).click();
  await expect(page.getByRole('group', { name: 'Selected annotation' })).toContainText('حملة');
  await page.keyboard.press('Delete');
  await expect(annotations.getByRole('listitem')).toHaveCount(11);

  await page.reload();
  await expect(annotations.getByRole('listitem')).toHaveCount(11);
  await expect(annotations.getByRole('listitem').filter({ hasText: 'داعش' })).toContainText('Actor');
  await expect(annotations.getByRole('listitem').filter({ hasText: 'حملة' })).toHaveCount(0);

  const dataset = await exportJson(page);
  expect(dataset.format).toBe('spanlight.dataset');
  const doc = dataset.documents.find((d) => d.title === 'تقرير-دير-الزور');
  expect(doc).toBeDefined();
  if (!doc) return;
  expect(doc.text).toBe(STORED);
  expectExactSlices(doc);
  const expected = tags
    .filter(([needle]) => needle !== 'حملة')
    .map(([needle, n, label]) => ({
      text: needle,
      label: needle === 'داعش' ? 'actor' : label,
      start_utf16: occurrence(STORED, needle, n).start,
    }))
    .sort((a, b) => a.start_utf16 - b.start_utf16);
  expect(doc.annotations.map(({ text, label, start_utf16 }) => ({ text, label, start_utf16 }))).toEqual(
    expected,
  );
  // After the emoji the two units differ: code points count 🔴 once, UTF-16 twice.
  const sdf = doc.annotations.find((a) => a.text === 'قوات سوريا الديمقراطية');
  expect(sdf && sdf.start_utf16 - sdf.start).toBe(1);
});
