/**
 * "Compare side by side" in a real Chromium against real IndexedDB: reached from the Agreement dialog, it lists
 * where two annotators differ with the covered text in context (Arabic laid out right to left), and accepting a
 * version — per row, by keyboard, or all at once — writes annotator "curated" spans to the store.
 */
import '../../../../src/renderer/styles.css';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { toFormatDocuments } from '../../../../src/core/export/toFormatDocuments';
import type { LabelKey } from '../../../../src/core/labels';
import { AnnotationStore } from '../../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../../src/renderer/storage/database';
import { AgreementDialog } from '../../../../src/renderer/ui/datasets/AgreementDialog';
import { CompareDialog, type CompareStore } from '../../../../src/renderer/ui/datasets/CompareDialog';
import { type Rendered, render } from '../../support/render';

const TEXT = 'اشتبكت قسد مع داعش في دير الزور، وقتل خمسة عناصر.';

let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: AnnotationStore;
let changed: string[];

beforeEach(() => {
  db = new SpanlightDatabase(`compare-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
  changed = [];
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  db.close();
  await db.delete();
});

async function setUp() {
  const { document } = await store.createDocument({ title: 'تقرير', text: TEXT });
  const tag = (needle: string, label: LabelKey, annotator: string) =>
    store.addSpan(document.id, TEXT.indexOf(needle), TEXT.indexOf(needle) + needle.length, label, annotator);
  // alice: قسد, دير الزور, خمسة; bob: قسد (the same), الزور (other boundaries), داعش (alice has none).
  await tag('قسد', 'actor', 'alice');
  await tag('دير الزور', 'place', 'alice');
  await tag('خمسة', 'casualty_count', 'alice');
  await tag('قسد', 'actor', 'bob');
  await tag('الزور', 'place', 'bob');
  await tag('داعش', 'actor', 'bob');
  const documents = toFormatDocuments(await store.snapshot());
  mounted = await render(
    <AgreementDialog
      documents={documents}
      store={store}
      onCurated={(docId) => changed.push(docId)}
      onExportCsv={() => {}}
      onClose={() => {}}
    />,
    1200,
  );
  await page.getByRole('button', { name: 'Compare side by side' }).click();
  return document;
}

const curated = async (docId: string) =>
  (await store.listSpans(docId))
    .filter((span) => span.annotator === 'curated')
    .map((span) => [span.label, span.text])
    .sort();

describe('Compare side by side', () => {
  it('lists each difference with both versions in context, right to left for Arabic', async () => {
    await setUp();
    const dialog = page.getByRole('dialog', { name: 'Compare side by side' });
    await expect.element(dialog).toBeVisible();
    await expect
      .element(dialog)
      .toHaveTextContent('3 differences between alice (A) and bob (B); 1 span the same in both');
    const table = dialog.getByRole('table', { name: 'Differences' });
    const rows = table.getByRole('row');
    // Header + 3 differences in text order: داعش (only bob), دير الزور / الزور, خمسة (only alice).
    await expect.poll(() => rows.elements().length).toBe(4);
    await expect.element(rows.nth(1).getByRole('rowheader')).toHaveTextContent('Only bob');
    await expect.element(rows.nth(2).getByRole('rowheader')).toHaveTextContent('Different boundaries');
    await expect.element(rows.nth(3).getByRole('rowheader')).toHaveTextContent('Only alice');
    const boundary = rows.nth(2);
    await expect.element(boundary.getByRole('cell').nth(0)).toHaveTextContent('Place: دير الزور');
    await expect.element(boundary.getByRole('cell').nth(1)).toHaveTextContent('Place: الزور');
    const marks = [...(boundary.getByRole('cell').nth(1).element() as HTMLElement).querySelectorAll('mark')];
    expect(marks.map((mark) => mark.textContent)).toEqual(['الزور']);
    const context = (boundary.getByRole('cell').nth(0).element() as HTMLElement).querySelector(
      '.compare-context',
    );
    expect(getComputedStyle(context as Element).direction).toBe('rtl');
    expect(context?.textContent).toContain('اشتبكت قسد مع داعش في دير الزور، وقتل خمسة عناصر.');
    // Identical spans are shown on request.
    await dialog.getByRole('checkbox', { name: 'Show identical spans' }).click();
    await expect.poll(() => rows.elements().length).toBe(5);
    await expect.element(rows.nth(1).getByRole('rowheader')).toHaveTextContent('Same in both');
  });

  it('accepts one version per row by keyboard, switches it, and accepts all from one annotator', async () => {
    const document = await setUp();
    const dialog = page.getByRole('dialog', { name: 'Compare side by side' });
    const rows = dialog.getByRole('table', { name: 'Differences' }).getByRole('row');
    await expect.poll(() => rows.elements().length).toBe(4);

    // Keyboard: focus the boundary row's "Accept B", press Enter.
    const acceptB = rows.nth(2).getByRole('button', { name: 'Accept B' });
    (acceptB.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => curated(document.id)).toEqual([['place', 'الزور']]);
    await expect.element(acceptB).toHaveAttribute('aria-pressed', 'true');
    await expect
      .element(dialog.getByRole('status'))
      .toHaveTextContent('Accepted bob’s version of “دير الزور”');
    expect(changed).toContain(document.id);

    // Changing one's mind: A's version replaces B's.
    await rows.nth(2).getByRole('button', { name: 'Accept A' }).click();
    await expect.poll(() => curated(document.id)).toEqual([['place', 'دير الزور']]);
    await expect
      .element(rows.nth(2).getByRole('button', { name: 'Accept B' }))
      .toHaveAttribute('aria-pressed', 'false');

    await dialog.getByRole('button', { name: 'Accept all from B' }).click();
    await expect
      .poll(() => curated(document.id))
      .toEqual([
        ['actor', 'داعش'],
        ['actor', 'قسد'],
        ['place', 'الزور'],
      ]);
    await dialog.getByRole('button', { name: 'Accept all from A' }).click();
    await expect
      .poll(() => curated(document.id))
      .toEqual([
        ['actor', 'قسد'],
        ['casualty_count', 'خمسة'],
        ['place', 'دير الزور'],
      ]);
    // The other annotators' spans are untouched.
    const byAnnotator = (await store.listSpans(document.id)).filter((span) => span.annotator !== 'curated');
    expect(byAnnotator).toHaveLength(6);
  });

  it('names the accept buttons with their row and reaches them with Tab', async () => {
    await setUp();
    const dialog = page.getByRole('dialog', { name: 'Compare side by side' });
    const first = dialog.getByRole('button', { name: 'Accept all from A' });
    await expect.element(first).toBeVisible();
    // The rows come after the document is read: Tab must not run before them.
    await expect.element(dialog.getByRole('button', { name: 'Accept A' }).first()).toBeVisible();
    // Retried: the dialog may still move focus to its first control once the rows are in (under load, after
    // the presses); what is tested is the Tab order from "Accept all from A".
    await expect
      .poll(async () => {
        (first.element() as HTMLElement).focus();
        await userEvent.keyboard('{Tab}{Tab}');
        return globalThis.document.activeElement?.textContent;
      })
      .toBe('Accept A');
    const focused = globalThis.document.activeElement as HTMLElement;
    expect(focused.getAttribute('aria-describedby')).toBeTruthy();
    const description = globalThis.document.getElementById(
      focused.getAttribute('aria-describedby') as string,
    );
    expect(description?.textContent).toBe('Only bob');
  });

  it('announces an accept only once the table shows it and its buttons work again', async () => {
    const document = await setUp();
    await mounted?.unmount();
    // Reading the document back after the accept is slow here: the announcement must wait for it.
    let slow = false;
    const slowStore: CompareStore = {
      curation: store.curation,
      snapshot: async (ids) => {
        if (slow) await new Promise((resolve) => setTimeout(resolve, 300));
        return store.snapshot(ids);
      },
    };
    mounted = await render(
      <CompareDialog
        request={{ a: 'alice', b: 'bob', documents: [{ id: document.id, title: 'تقرير' }] }}
        store={slowStore}
        onChanged={() => {}}
        onClose={() => {}}
      />,
      1200,
    );
    const dialog = page.getByRole('dialog', { name: 'Compare side by side' });
    const rows = dialog.getByRole('table', { name: 'Differences' }).getByRole('row');
    await expect.poll(() => rows.elements().length).toBe(4);
    slow = true;
    await dialog.getByRole('button', { name: 'Accept all from A' }).click();
    const status = dialog.getByRole('status');
    await expect
      .poll(() => status.element().textContent, { interval: 5 })
      .toContain('The curated set has 3 spans');
    // The moment it is announced, the next accept can be made.
    const acceptB = rows.nth(2).getByRole('button', { name: 'Accept B' });
    expect((acceptB.element() as HTMLButtonElement).disabled).toBe(false);
    expect(acceptB.element().getAttribute('aria-pressed')).toBe('false');
  });
});
