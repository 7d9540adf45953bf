import { expect, test } from '@playwright/test';
import { occurrence, tagByDrag } from './support';

const TEXT = 'أعلنت قوات سوريا الديمقراطية اعتقال ٣٤ شخصاً في الرقة.';

test('a lost database is noticed at start and the newest backup gives back every document and annotation', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^New from text/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('تقرير الرقة');
  await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill(TEXT);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.locator('[aria-label="Article text"]')).toContainText('في الرقة.');
  await tagByDrag(page, TEXT, occurrence(TEXT, 'قوات سوريا الديمقراطية'), 'actor', true, 'key');
  await tagByDrag(page, TEXT, occurrence(TEXT, 'الرقة'), 'place', true, 'key');

  await page.getByRole('button', { name: 'Backups…' }).click();
  const backups = page.getByRole('dialog', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByRole('list', { name: 'Backups' }).getByRole('listitem')).toHaveCount(1);
  await expect(backups.getByRole('list', { name: 'Backups' })).toContainText('2 documents, 2 annotations');
  await backups.getByRole('button', { name: 'Close' }).click();

  // The database disappears (a wiped profile, a corrupted store): deleted behind the app's back.
  const deleted = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase('spanlight');
        request.onsuccess = () => resolve('deleted');
        request.onerror = () => resolve('error');
        request.onblocked = () => resolve('blocked');
      }),
  );
  expect(deleted).toBe('deleted');
  await page.reload();

  await expect(backups).toBeVisible();
  await expect(backups.getByRole('alert')).toContainText('The library holds 0 documents and 0 annotations');
  await backups.getByRole('button', { name: 'Restore' }).first().click();
  await backups.getByRole('button', { name: 'Replace the library' }).click();
  await expect(backups).toBeHidden();
  const documents = page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
  await expect(documents).toHaveCount(2);
  await documents.filter({ hasText: 'تقرير الرقة' }).getByRole('button').first().click();
  const annotations = page.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
  await expect(annotations).toHaveCount(2);
  await expect(annotations.first()).toContainText('قوات سوريا الديمقراطية');
  await expect(annotations.last()).toContainText('الرقة');
});
