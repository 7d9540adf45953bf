import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { occurrence, tagByDrag } from './support';

const FIXTURES = resolve(__dirname, '../fixtures/intake');
const TEXT = 'أعلنت قسد اعتقال ٣٤ شخصاً في الرقة 😀 والحسكة.';

test('using every feature, the page only ever talks to its own origin', async ({ page }) => {
  // Every remote URL in the hostile page points at this server: a single hit is a leak.
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.end('');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  try {
    await page.goto('/');
    const origin = new URL(page.url()).origin;
    await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();

    // Import: a hostile web page, a PDF, a Word file.
    const html = readFileSync(resolve(FIXTURES, 'hostile-page.html'), 'utf8').replaceAll(
      /127\.0\.0\.1:\d+/g,
      `127.0.0.1:${port}`,
    );
    let chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /^Open/ }).click();
    await (await chooser).setFiles([
      { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(html) },
      {
        name: 'arabic.pdf',
        mimeType: 'application/pdf',
        buffer: readFileSync(resolve(FIXTURES, 'arabic.pdf')),
      },
      {
        name: 'article.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: readFileSync(resolve(FIXTURES, 'article.docx')),
      },
    ]);
    await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(4);

    // Annotate, relabel, edit details, filter.
    await page.getByRole('button', { name: /^New from text/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('خبر');
    await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill(TEXT);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await tagByDrag(page, TEXT, occurrence(TEXT, 'قسد'), 'actor', true, 'key');
    await tagByDrag(page, TEXT, occurrence(TEXT, 'الرقة'), 'place', true, 'button');
    await page.getByRole('list', { name: 'Annotations' }).getByRole('button', { name: /الرقة/ }).click();
    await page.keyboard.press('3');
    await page.getByRole('button', { name: /^Edit details/ }).click();
    await page
      .getByRole('dialog', { name: 'Document details' })
      .getByRole('textbox', { name: 'Source', exact: true })
      .fill('SY24');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByRole('searchbox', { name: 'Filter documents' }).fill('خبر');
    await page.getByRole('searchbox', { name: 'Filter documents' }).fill('');

    // Export in every format, import one back, back up.
    for (const format of [
      'Spanlight JSON',
      'doccano JSONL',
      'Label Studio JSON',
      'Prodigy JSONL',
      'brat standoff',
      'CoNLL / IOB2',
      'W3C Web Annotation (JSON-LD)',
      'CSV of spans',
    ]) {
      await page.getByRole('button', { name: 'Export…' }).click();
      const exportDialog = page.getByRole('dialog', { name: 'Export' });
      await exportDialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: format });
      const download = page.waitForEvent('download');
      await exportDialog.getByRole('button', { name: 'Export' }).click();
      await download;
    }
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON', exact: true }).click();
    const exported = readFileSync(await (await download).path());
    chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import dataset…' }).click();
    await (await chooser).setFiles({ name: 'library.json', mimeType: 'application/json', buffer: exported });
    const importDialog = page.getByRole('dialog', { name: 'Import dataset' });
    await importDialog.getByRole('button', { name: /^Import \d+ document/ }).click();
    await expect(importDialog).toBeHidden();
    await page.getByRole('button', { name: 'Backups…' }).click();
    await page.getByRole('button', { name: 'Back up now' }).click();
    // One before each of the two imports, one by hand.
    await expect(page.getByRole('list', { name: 'Backups' }).getByRole('listitem')).toHaveCount(3);
    await page.getByRole('dialog', { name: 'Backups' }).getByRole('button', { name: 'Close' }).click();
    await page.reload();
    await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(5);
    await page.waitForTimeout(500);

    const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url));
    expect(foreign).toEqual([]);
    expect(hits).toEqual([]);
    expect(requests.length).toBeGreaterThan(5); // the recorder did see the app's own requests
  } finally {
    server.close();
  }
});
