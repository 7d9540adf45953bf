import { expect, test } from '@playwright/test';
import { ar } from '../../src/renderer/i18n/ar';
import { dragSelect, occurrence } from './support';

const TEXT = 'قُتل ثلاثة مدنيين في قصف على بلدة سراقب بريف إدلب.\nوأعلنت هيئة تحرير الشام مسؤوليتها.\n';

/**
 * The Arabic interface end to end: chosen in Preferences, the window mirrors (library on the right), an Arabic
 * article is tagged with the Arabic toolbar, and the choice survives a reload. Screenshots are saved under
 * test-results/ to be looked at.
 */
test('Arabic interface: switch in Preferences, mirrored layout, tag with the Arabic toolbar', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();

  await page.getByRole('button', { name: 'Preferences…' }).click();
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ar');
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('status')).toHaveText(ar.messages.preferencesSaved);

  // Mirrored: the library is on the right of the article.
  const library = page.getByRole('complementary', { name: ar.library.region });
  const libraryBox = await library.boundingBox();
  const workspaceBox = await page.locator('main.workspace').boundingBox();
  if (!libraryBox || !workspaceBox) throw new Error('no layout');
  expect(libraryBox.x).toBeGreaterThan(workspaceBox.x + workspaceBox.width - 1);

  // An Arabic article, opened with the Arabic "Open…".
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: ar.library.open }).click();
  await (await chooser).setFiles({
    name: 'قصف-سراقب.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(TEXT, 'utf8'),
  });
  const documents = page.getByRole('list', { name: ar.library.documents });
  await expect(documents.getByRole('listitem').filter({ hasText: 'قصف-سراقب' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: ar.article.text })).toContainText('سراقب');
  await page.screenshot({ path: testInfo.outputPath('arabic-library-article.png') });

  // Tag "سراقب" as a place with the Arabic toolbar, which floats over the selection.
  const place = occurrence(TEXT, 'سراقب');
  await dragSelect(page, TEXT, place.start, place.end, true);
  const toolbar = page.getByRole('toolbar', { name: ar.tagToolbar.region });
  await expect(toolbar).toBeVisible();
  const buttons = [ar.labels.actor, ar.labels.place, ar.labels.casualty_count].map((name) =>
    toolbar.getByRole('button', { name, exact: true }),
  );
  const boxes = await Promise.all(buttons.map((button) => button.boundingBox()));
  // Right to left: "فاعل" (1) rightmost, then "مكان" (2), then "عدد الضحايا" (3).
  expect(boxes[0]?.x ?? 0).toBeGreaterThan(boxes[1]?.x ?? 0);
  expect(boxes[1]?.x ?? 0).toBeGreaterThan(boxes[2]?.x ?? 0);
  await page.screenshot({ path: testInfo.outputPath('arabic-tag-toolbar.png') });
  await buttons[1]?.click();
  await expect(toolbar).toBeHidden();
  const annotations = page.getByRole('list', { name: ar.annotationList.list }).getByRole('listitem');
  await expect(annotations).toHaveCount(1);
  await expect(annotations.first()).toContainText('سراقب');
  // The library's count in Arabic-Indic digits.
  await expect(documents.getByRole('listitem').filter({ hasText: 'قصف-سراقب' })).toContainText('١');

  // A dialog in Arabic, laid out right to left.
  await page.getByRole('button', { name: ar.library.statistics }).click();
  const statistics = page.getByRole('dialog', { name: ar.statistics.heading });
  await expect(statistics.getByRole('region', { name: ar.statistics.perLabel })).toBeVisible();
  await expect(statistics).toContainText('وسم واحد في مستند');
  await page.screenshot({ path: testInfo.outputPath('arabic-statistics.png') });
  await statistics.getByRole('button', { name: ar.statistics.close }).click();

  // The choice is kept: after a reload the window is still Arabic and mirrored.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: ar.library.preferences })).toBeVisible();
  await page.getByRole('button', { name: ar.library.preferences }).click();
  await expect(page.getByRole('dialog', { name: ar.preferences.heading })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('arabic-preferences.png') });
});
