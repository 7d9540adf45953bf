import '../../../src/renderer/styles.css';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Platform } from '../../../src/renderer/platform/platform';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../src/renderer/storage/database';
import { App } from '../../../src/renderer/ui/App';
import englishPdfUrl from '../../fixtures/intake/english.pdf?url';
import { browserPlatform } from '../support/browserPlatform';
import { type Rendered, render } from '../support/render';

let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: AnnotationStore;
let saved: Array<{ fileName: string; content: string }>;

function fakePlatform(): Platform {
  return browserPlatform({
    async saveExport(fileName, content) {
      saved.push({ fileName, content });
      return `Downloaded ${fileName}`;
    },
  });
}

beforeAll(async () => {
  await page.viewport(1300, 900);
});

beforeEach(() => {
  localStorage.clear();
  db = new SpanlightDatabase(`app-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
  saved = [];
});

afterEach(async () => {
  vi.restoreAllMocks();
  await mounted?.unmount();
  mounted = null;
  await db.delete();
});

async function mountApp() {
  mounted = await render(<App store={store} platform={fakePlatform()} />, 1300);
  await expect.element(page.getByRole('list', { name: 'Documents' })).toBeInTheDocument();
}

async function createFromText(title: string, text: string) {
  await page.getByRole('button', { name: /^New from text/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill(text);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect.element(page.getByRole('heading', { name: title })).toBeInTheDocument();
}

/**
 * Selects a stretch of the open article as a mouse drag would, until the tag toolbar answers: right after a
 * document opens, its selection listeners attach a frame later than the text appears.
 */
async function selectInArticle(needle: string) {
  await expect
    .poll(() => {
      selectOnce(needle);
      return document.querySelector('[role="toolbar"][aria-label="Tag selection"]') !== null;
    })
    .toBe(true);
}

function selectOnce(needle: string) {
  const root = document.querySelector('[aria-label="Article text"]') as HTMLElement;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return;
  }
  throw new Error(`${needle} is not in the article`);
}

describe('App', () => {
  it('opens the sample article on first launch only', async () => {
    await mountApp();
    const documents = page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
    await expect.poll(() => documents.elements().length).toBe(1);
    await expect.element(page.getByLabelText('Article text')).toHaveTextContent(/قوات سوريا الديمقراطية/);
    expect(localStorage.getItem('spanlight.sampleSeeded')).toBe('1');
  });

  it('tags a selection with the toolbar and the keyboard, relabels and deletes', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await mountApp();
    await createFromText('تقرير', 'أعلنت قسد اعتقال ٣٤ شخصاً بالحسكة.');
    const toolbar = page.getByRole('toolbar', { name: 'Tag selection' });
    await expect.poll(() => document.querySelectorAll('[aria-label="Article text"] p').length).toBe(1);
    await selectInArticle('قسد');
    await expect.element(toolbar).toBeVisible();
    await toolbar.getByRole('button', { name: 'Actor' }).click();
    const items = page.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
    await expect.poll(() => items.elements().length).toBe(1);
    await expect.element(page.getByRole('status')).toHaveTextContent('Saved “قسد” as Actor.');

    await selectInArticle('الحسكة');
    await expect.element(toolbar).toBeVisible();
    await userEvent.keyboard('2');
    await expect
      .poll(() => items.elements().map((item) => item.textContent))
      .toEqual(['Actor قسد', 'Place الحسكة']);

    // Escape dismisses the toolbar without tagging.
    await selectInArticle('٣٤');
    await expect.element(toolbar).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(toolbar).not.toBeInTheDocument();
    expect(items.elements()).toHaveLength(2);

    await page.getByRole('button', { name: /الحسكة/ }).click();
    await userEvent.keyboard('3');
    await expect.poll(() => items.elements()[1]?.textContent).toBe('Casualty count الحسكة');
    await page.getByRole('button', { name: 'Delete annotation' }).click();
    await expect.poll(() => items.elements().length).toBe(1);
    expect((await store.listSpans((await store.listDocuments())[0]?.id ?? '')).map((s) => s.text)).toEqual([
      'قسد',
    ]);
  });

  it('says so when a write fails and shows nothing as saved', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await mountApp();
    await createFromText('Report', 'The SDF detained 34 people in Raqqa.');
    vi.spyOn(store, 'addSpan').mockRejectedValue(
      new Error(
        'Could not save the annotation: the disk is full or the storage quota is used up. Nothing was saved.',
      ),
    );
    await selectInArticle('Raqqa');
    await expect.element(page.getByRole('toolbar', { name: 'Tag selection' })).toBeVisible();
    await userEvent.keyboard('2');
    await expect.element(page.getByRole('alert')).toHaveTextContent(/disk is full.*Nothing was saved/);
    expect(page.getByRole('list', { name: 'Annotations' }).getByRole('listitem').elements()).toHaveLength(0);
  });

  it('refuses a binary file renamed .txt, naming it, and imports nothing of the batch', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await mountApp();
    const input = document.querySelector('[data-testid="open-file-input"]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])], 'photo.txt'));
    files.items.add(new File(['good text'], 'good.txt', { type: 'text/plain' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect.element(dialog.getByRole('alert')).toHaveTextContent(/Cannot open “photo\.txt”: .*binary/);
    await expect.element(dialog.getByRole('button', { name: /^Import 1 document/ })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.element(dialog).not.toBeInTheDocument();
    expect(await store.listDocuments()).toEqual([]);
  });

  it('previews text in a legacy encoding and writes nothing until the import is confirmed', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await mountApp();
    const input = document.querySelector('[data-testid="open-file-input"]') as HTMLInputElement;
    const files = new DataTransfer();
    // "الرقة" in Windows-1256, checked against the browser's own decoder below.
    const bytes = new Uint8Array([0xc7, 0xe1, 0xd1, 0xde, 0xc9]);
    expect(new TextDecoder('windows-1256').decode(bytes)).toBe('الرقة');
    files.items.add(new File([bytes], 'raqqa-1256.txt'));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect.element(dialog.getByLabelText('Preview of raqqa-1256.txt')).toHaveTextContent('الرقة');
    expect(await store.listDocuments()).toEqual([]);
    await dialog.getByRole('button', { name: 'Import 1 document' }).click();
    await expect.poll(async () => (await store.snapshot())[0]?.document.text).toBe('الرقة');
  });

  it('cancels a long import part way and writes nothing', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await mountApp();
    const pdf = new Uint8Array(await (await fetch(englishPdfUrl)).arrayBuffer());
    const input = document.querySelector('[data-testid="open-file-input"]') as HTMLInputElement;
    const files = new DataTransfer();
    // Enough files that reading them takes seconds on any machine, so Cancel comes in the middle.
    for (let i = 0; i < 300; i++) files.items.add(new File([pdf], `report-${i}.pdf`));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const progress = page.getByRole('progressbar', { name: 'Import progress' });
    await expect.element(progress).toBeInTheDocument();
    await expect
      .poll(() => Number(progress.element().getAttribute('value')), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Cancel import' }).click();
    await expect
      .element(page.getByRole('status').last())
      .toHaveTextContent('Import cancelled. Nothing was imported.');
    expect(await store.listDocuments()).toEqual([]);
  });

  it('deletes a document after confirmation', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await mountApp();
    await createFromText('One', 'first article');
    await createFromText('Two', 'second article');
    await page.getByRole('button', { name: 'Delete One' }).click();
    await expect.element(page.getByRole('alertdialog')).toHaveTextContent('Delete “One”');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await store.listDocuments()).map((d) => d.title)).toEqual(['Two']);
  });

  it('exports the library as Spanlight JSON', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await mountApp();
    await createFromText('Report', '👍 The SDF in Raqqa.');
    await selectInArticle('Raqqa');
    await expect.element(page.getByRole('toolbar', { name: 'Tag selection' })).toBeVisible();
    await userEvent.keyboard('2');
    await expect.element(page.getByRole('status')).toHaveTextContent('Saved');
    await page.getByRole('button', { name: 'Export JSON', exact: true }).click();
    await expect.poll(() => saved.length).toBe(1);
    const dataset = JSON.parse(saved[0]?.content ?? '{}');
    expect(saved[0]?.fileName).toMatch(/^spanlight-library-.*\.json$/);
    expect(dataset.documents[0].annotations[0]).toMatchObject({
      text: 'Raqqa',
      start: 13,
      start_utf16: 14,
      label: 'place',
    });
  });

  it('runs the menu commands Open… and Export JSON (Electron) through the platform', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    const menu: { send: ((command: 'open' | 'export-json') => void) | null } = { send: null };
    const opened = vi.fn(async () => ({
      files: [
        { name: 'قسد.txt', bytes: new TextEncoder().encode('\uFEFFقوات سوريا الديمقراطية\r\nفي الرقة') },
      ],
      refused: [],
    }));
    const platform: Platform = {
      ...fakePlatform(),
      kind: 'electron',
      openFiles: opened,
      onMenuCommand(listener) {
        menu.send = listener;
        return () => {
          menu.send = null;
        };
      },
    };
    mounted = await render(<App store={store} platform={platform} />, 1300);
    await expect.poll(() => menu.send).not.toBeNull();
    menu.send?.('open');
    await expect.poll(async () => (await store.listDocuments()).map((d) => d.title)).toEqual(['قسد']);
    const [doc] = await store.snapshot();
    expect(doc?.document.text).toBe('قوات سوريا الديمقراطية\nفي الرقة');
    menu.send?.('export-json');
    await expect.poll(() => saved.length).toBe(1);
    expect(JSON.parse(saved[0]?.content ?? '{}').documents).toHaveLength(1);
  });

  it('edits the details of a document and shows them in the library', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await mountApp();
    await createFromText('Report', 'The SDF detained 34 people in Raqqa.');
    await page.getByRole('button', { name: /^Edit details/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Document details' });
    await dialog.getByRole('textbox', { name: 'Source', exact: true }).fill('SY24');
    await dialog.getByRole('textbox', { name: 'Published', exact: true }).fill('2024-08-31');
    await dialog.getByRole('textbox', { name: 'URL', exact: true }).fill('https://www.sy-24.com/news/1');
    await dialog.getByRole('button', { name: 'Save details' }).click();
    await expect
      .element(page.getByRole('list', { name: 'Documents' }))
      .toHaveTextContent(/SY24 · 2024-08-31/);
    const [doc] = await store.snapshot();
    expect(doc?.document).toMatchObject({
      source: 'SY24',
      publishedAt: '2024-08-31',
      url: 'https://www.sy-24.com/news/1',
    });
    expect(doc?.document.text).toBe('The SDF detained 34 people in Raqqa.');
  });

  it('pastes a copied web page as its article text with its metadata', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await mountApp();
    await page.getByRole('button', { name: /^New from text/ }).click();
    const textbox = document.querySelector('dialog[open] textarea') as HTMLTextAreaElement;
    const clipboard = new DataTransfer();
    clipboard.setData(
      'text/html',
      `<html lang="ar"><head><meta property="og:site_name" content="SY24"><link rel="canonical" href="https://www.sy-24.com/a/1"></head>
       <body><nav>الرئيسية</nav><article><h1>عملية أمنية في الرقة</h1>
       <p>أعلنت قوات سوريا الديمقراطية اعتقال ٣٤ شخصاً في مدينة الرقة خلال حملة أمنية واسعة استمرت يومين كاملين.</p>
       <p onclick="window.__pwned=1">وقال بيان <b>قسد</b> إن العملية جرت بالتعاون مع التحالف الدولي في ريف دير الزور الشرقي.</p>
       <img src="https://tracker.example/p.gif"><script>window.__pwned = 1</script></article>
       <div class="share">Facebook WhatsApp Telegram</div></body></html>`,
    );
    textbox.focus();
    textbox.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }),
    );
    await expect.poll(() => textbox.value).toContain('أعلنت قوات سوريا الديمقراطية');
    expect(textbox.value).not.toMatch(/<|Facebook|الرئيسية/);
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
    await expect.poll(async () => (await store.snapshot()).length).toBe(1);
    const [doc] = await store.snapshot();
    expect(doc?.document).toMatchObject({ source: 'SY24', url: 'https://www.sy-24.com/a/1', lang: 'ar' });
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('keeps a library of hundreds of documents windowed and filters it, Arabic-aware', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await store.createDocuments(
      Array.from({ length: 600 }, (_, i) => ({
        title: i === 432 ? 'تقرير الرقّة' : `Report ${i}`,
        text: `article ${i}`,
      })),
    );
    await mountApp();
    const items = page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
    await expect.poll(() => items.elements().length).toBeGreaterThan(0);
    // Only the rows in view are in the page, but each says where it sits in the whole list.
    // (Once the whole list is read: its first rows come first, of a size not known yet, libraryFirstPage.test.)
    await expect.poll(() => items.elements()[0]?.getAttribute('aria-setsize')).toBe('600');
    expect(items.elements().length).toBeLessThan(100);
    await page.getByRole('searchbox', { name: 'Filter documents' }).fill('الرقة');
    await expect
      .poll(() => items.elements().map((item) => item.textContent?.replace(/\s+/g, ' ').trim()))
      .toEqual(['تقرير الرقّةTo do, 0 annotations×']);
    await page.getByRole('searchbox', { name: 'Filter documents' }).fill('report 59');
    await expect.poll(() => items.elements().length).toBe(11); // 59 and 590–599
  });

  it('exports only the documents the filtered library shows, in any format', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await store.createDocuments([
      { title: 'الرقة ١', text: 'قسد في الرقة' },
      { title: 'Aleppo', text: 'nothing here' },
      { title: 'الرقة ٢', text: 'التحالف فوق الرقة' },
    ]);
    await mountApp();
    const exportDialog = page.getByRole('dialog', { name: 'Export' });
    // Unfiltered, there is no selection to export.
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect.element(exportDialog.getByRole('radio', { name: 'Whole library' })).toBeInTheDocument();
    expect(exportDialog.getByRole('radio', { name: /shown in the library/ }).query()).toBeNull();
    await exportDialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('searchbox', { name: 'Filter documents' }).fill('الرقة');
    await page.getByRole('button', { name: 'Export…' }).click();
    await exportDialog.getByRole('combobox', { name: 'Format' }).selectOptions('doccano-jsonl');
    await exportDialog.getByRole('radio', { name: 'The 2 documents shown in the library' }).click();
    await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => saved.length).toBe(1);
    const lines = (saved[0]?.content ?? '').trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).text).sort()).toEqual(['التحالف فوق الرقة', 'قسد في الرقة']);
  });

  it('tags with the keyboard alone: caret by word and grapheme, Shift to select, 1/2/3 to tag', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await mountApp();
    await createFromText('تقرير', 'أعلنت قسد اعتقال ٣٤ شخصاً بالحسكة.\nThe SDF in Raqqa.');
    const article = document.querySelector('[aria-label="Article text"]') as HTMLElement;
    await expect.poll(() => article.querySelectorAll('p').length).toBe(2);
    article.focus();
    expect(document.activeElement).toBe(article);
    // Right to left: ArrowLeft moves forward in reading order.
    await userEvent.keyboard('{Home}{Control>}{ArrowLeft}{/Control}{ArrowLeft}');
    await userEvent.keyboard('{Shift>}{Control>}{ArrowLeft}{/Control}{/Shift}');
    const toolbar = page.getByRole('toolbar', { name: 'Tag selection' });
    await expect.element(toolbar).toBeVisible();
    await userEvent.keyboard('1');
    const items = page.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
    await expect.poll(() => items.elements().map((item) => item.textContent)).toEqual(['Actor قسد']);
    // Sub-word by grapheme: from after "بال" select the six letters of الحسكة.
    article.focus();
    await userEvent.keyboard('{Home}');
    // One press per grapheme: "شخصاً" ends in alef + tanween, one character on screen.
    const prefix = [
      ...new Intl.Segmenter('ar', { granularity: 'grapheme' }).segment('أعلنت قسد اعتقال ٣٤ شخصاً ب'),
    ];
    for (let i = 0; i < prefix.length; i++) await userEvent.keyboard('{ArrowLeft}');
    await userEvent.keyboard(
      '{Shift>}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{/Shift}',
    );
    await expect.element(toolbar).toBeVisible();
    await userEvent.keyboard('2');
    await expect
      .poll(() => items.elements().map((item) => item.textContent))
      .toEqual(['Actor قسد', 'Place الحسكة']);
    // Left to right on the English line: ArrowDown to it, then ArrowRight moves forward.
    await userEvent.keyboard('{ArrowDown}{Control>}{ArrowRight}{ArrowRight}{/Control}{ArrowRight}');
    await userEvent.keyboard('{Shift>}{Control>}{ArrowRight}{ArrowRight}{/Control}{/Shift}');
    await expect.element(toolbar).toBeVisible();
    await userEvent.keyboard('2');
    await expect
      .poll(() => items.elements().map((item) => item.textContent))
      .toEqual(['Actor قسد', 'Place الحسكة', 'Place in Raqqa']);
  });

  it('refuses a file over the size cap without reading it, naming it', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await mountApp();
    const input = document.querySelector('[data-testid="open-file-input"]') as HTMLInputElement;
    const files = new DataTransfer();
    // A sparse 60 MB file: the Blob is never materialised unless read.
    files.items.add(new File([new Blob([new ArrayBuffer(60 * 1024 * 1024)])], 'huge.txt'));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect
      .element(dialog.getByRole('alert'))
      .toHaveTextContent(/Cannot open “huge\.txt”: it is 60 MB; Spanlight opens files up to 50 MB/);
    expect(await store.listDocuments()).toEqual([]);
  });

  it('records the annotator name from the preferences on each new annotation, and exports it', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await mountApp();
    await page.getByRole('button', { name: /^Preferences/ }).click();
    await page.getByRole('textbox', { name: 'Annotator name' }).fill('Lina');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await createFromText('Report', 'The SDF in Raqqa.');
    await selectInArticle('Raqqa');
    await userEvent.keyboard('2');
    await expect.element(page.getByRole('status')).toHaveTextContent('Saved');
    await page.getByRole('button', { name: 'Export JSON', exact: true }).click();
    await expect.poll(() => saved.length).toBe(1);
    const dataset = JSON.parse(saved[0]?.content ?? '{}');
    expect(dataset.documents[0].annotations[0]).toMatchObject({ text: 'Raqqa', annotator: 'Lina' });
  });

  it('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z, also after a reload', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await mountApp();
    await createFromText('Report', 'The SDF in Raqqa.');
    await selectInArticle('Raqqa');
    await userEvent.keyboard('2');
    const items = page.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
    await expect.poll(() => items.elements().length).toBe(1);
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => items.elements().length).toBe(0);
    await expect.element(page.getByRole('status')).toHaveTextContent('Undid tagging “Raqqa”.');
    // A reload in between: the history is stored with the annotations.
    await mounted?.unmount();
    mounted = await render(
      <App store={new AnnotationStore(new SpanlightDatabase(db.name))} platform={fakePlatform()} />,
      1300,
    );
    await expect.element(page.getByLabelText('Article text')).toHaveTextContent('The SDF in Raqqa.');
    (document.querySelector('[aria-label="Article text"]') as HTMLElement).focus();
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await expect
      .poll(() => page.getByRole('list', { name: 'Annotations' }).getByRole('listitem').elements().length)
      .toBe(1);
  });

  it('tracks document status: in progress on the first tag, done by choice, with library progress and a filter', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await mountApp();
    await createFromText('One', 'The SDF in Raqqa.');
    await createFromText('Two', 'Nothing here yet.');
    const list = page.getByRole('list', { name: 'Documents' });
    await expect.element(list).toHaveTextContent(/TwoTo do/);
    await page.getByRole('button', { name: /^One/ }).click();
    await selectInArticle('Raqqa');
    await userEvent.keyboard('2');
    await expect.element(list).toHaveTextContent(/OneIn progress/);
    await page.getByRole('combobox', { name: 'Status' }).selectOptions('Done');
    await expect.element(list).toHaveTextContent(/OneDone/);
    await expect.element(page.getByText('1 of 2 done')).toBeInTheDocument();
    await page.getByRole('combobox', { name: 'Show documents' }).selectOptions('To do');
    await expect
      .poll(() =>
        list
          .getByRole('listitem')
          .elements()
          .map((item) => item.textContent?.slice(0, 3)),
      )
      .toEqual(['Two']);
    // Stored, not just shown.
    expect((await store.listDocuments()).map((d) => [d.title, d.status ?? 'todo'])).toEqual([
      ['One', 'done'],
      ['Two', 'todo'],
    ]);
  });

  it('compares two annotators: per-label P/R/F1 and kappa, computed by hand', async () => {
    localStorage.setItem('spanlight.sampleSeeded', '1');
    await mountApp();
    const annotateAs = async (name: string) => {
      await page.getByRole('button', { name: /^Preferences/ }).click();
      await page.getByRole('textbox', { name: 'Annotator name' }).fill(name);
      await page.getByRole('button', { name: 'Save preferences' }).click();
    };
    await createFromText('Report', 'The SDF in Raqqa.');
    const items = page.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
    const tag = async (needle: string, key: string, count: number) => {
      await selectInArticle(needle);
      await userEvent.keyboard(key);
      await expect.poll(() => items.elements().length).toBe(count);
    };
    await annotateAs('Lina');
    await tag('SDF', '1', 1);
    await tag('Raqqa', '2', 2);
    await annotateAs('Omar');
    await tag('SDF', '2', 3);
    await tag('Raqqa', '2', 4);
    await expect
      .poll(() => page.getByRole('list', { name: 'Annotations' }).getByRole('listitem').elements().length)
      .toBe(4);

    await page.getByRole('button', { name: /^Agreement/ }).click();
    const table = page.getByRole('table', { name: 'Agreement by label' });
    // Place: Lina 1, Omar 2, one exact match → P 1/2, R 1/1, F1 2/3. All labels: 2 and 2, one match → 0.5 each.
    const row = (label: string) =>
      Array.from(table.element().querySelectorAll('tr')).find(
        (tr) => tr.querySelector('th')?.textContent === label,
      )?.textContent;
    await expect.poll(() => row('Place')).toBe('Place120.5001.0000.6670.5001.0000.667');
    expect(row('All labels')).toBe('All labels220.5000.5000.500' + '0.5000.5000.500');
    // Tokens The / SDF / in / Raqqa / "." : observed 4/5, expected (3·3 + 1·2)/25 = 11/25 → κ = 0.36/0.56 = 0.643.
    await expect
      .element(page.getByRole('dialog', { name: 'Agreement' }))
      .toHaveTextContent('kappa on tokens: 0.643 (5 tokens)');
  });
});
