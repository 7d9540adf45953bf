/**
 * Resizing the selected annotation with the keys (issue 8) in a right-to-left Arabic paragraph: ArrowLeft reads
 * forward there, so Shift+Alt+ArrowLeft extends the end; Alt+ArrowRight extends the start; Ctrl adds a word. The
 * stored logical offsets are checked, and Ctrl+Z takes a resize back.
 */
import '../../../src/renderer/styles.css';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Span } from '../../../src/core/spans/span';
import { HIGHLIGHT_NAMES } from '../../../src/renderer/editor/highlightPainter';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../src/renderer/storage/database';
import { App } from '../../../src/renderer/ui/App';
import { storedSpans } from '../../storage/support/storedSpans';
import { browserPlatform } from '../support/browserPlatform';
import { type Rendered, render } from '../support/render';

let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: AnnotationStore;

const platform = browserPlatform();

// قسد 0..3, في 4..6, الرقة 7..12, والحسكة 13..20 (UTF-16 = code points here: no astral characters).
const TEXT = 'قسد في الرقة والحسكة\n\nSDF forces entered Raqqa';

beforeAll(async () => {
  await page.viewport(1300, 900);
});

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('spanlight.sampleSeeded', '1');
  db = new SpanlightDatabase(`resizing-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  await db.delete();
});

async function openWithSpan(start: number, end: number) {
  const { document: doc } = await store.createDocument({ title: 'تقرير', text: TEXT, lang: 'ar' });
  const span = await store.addSpan(doc.id, start, end, 'place');
  mounted = await render(<App store={store} platform={platform} />, 1300);
  await expect.element(page.getByRole('heading', { name: 'تقرير' })).toBeInTheDocument();
  await page.getByRole('list', { name: 'Annotations' }).getByRole('button').first().click();
  await expect.element(page.getByRole('group', { name: 'Resize annotation' })).toBeInTheDocument();
  return { docId: doc.id, spanId: span.id };
}

const boundsOf = async (spanId: string) => {
  const span = (await storedSpans(store.db)).find((stored) => stored.id === spanId) as Span;
  return `${span.start}..${span.end}:${span.text}`;
};

describe('resizing with the keys', () => {
  it('moves the edges in logical order in an Arabic paragraph, by character and by word, undoably', async () => {
    const { spanId } = await openWithSpan(8, 12); // "لرقة"
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await expect.poll(() => boundsOf(spanId)).toBe('7..12:الرقة');
    await userEvent.keyboard('{Shift>}{Alt>}{ArrowLeft}{/Alt}{/Shift}');
    await expect.poll(() => boundsOf(spanId)).toBe('7..13:الرقة ');
    await userEvent.keyboard('{Shift>}{Alt>}{ArrowRight}{/Alt}{/Shift}');
    await expect.poll(() => boundsOf(spanId)).toBe('7..12:الرقة');
    await userEvent.keyboard('{Control>}{Shift>}{Alt>}{ArrowLeft}{/Alt}{/Shift}{/Control}');
    await expect.poll(() => boundsOf(spanId)).toBe('7..20:الرقة والحسكة');
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('Resized the annotation to “الرقة والحسكة”.');
    // The painted highlight follows the new bounds (same id and label: the painter must still redraw it).
    await expect
      .poll(() => [...(CSS.highlights.get(HIGHLIGHT_NAMES.label('place')) ?? [])].map((r) => r.toString()))
      .toEqual(['الرقة والحسكة']);
    // The list shows the new text; the annotation stays selected.
    await expect
      .element(page.getByRole('list', { name: 'Annotations' }).getByRole('button').first())
      .toHaveTextContent('الرقة والحسكة');
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => boundsOf(spanId)).toBe('7..12:الرقة');
  });

  it('in a left-to-right paragraph ArrowRight extends the end; an edge never passes the other', async () => {
    const start = TEXT.indexOf('Raqqa');
    const { spanId } = await openWithSpan(start, start + 1);
    await userEvent.keyboard('{Shift>}{Alt>}{ArrowRight}{/Alt}{/Shift}');
    await expect.poll(() => boundsOf(spanId)).toBe(`${start}..${start + 2}:Ra`);
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await expect.poll(() => boundsOf(spanId)).toBe(`${start + 1}..${start + 2}:a`);
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await expect.element(page.getByRole('status')).toHaveTextContent('cannot get shorter');
    expect(await boundsOf(spanId)).toBe(`${start + 1}..${start + 2}:a`);
  });

  it('the buttons name their keys after the paragraph’s direction', async () => {
    await openWithSpan(7, 12);
    await expect
      .element(page.getByRole('button', { name: 'Extend end' }))
      .toHaveAttribute('aria-keyshortcuts', 'Shift+Alt+ArrowLeft');
    await page.getByRole('button', { name: 'Extend start' }).click();
    await expect.element(page.getByRole('status')).toHaveTextContent('Resized the annotation to “ الرقة”.');
  });
});
