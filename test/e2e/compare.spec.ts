/**
 * Two annotators' datasets imported side by side, compared in "Compare side by side", and the accepted versions
 * exported as annotator "curated" with exact offsets (an emoji before the Arabic makes code points and UTF-16
 * differ).
 */
import { expect, type Page, test } from '@playwright/test';
import { expectExactSlices, exportJson } from './support';

const TEXT = '🔴 اشتبكت قسد مع داعش في دير الزور، وقتل خمسة عناصر.';

/** A doccano line; offsets in code points (the emoji is one). */
function doccano(spans: Array<[string, string]>): Buffer {
  const points = Array.from(TEXT);
  const label = spans.map(([needle, tag]) => {
    const start = Array.from(TEXT.slice(0, TEXT.indexOf(needle))).length;
    return [start, start + Array.from(needle).length, tag];
  });
  expect(points.length).toBe(TEXT.length - 1);
  return Buffer.from(`${JSON.stringify({ text: TEXT, label })}\n`);
}

async function importAs(page: Page, name: string, content: Buffer, keepBoth: boolean) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import dataset…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: content });
  const dialog = page.getByRole('dialog', { name: 'Import dataset' });
  // The annotator is named after the file unless the researcher says otherwise.
  await expect(dialog.getByRole('textbox', { name: 'Annotator' })).toHaveValue(name.replace(/\.jsonl$/, ''));
  if (keepBoth) await dialog.getByRole('radio', { name: 'Keep both sets (as different annotators)' }).check();
  await dialog.getByRole('button', { name: 'Import 1 document' }).click();
  await expect(dialog).toBeHidden();
}

test('two annotators compared side by side; accepted versions export as annotator "curated"', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
  await importAs(
    page,
    'alice.jsonl',
    doccano([
      ['قسد', 'actor'],
      ['دير الزور', 'place'],
      ['خمسة', 'casualty_count'],
    ]),
    false,
  );
  await importAs(
    page,
    'bob.jsonl',
    doccano([
      ['قسد', 'actor'],
      ['داعش', 'actor'],
      ['الزور', 'place'],
    ]),
    true,
  );

  await page.getByRole('button', { name: 'Agreement…' }).click();
  const agreement = page.getByRole('dialog', { name: 'Agreement' });
  await expect(agreement.getByRole('combobox', { name: 'Reference annotator' })).toHaveValue('alice');
  await expect(agreement.getByRole('combobox', { name: 'Compared annotator' })).toHaveValue('bob');
  await agreement.getByRole('button', { name: 'Compare side by side' }).click();

  const compare = page.getByRole('dialog', { name: 'Compare side by side' });
  await expect(compare).toContainText('3 differences between alice (A) and bob (B)');
  const rows = compare.getByRole('table', { name: 'Differences' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  // Everything from alice, then bob's boundary for the place, by keyboard.
  await compare.getByRole('button', { name: 'Accept all from A' }).click();
  await expect(compare.getByRole('status')).toContainText('The curated set has 3 spans');
  const boundary = rows.filter({ has: page.getByRole('rowheader', { name: 'Different boundaries' }) });
  await boundary.getByRole('button', { name: 'Accept B' }).focus();
  await page.keyboard.press('Enter');
  await expect(boundary.getByRole('button', { name: 'Accept B' })).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: test.info().outputPath('compare.png') });
  await compare.getByRole('button', { name: 'Close' }).click();
  // The agreement dialog now knows the curated set as an annotator.
  await expect(agreement.getByRole('combobox', { name: 'Compared annotator' })).toContainText('curated');
  await agreement.getByRole('button', { name: 'Close' }).click();

  const dataset = await exportJson(page);
  const doc = dataset.documents.find((d) => d.text === TEXT);
  expect(doc).toBeDefined();
  if (!doc) return;
  expectExactSlices(doc);
  const curated = doc.annotations
    .filter((a) => (a as { annotator?: string | null }).annotator === 'curated')
    .map((a) => [a.label, a.text, a.start, a.start_utf16]);
  expect(curated).toEqual([
    ['actor', 'قسد', 9, 10],
    ['place', 'الزور', 28, 29],
    ['casualty_count', 'خمسة', 40, 41],
  ]);
  // alice's and bob's own annotations are still there.
  expect(
    doc.annotations.filter((a) => (a as { annotator?: string | null }).annotator !== 'curated'),
  ).toHaveLength(6);
});
