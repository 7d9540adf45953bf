import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { docxToDraft } from '../../../src/renderer/intake/docx';
import articleUrl from '../../fixtures/intake/article.docx?url';
import articleExpected from '../../fixtures/intake/article.expected.txt?raw';
import {
  buildDocx,
  expectedParagraphs,
  expectOneDraft,
  expectRefusal,
  loadBytes,
  requestsTo,
  settle,
} from './support';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

describe('article.docx', () => {
  test('headings, paragraphs and list items become paragraphs, in order, exactly', async () => {
    const draft = expectOneDraft(
      await docxToDraft(await loadBytes(articleUrl), { fileName: 'article.docx' }),
    );
    expect(draft.text.split('\n\n')).toEqual(expectedParagraphs(articleExpected));
    expect(draft.text).toBe(articleExpected.trimEnd());
  });

  test('the title is the first heading, not the core properties title', async () => {
    const draft = expectOneDraft(
      await docxToDraft(await loadBytes(articleUrl), { fileName: 'article.docx' }),
    );
    expect(draft.title).toBe('تقرير: افتتاح مكتبة عامة في حمص');
  });
});

describe('titles', () => {
  test('no heading: the core properties title', async () => {
    const bytes = await buildDocx([{ text: 'Just a paragraph.' }], { coreTitle: 'Declared title' });
    expect(expectOneDraft(await docxToDraft(bytes, { fileName: 'x.docx' })).title).toBe('Declared title');
  });

  test('neither: the file name; no file name: empty (createDocument then uses the first line)', async () => {
    const bytes = await buildDocx([{ text: 'Just a paragraph.' }]);
    expect(expectOneDraft(await docxToDraft(bytes, { fileName: 'folder/My notes.docx' })).title).toBe(
      'My notes',
    );
    expect(expectOneDraft(await docxToDraft(bytes)).title).toBe('');
  });

  test("a paragraph in Word's Title style is a heading, so the title", async () => {
    const bodyXml = `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Styled title</w:t></w:r></w:p><w:p><w:r><w:t>Body.</w:t></w:r></w:p>`;
    const bytes = await buildDocx([], {
      bodyXml,
      extra: {
        'word/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>`,
      },
    });
    const draft = expectOneDraft(await docxToDraft(bytes, { fileName: 'x.docx' }));
    expect(draft.title).toBe('Styled title');
    expect(draft.text).toBe('Styled title\n\nBody.');
  });

  test('a heading further down still wins over the core title', async () => {
    const bytes = await buildDocx(
      [{ text: 'Intro paragraph.' }, { text: 'Section heading', style: 'Heading2' }, { text: 'Body.' }],
      { coreTitle: 'Core' },
    );
    expect(expectOneDraft(await docxToDraft(bytes)).title).toBe('Section heading');
  });
});

describe('content', () => {
  test('tables, line breaks, tabs and footnote back-links', async () => {
    const bodyXml = `
      <w:p><w:r><w:t>Line one</w:t><w:br/><w:t>line two</w:t></w:r></w:p>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      <w:p><w:r><w:t xml:space="preserve">  spaced  out  </w:t></w:r></w:p>
      <w:p><w:r><w:t>With a note</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`;
    const bytes = await buildDocx([], {
      bodyXml,
      extra: {
        'word/footnotes.xml': `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W}"><w:footnote w:id="1"><w:p><w:r><w:t>The note.</w:t></w:r></w:p></w:footnote></w:footnotes>`,
      },
    });
    expect(expectOneDraft(await docxToDraft(bytes)).text).toBe(
      'Line one\nline two\n\nA\tB\n\nspaced out\n\nWith a note[1]\n\nThe note.',
    );
  });

  test('images and external links are neither embedded nor fetched', async () => {
    const tracker = `${location.origin}/__spanlight_docx_tracker__`;
    const bodyXml = `
      <w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>a link</w:t></w:r></w:hyperlink></w:p>
      <w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="p" descr="alt"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:link="rIdImage"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
      <w:p><w:r><w:t>after</w:t></w:r></w:p>`;
    const bytes = await buildDocx([], {
      bodyXml,
      extra: {
        'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${tracker}/link" TargetMode="External"/><Relationship Id="rIdImage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${tracker}/image.png" TargetMode="External"/></Relationships>`,
      },
    });
    const draft = expectOneDraft(await docxToDraft(bytes));
    expect(draft.text).toBe('a link\n\nafter');
    await settle(200);
    expect(requestsTo(tracker)).toEqual([]);
  });

  test('an empty document: refused', async () => {
    const bytes = await buildDocx([{ text: '   ' }]);
    expectRefusal(await docxToDraft(bytes), 'the document has no text');
  });
});

describe('bad input', () => {
  test('truncated: refused', async () => {
    const bytes = await loadBytes(articleUrl);
    for (const length of [
      bytes.length - 1,
      Math.floor(bytes.length * 0.8),
      Math.floor(bytes.length / 2),
      30,
      3,
    ]) {
      expectRefusal(await docxToDraft(bytes.slice(0, length)), /^it is not a readable Word document \(.+\)$/);
    }
  });

  test('a damaged document part (CRC mismatch): refused, not read in part', async () => {
    const zip = await JSZip.loadAsync(await loadBytes(articleUrl));
    const stored = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    const text = new TextDecoder('latin1').decode(stored);
    const at = text.indexOf('<w:body>');
    expect(at).toBeGreaterThan(0);
    const damaged = stored.slice();
    damaged[at + 3] = 'X'.charCodeAt(0); // "<w:bXdy>": same length, wrong CRC
    expectRefusal(await docxToDraft(damaged), /^it is not a readable Word document \(.+\)$/);
  });

  test('not a zip, empty, a zip without a document: refused', async () => {
    expectRefusal(await docxToDraft(new TextEncoder().encode('plain text, not a docx')), /Word document/);
    expectRefusal(
      await docxToDraft(new Uint8Array()),
      'it is not a readable Word document (the file is empty)',
    );
    const zip = new JSZip();
    zip.file('hello.txt', 'hello');
    expectRefusal(await docxToDraft(await zip.generateAsync({ type: 'uint8array' })), /Word document/);
  });

  test('malformed document XML: refused or read, never thrown', async () => {
    const bytes = await buildDocx([], { bodyXml: `<w:p><w:r><w:t>unclosed</w:r></w:p><w:p xmlns:w="${W}">` });
    const result = await docxToDraft(bytes);
    expect(typeof result.ok).toBe('boolean');
    if (!result.ok) expect(result.reason).toMatch(/^it is not a readable Word document/);
  });
});
