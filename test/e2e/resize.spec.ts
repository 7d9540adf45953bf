import { expect, test } from '@playwright/test';
import { clickText, dragSelect, expectExactSlices, exportJson, occurrence, tagByDrag } from './support';

// Written for this test: an emoji before the entities (code points and UTF-16 offsets differ by one), a place
// name joined to its preposition (بالحسكة).
const TEXT = '🔴 أعلنت قوات سوريا الديمقراطية اعتقال ٣٤ شخصاً بالحسكة خلال حملة مع التحالف الدولي.';

test('resize an annotation by mouse and by keys, undo one, reload, export exact slices', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^New from text/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Title' }).fill('حملة الحسكة');
  await dialog.getByRole('textbox', { name: 'Text' }).fill(TEXT);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();

  await tagByDrag(page, TEXT, occurrence(TEXT, 'الحسكة'), 'place', true, 'key');
  const list = page.getByRole('list', { name: 'Annotations' });
  const resize = page.getByRole('group', { name: 'Resize annotation' });
  const status = page.getByRole('status');

  // Mouse: select the annotation, drag over the text it should cover, press R.
  const tagged = occurrence(TEXT, 'الحسكة');
  await clickText(page, TEXT, tagged.start, tagged.end);
  await expect(resize).toBeVisible();
  const withPreposition = occurrence(TEXT, 'بالحسكة');
  await dragSelect(page, TEXT, withPreposition.start, withPreposition.end, true);
  await page.keyboard.press('r');
  await expect(status).toContainText('Resized the annotation to “بالحسكة”.');

  // Keys, in this right-to-left paragraph: Ctrl+Shift+Alt+ArrowLeft extends the end by a word, Alt+ArrowLeft
  // moves the start forward by a letter.
  await page.keyboard.press('Control+Shift+Alt+ArrowLeft');
  await expect(status).toContainText('Resized the annotation to “بالحسكة خلال”.');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(list.getByRole('listitem')).toHaveText(['Place الحسكة خلال']);

  // Mouse again, with the button this time; then undo it.
  const wider = occurrence(TEXT, 'شخصاً بالحسكة');
  await dragSelect(page, TEXT, wider.start, wider.end, true);
  await resize.getByRole('button', { name: 'Resize to selection' }).click();
  await expect(list.getByRole('listitem')).toHaveText(['Place شخصاً بالحسكة']);
  await page.keyboard.press('Control+z');
  await expect(list.getByRole('listitem')).toHaveText(['Place الحسكة خلال']);

  await page.reload();
  await expect(list.getByRole('listitem')).toHaveText(['Place الحسكة خلال']);
  const dataset = await exportJson(page);
  const doc = dataset.documents.find((d) => d.title === 'حملة الحسكة');
  if (!doc) throw new Error('document missing from the export');
  expectExactSlices(doc);
  const [annotation] = doc.annotations;
  expect(annotation?.text).toBe('الحسكة خلال');
  expect(annotation?.start_utf16).toBe(occurrence(TEXT, 'الحسكة خلال').start);
  expect(annotation && annotation.start_utf16 - annotation.start).toBe(1); // after 🔴
  expect(Array.from(doc.text).slice(annotation?.start, annotation?.end).join('')).toBe('الحسكة خلال');
});
