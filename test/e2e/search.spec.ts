import { expect, type Page, test } from '@playwright/test';
import { exportJson, occurrence } from './support';

// Written for this test: "داعش" plain, with diacritics (دَاعِشٍ) and with proclitics (لداعش، وداعش), and a
// longer word (الداعشي) that must not be a hit.
const ARTICLES = [
  {
    name: 'هجوم-البادية.txt',
    text: 'هاجم مقاتلو داعش قرية في ريف دير الزور.\nوقال مصدر محلي إن عناصر دَاعِشٍ انسحبوا لاحقاً.\n',
  },
  {
    name: 'بيان-المرصد.txt',
    text: 'تصدت قوات النظام لداعش في البادية.\nووثق المرصد هجوماً جديداً وداعش خسر مواقعه.\n',
  },
  { name: 'تقرير-آخر.txt', text: 'اعتقل العنصر الداعشي أمس في الرقة.\n' },
];

async function openFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Open/ }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  const title = name.replace(/\.txt$/, '');
  await expect(
    page.getByRole('list', { name: 'Documents' }).getByRole('listitem').filter({ hasText: title }),
  ).toBeVisible();
}

const selectedText = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

test('corpus search finds داعش with diacritics and prefixes; a hit opens selected and is tagged at once', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
  for (const { name, text } of ARTICLES) await openFile(page, name, text);

  const box = page.getByRole('searchbox', { name: 'Search library' });
  await box.fill('داعش');
  await box.press('Enter');
  const results = page.getByRole('list', { name: 'Search results' });
  // The sample article seeded on first launch mentions داعش once too.
  await expect(results.getByRole('listitem')).toHaveCount(5);
  const hits = results.getByRole('listitem').filter({ hasNotText: 'عينة:' });
  await expect(hits).toHaveCount(4);
  await expect(hits.nth(0)).toContainText('هجوم-البادية');
  await expect(hits.nth(0).locator('mark')).toHaveText('داعش');
  await expect(hits.nth(1).locator('mark')).toHaveText('دَاعِشٍ');
  await expect(hits.nth(2)).toContainText('بيان-المرصد');
  await expect(hits.nth(2)).toContainText('لداعش');
  await expect(hits.nth(2).locator('mark')).toHaveText('داعش');
  await expect(hits.nth(3)).toContainText('وداعش');
  await expect(results).not.toContainText('الداعشي');
  // The snippet reads right to left inside the list.
  expect(
    await hits
      .nth(0)
      .locator('bdi')
      .evaluate((el) => getComputedStyle(el).direction),
  ).toBe('rtl');

  // Choose the vowelled hit with the keyboard: the document opens with exactly the hit selected.
  await hits.nth(1).getByRole('button').focus();
  await page.keyboard.press('Enter');
  const article = page.locator('[aria-label="Article text"]');
  await expect(article).toContainText('هاجم مقاتلو');
  await expect.poll(() => selectedText(page)).toBe('دَاعِشٍ');
  await expect(page.getByRole('toolbar', { name: 'Tag selection' })).toBeVisible();
  await page.keyboard.press('1');
  const annotations = page.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
  await expect(annotations).toHaveCount(1);
  await expect(annotations.first()).toContainText('دَاعِشٍ');
  await expect(annotations.first()).toContainText('Actor');

  // Choose a prefixed hit in another document: the span covers داعش, not the ل in front.
  await hits.nth(2).getByRole('button').click();
  await expect(article).toContainText('تصدت قوات');
  await expect.poll(() => selectedText(page)).toBe('داعش');
  await page.keyboard.press('1');
  await expect(annotations).toHaveCount(1);

  const dataset = await exportJson(page);
  const [first, second] = ARTICLES;
  const saved = (title: string) =>
    dataset.documents
      .find((doc) => doc.title === title)
      ?.annotations.map(({ label, text, start_utf16, end_utf16 }) => ({
        label,
        text,
        start_utf16,
        end_utf16,
      }));
  const vowelled = occurrence(first?.text ?? '', 'دَاعِشٍ');
  expect(saved('هجوم-البادية')).toEqual([
    { label: 'actor', text: 'دَاعِشٍ', start_utf16: vowelled.start, end_utf16: vowelled.end },
  ]);
  const prefixed = occurrence(second?.text ?? '', 'لداعش');
  expect(saved('بيان-المرصد')).toEqual([
    { label: 'actor', text: 'داعش', start_utf16: prefixed.start + 1, end_utf16: prefixed.end },
  ]);
});

test('search in the open document: Enter, Shift+Enter, the buttons, the count, the match selected', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
  const [first] = ARTICLES;
  if (!first) return;
  await openFile(page, first.name, first.text);
  const article = page.locator('[aria-label="Article text"]');
  await expect(article).toContainText('هاجم مقاتلو');

  const box = page.getByRole('searchbox', { name: 'Search in document' });
  const count = page.locator('.document-search-count');
  await box.fill('داعش');
  await expect(count).toHaveText('2 matches');
  await box.press('Enter');
  await expect(count).toHaveText('1 of 2');
  await expect.poll(() => selectedText(page)).toBe('داعش');
  // The focus stays in the box while the match is selected in the article: Enter again goes on.
  await expect(box).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('2 of 2');
  await expect.poll(() => selectedText(page)).toBe('دَاعِشٍ');
  await page.keyboard.press('Shift+Enter');
  await expect(count).toHaveText('1 of 2');
  await page.getByRole('button', { name: 'Previous match' }).click();
  await expect(count).toHaveText('2 of 2');
  await page.getByRole('button', { name: 'Next match' }).click();
  await expect(count).toHaveText('1 of 2');
  await expect.poll(() => selectedText(page)).toBe('داعش');
  await expect(box)
    .toBeFocused({ timeout: 1000 })
    .catch(() => undefined);

  // Escape goes back to the article with the match still selected; 2 tags it as a place.
  await box.focus();
  await box.press('Escape');
  await expect(article).toBeFocused();
  await expect.poll(() => selectedText(page)).toBe('داعش');
  await page.keyboard.press('2');
  const annotations = page.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
  await expect(annotations).toHaveCount(1);
  await expect(annotations.first()).toContainText('Place');

  // Filter the annotations by text and by label.
  await box.fill('انسحبوا');
  await box.press('Enter');
  await box.press('Escape');
  await page.keyboard.press('1');
  await expect(annotations).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Filter annotations' }).fill('داعش');
  await expect(annotations).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Filter annotations' }).fill('');
  await page.getByRole('combobox', { name: 'Filter by label' }).selectOption('actor');
  await expect(annotations).toHaveCount(1);
  await expect(annotations.first()).toContainText('انسحبوا');
});
