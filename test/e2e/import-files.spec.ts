import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { exportJson } from './support';

const FIXTURES = resolve(__dirname, '../fixtures/intake');

async function chooseFiles(
  page: import('@playwright/test').Page,
  files: Parameters<import('@playwright/test').FileChooser['setFiles']>[0],
) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Open/ }).click();
  await (await chooser).setFiles(files);
}

test('a hostile saved web page imports as its article: no script runs, nothing is fetched', async ({
  page,
}) => {
  // A local server stands in for the trackers, CDNs and ad hosts the page points at: any hit is a leak.
  const hits: string[] = [];
  const server: Server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.end('');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  try {
    const html = readFileSync(resolve(FIXTURES, 'hostile-page.html'), 'utf8').replaceAll(
      /127\.0\.0\.1:\d+/g,
      `127.0.0.1:${port}`,
    );
    const requests: string[] = [];
    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
    page.on('request', (request) => requests.push(request.url()));
    await chooseFiles(page, {
      name: 'saved-page.html',
      mimeType: 'text/html',
      buffer: Buffer.from(html, 'utf8'),
    });
    const article = page.locator('[aria-label="Article text"]');
    const expected = readFileSync(resolve(FIXTURES, 'hostile-page.expected.txt'), 'utf8');
    const firstParagraph = expected.split('\n').find((line) => line.trim().length > 20) ?? '';
    await expect(article).toContainText(firstParagraph.trim().slice(0, 30));
    const text = await article.textContent();
    for (const boilerplate of ['Facebook', 'WhatsApp', 'Telegram', 'مقالات ذات صلة', 'Related articles']) {
      expect(text).not.toContain(boilerplate);
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await page.waitForTimeout(500);
    const appOrigin = new URL(page.url()).origin;
    expect(requests.filter((url) => !url.startsWith(`${appOrigin}/`) && !/^(blob|data):/.test(url))).toEqual(
      [],
    );
    expect(hits).toEqual([]);
    // The stored text is exactly the article's paragraphs.
    const dataset = await exportJson(page, 'Export document JSON');
    expect(dataset.documents[0]?.text.trim()).toBe(expected.trim());
  } finally {
    server.close();
  }
});

const FAKES = resolve(
  __dirname,
  '../../../shared/corpus/news/fakes-syria-news-en/FA-KES-Dataset.sample45.csv',
);

test('the FA-KES CSV imports as 45 documents with their dates and sources after mapping columns', async ({
  page,
}) => {
  test.skip(
    !existsSync(FAKES),
    `skipped: ${FAKES} is absent (the shared corpus is not beside this checkout)`,
  );
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
  await chooseFiles(page, FAKES);
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog.getByRole('button', { name: 'Import 45 documents' })).toBeEnabled();
  await expect(dialog.getByRole('combobox', { name: 'Text column' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 45 documents' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').first()).toContainText('Imported 45 documents');
  const items = page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
  await expect(items).toHaveCount(46); // with the sample article
  const dataset = await exportJson(page);
  const imported = dataset.documents.filter((d) => d.title !== 'عينة: عمليات أمنية في شرق سوريا') as Array<
    (typeof dataset.documents)[number] & { source: string | null; published_at: string | null }
  >;
  expect(imported).toHaveLength(45);
  expect(imported.every((d) => d.source && d.published_at && d.text.length > 100)).toBe(true);
});

test('Windows-1256 Arabic text is previewed with the guessed encoding before the import commits', async ({
  page,
}) => {
  // "أعلنت قوات سوريا الديمقراطية" in Windows-1256, written with the browser's own decoder as the reference.
  const arabic = 'أعلنت قوات سوريا الديمقراطية اعتقال ٣٤ شخصاً في الرقة';
  await page.goto('/');
  const bytes = await page.evaluate(
    (text) => {
      // Build the Windows-1256 bytes by searching the decoder's table.
      const decoder = new TextDecoder('windows-1256');
      const table = new Map<string, number>();
      for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
      return Array.from(text, (char) => {
        const byte = table.get(char);
        if (byte === undefined) throw new Error(`no windows-1256 byte for ${char}`);
        return byte;
      });
    },
    arabic.replace('٣٤', '34'),
  );
  await chooseFiles(page, { name: 'raqqa-1256.txt', mimeType: 'text/plain', buffer: Buffer.from(bytes) });
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog.getByRole('combobox', { name: 'Encoding' })).toHaveValue('windows-1256');
  await expect(dialog.getByLabel('Preview of raqqa-1256.txt')).toContainText('قوات سوريا الديمقراطية');
  // Nothing is written before the researcher confirms.
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Import 1 document' }).click();
  await expect(page.locator('[aria-label="Article text"]')).toContainText('قوات سوريا الديمقراطية اعتقال 34');
});

test('dropping files imports them; a bad file in a batch imports nothing and says why', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
  const drop = async (files: Array<{ name: string; content: number[] }>) => {
    const transfer = await page.evaluateHandle((list) => {
      const data = new DataTransfer();
      for (const file of list) data.items.add(new File([new Uint8Array(file.content)], file.name));
      return data;
    }, files);
    await page.dispatchEvent('.app', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('.app', 'drop', { dataTransfer: transfer });
  };
  const utf8 = (text: string) => Array.from(Buffer.from(text, 'utf8'));
  await drop([
    {
      name: 'one.md',
      content: utf8('# Raqqa report\n\nThe **SDF** said [34 people](https://example.com) were detained.'),
    },
    { name: 'broken.pdf', content: utf8('%PDF-1.7 truncated') },
  ]);
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog.getByRole('alert')).toContainText('Cannot open “broken.pdf”');
  await expect(dialog.getByRole('button', { name: /^Import \d+ document/ })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(1);

  await drop([
    {
      name: 'one.md',
      content: utf8('# Raqqa report\n\nThe **SDF** said [34 people](https://example.com) were detained.'),
    },
  ]);
  const article = page.locator('[aria-label="Article text"]');
  await expect(article).toContainText('The SDF said 34 people were detained.');
  expect(await article.textContent()).not.toContain('**');
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(2);
});

test('PDF and Word files open as text', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
  await chooseFiles(page, [resolve(FIXTURES, 'english.pdf'), resolve(FIXTURES, 'article.docx')]);
  const items = page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  const dataset = await exportJson(page);
  const english = readFileSync(resolve(FIXTURES, 'english.expected.txt'), 'utf8');
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  const pdfDoc = dataset.documents.find((d) => words(d.text).join(' ') === words(english).join(' '));
  expect(pdfDoc, 'the PDF text, word for word').toBeDefined();
  const docx = readFileSync(resolve(FIXTURES, 'article.expected.txt'), 'utf8');
  expect(dataset.documents.some((d) => d.text.trim() === docx.trim())).toBe(true);
});
