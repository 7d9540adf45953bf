/**
 * createDocument turns an import into a stored document: normalized text (BOM and line endings only), its
 * SHA-256, a title, and only the optional fields that were given.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument, titleFromFileName, titleFromText } from '../../src/core/document';
import { normalizeText } from '../../src/core/text/normalizeText';
import { anyText, rawArticleText } from './arbitraries';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('createDocument', () => {
  it('stores the normalized text and the SHA-256 of its UTF-8 bytes', () => {
    fc.assert(
      fc.property(rawArticleText(), fc.string(), (raw, title) => {
        const doc = createDocument({ title, text: raw }, 'doc-1', 1_700_000_000_000);
        expect(doc.text).toBe(normalizeText(raw));
        expect(doc.sha256).toBe(nodeSha256(normalizeText(raw)));
        expect(doc.id).toBe('doc-1');
        expect(doc.importedAt).toBe(1_700_000_000_000);
      }),
      { numRuns: 300 },
    );
  });

  it('hashes the stored text, so CRLF and LF copies of an article are recognised as the same', () => {
    const crlf = createDocument({ title: '', text: '\uFEFFقتل شخصان\r\nفي الحسكة' }, 'a', 0);
    const lf = createDocument({ title: '', text: 'قتل شخصان\nفي الحسكة' }, 'b', 0);
    expect(crlf.text).toBe(lf.text);
    expect(crlf.sha256).toBe(lf.sha256);
  });

  it('keeps a given title, trimmed', () => {
    expect(createDocument({ title: '  غارة في الحسكة \n', text: 'x' }, 'a', 0).title).toBe('غارة في الحسكة');
  });

  it('falls back to the first non-blank line when the title is blank', () => {
    const doc = createDocument({ title: '   ', text: '\r\n  \r\n  غارة أمريكية  \r\nالنص' }, 'a', 0);
    expect(doc.title).toBe('غارة أمريكية');
  });

  it('copies only the optional fields that are given (no empty strings, no undefined keys)', () => {
    const bare = createDocument(
      { title: 't', text: 'x', source: '', url: '', lang: '', publishedAt: '' },
      'a',
      0,
    );
    expect(Object.keys(bare).sort()).toEqual(['id', 'importedAt', 'sha256', 'text', 'title']);
    const full = createDocument(
      {
        title: 't',
        text: 'x',
        source: 'SANA',
        url: 'https://example.org/a',
        lang: 'ar',
        publishedAt: '2024-12-08',
      },
      'a',
      0,
    );
    expect(full).toMatchObject({
      source: 'SANA',
      url: 'https://example.org/a',
      lang: 'ar',
      publishedAt: '2024-12-08',
    });
  });
});

describe('titleFromText', () => {
  it.each([
    ['first line', 'Two killed\nin Hasakah', 'Two killed'],
    ['skips blank lines', '\n \n\tقتل شخصان\n', 'قتل شخصان'],
    ['trims', '   CENTCOM statement   ', 'CENTCOM statement'],
    ['empty text', '', 'Untitled'],
    ['whitespace only', ' \n\t\n', 'Untitled'],
    ['keeps marks and ZWJ', 'بَدّ 👨‍👩‍👧', 'بَدّ 👨‍👩‍👧'],
  ])('%s', (_name, text, title) => {
    expect(titleFromText(text)).toBe(title);
  });

  it('cuts at 120 code points (not UTF-16 units) and adds an ellipsis', () => {
    const emoji = '😀'.repeat(130); // 260 UTF-16 units
    expect(titleFromText(emoji)).toBe(`${'😀'.repeat(120)}…`);
    expect(titleFromText('ب'.repeat(120))).toBe('ب'.repeat(120));
    expect(titleFromText('ب'.repeat(121))).toBe(`${'ب'.repeat(120)}…`);
  });

  it('is the trimmed first non-blank line, or its first 120 code points + "…" when longer', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText({ wellFormed: true }),
          fc.string({ unit: 'grapheme', minLength: 100, maxLength: 200 }),
        ),
        (text) => {
          const title = titleFromText(text);
          const line = text.split('\n').find((l) => l.trim() !== '');
          if (line === undefined) {
            expect(title).toBe('Untitled');
          } else if (Array.from(line.trim()).length <= 120) {
            expect(title).toBe(line.trim());
          } else {
            expect(title.endsWith('…')).toBe(true);
            const kept = title.slice(0, -1);
            expect(Array.from(kept)).toHaveLength(120);
            expect(line.trim().startsWith(kept)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('titleFromFileName', () => {
  it.each([
    ['article.txt', 'article'],
    ['غارة الحسكة.txt', 'غارة الحسكة'],
    ['C:\\Users\\r\\news\\2024-12-08.sana.txt', '2024-12-08.sana'],
    ['/home/r/news/report.md', 'report'],
    ['.hidden', '.hidden'], // a leading dot is not an extension
    ['no-extension', 'no-extension'],
    ['  spaced .txt', 'spaced'],
    ['.txt', '.txt'],
    ['', 'Untitled'],
    [' .txt', 'Untitled'],
  ])('%j → %j', (fileName, title) => {
    expect(titleFromFileName(fileName)).toBe(title);
  });
});
