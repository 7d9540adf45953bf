import '../../../../src/renderer/styles.css';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Span } from '../../../../src/core/spans/span';
import { AnnotationStore } from '../../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../../src/renderer/storage/database';
import { CodingPanel } from '../../../../src/renderer/ui/coding/CodingPanel';
import { type Rendered, render } from '../../support/render';

/**
 * The "Annotation details" panel and the Actors dialog in real Chromium, against a real store (IndexedDB):
 * what the researcher sees, edits with the mouse and the keyboard, and what storage then holds.
 */
const TEXT = 'أفادت مصادر بسقوط خمسة قتلى في قصف على الحسكة. وقالت قسد إن قوات سوريا الديمقراطية ردت.';
const range = (phrase: string) => [TEXT.indexOf(phrase), TEXT.indexOf(phrase) + phrase.length] as const;

let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: AnnotationStore;
let docId = '';
let messages: string[] = [];

/** The panel with the window's span state, so a committed change shows as it does in the app. */
function Harness({ initial, selected }: { initial: Span[]; selected: string }) {
  const [spans, setSpans] = useState(initial);
  return (
    <aside className="annotations-panel" style={{ width: 320 }}>
      <CodingPanel
        store={store}
        spans={spans}
        selectedSpanId={selected}
        setSpans={setSpans}
        say={(_, text) => messages.push(text)}
        report={(error) => messages.push(`error: ${error instanceof Error ? error.message : String(error)}`)}
      />
    </aside>
  );
}

async function mount(selected: Span) {
  mounted = await render(<Harness initial={await store.listSpans(docId)} selected={selected.id} />, 340);
  await expect.element(page.getByRole('region', { name: 'Annotation details' })).toBeInTheDocument();
}
const stored = async (id: string) => (await store.listSpans(docId)).find((span) => span.id === id);

beforeEach(async () => {
  db = new SpanlightDatabase(`coding-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
  docId = (await store.createDocument({ title: 'T', text: TEXT })).document.id;
  messages = [];
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  await db.delete();
});

describe('casualty figures', () => {
  it('shows the proposal marked "proposed" (in words and drawn dashed) in labelled controls', async () => {
    const span = await store.addSpan(docId, ...range('خمسة'), 'casualty_count');
    await mount(span);
    const details = page.getByRole('region', { name: 'Annotation details' });
    await expect.element(details.getByRole('textbox', { name: 'Value' })).toHaveValue('5');
    await expect.element(details.getByRole('combobox', { name: 'Category' })).toHaveValue('killed');
    await expect.element(details.getByRole('combobox', { name: 'Precision' })).toHaveValue('exact');
    await expect.element(details.getByRole('combobox', { name: 'Victims' })).toHaveValue('');
    await expect.element(details.getByText(/Proposed by the number reader/)).toBeVisible();
    const value = details.getByRole('textbox', { name: 'Value' }).element();
    expect(getComputedStyle(value).borderTopStyle).toBe('dashed');
    await expect.element(details.getByRole('button', { name: 'Accept figures' })).toBeEnabled();
  });

  it('an edited precision is saved as the researcher’s: no longer proposed, in storage too', async () => {
    const span = await store.addSpan(docId, ...range('خمسة'), 'casualty_count');
    await mount(span);
    const details = page.getByRole('region', { name: 'Annotation details' });
    await details.getByRole('combobox', { name: 'Precision' }).selectOptions('at_least');
    await expect.element(details.getByText('Edited, not saved yet.')).toBeVisible();
    await details.getByRole('button', { name: 'Save figures' }).click();
    await expect.element(details.getByText('Saved.')).toBeVisible();
    expect((await stored(span.id))?.attributes).toEqual({
      value: 5,
      precision: 'at_least',
      category: 'killed',
      proposed: false,
    });
    const value = details.getByRole('textbox', { name: 'Value' }).element();
    expect(getComputedStyle(value).borderTopStyle).toBe('solid');
    expect(messages).toContain('Saved the figures of “خمسة”.');
  });

  it('keyboard only: a range typed in Arabic-Indic digits, saved with Enter', async () => {
    const span = await store.addSpan(docId, ...range('خمسة'), 'casualty_count');
    await mount(span);
    const details = page.getByRole('region', { name: 'Annotation details' });
    await details.getByRole('textbox', { name: 'Value' }).click();
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await userEvent.tab();
    await userEvent.keyboard('٥');
    await userEvent.tab();
    await userEvent.keyboard('٦');
    await userEvent.tab();
    await userEvent.keyboard('٨{Enter}');
    await expect
      .poll(async () => (await stored(span.id))?.attributes)
      .toEqual({
        low: 5,
        best: 6,
        high: 8,
        precision: 'exact',
        category: 'killed',
        proposed: false,
      });
  });

  it('refuses an impossible range, saying why next to the field, and saves nothing', async () => {
    const span = await store.addSpan(docId, ...range('خمسة'), 'casualty_count');
    await mount(span);
    const details = page.getByRole('region', { name: 'Annotation details' });
    await details.getByRole('textbox', { name: 'Value' }).fill('');
    await details.getByRole('textbox', { name: 'Low' }).fill('9');
    await details.getByRole('textbox', { name: 'Best' }).fill('5');
    await details.getByRole('textbox', { name: 'High' }).fill('10');
    await details.getByRole('button', { name: 'Save figures' }).click();
    const best = details.getByRole('textbox', { name: 'Best' });
    await expect.element(best).toHaveAttribute('aria-invalid', 'true');
    await expect.element(best).toHaveAccessibleDescription(/below the low figure \(9\)/);
    expect((await stored(span.id))?.attributes?.proposed).toBe(true);
  });
});

describe('actors', () => {
  it('creates an actor from a span, adds an alias, and another span finds and links it', async () => {
    const first = await store.addSpan(docId, ...range('قسد'), 'actor');
    const second = await store.addSpan(docId, ...range('قوات سوريا الديمقراطية'), 'actor');
    await mount(first);
    const details = page.getByRole('region', { name: 'Annotation details' });
    await details.getByRole('button', { name: 'Create actor from span' }).click();
    await expect.poll(async () => (await stored(first.id))?.actorId).toBeTruthy();
    const actorId = (await stored(first.id))?.actorId;
    await expect.element(details.getByRole('combobox', { name: 'Linked actor' })).toHaveValue(actorId);
    await expect.element(details.getByRole('button', { name: 'Create actor from span' })).toBeDisabled();
    await details.getByRole('textbox', { name: 'New alias' }).fill('قوات سوريا الديمقراطية');
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(async () => (await store.coding.listActors())[0]?.aliases)
      .toEqual(['قوات سوريا الديمقراطية']);

    await mounted?.unmount();
    await mount(second);
    const again = page.getByRole('region', { name: 'Annotation details' });
    // The span's text is an alias: the panel offers that actor first.
    await again.getByRole('button', { name: 'Link to قسد' }).click();
    await expect.poll(async () => (await stored(second.id))?.actorId).toBe(actorId);
    await expect.element(again.getByRole('combobox', { name: 'Linked actor' })).toHaveValue(actorId);
  });

  it('the Actors dialog adds, edits and (after confirming) deletes an actor, unlinking its spans', async () => {
    const span = await store.addSpan(docId, ...range('قسد'), 'actor');
    await mount(span);
    await page.getByRole('button', { name: 'Actors…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Actors' });
    await expect.element(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Name' }).fill('قسد');
    await dialog.getByRole('textbox', { name: /Aliases/ }).fill('SDF، قوات سوريا الديمقراطية, sdf');
    await dialog.getByRole('combobox', { name: 'Type' }).selectOptions('rebel_group');
    await dialog.getByRole('button', { name: 'Add actor' }).click();
    const table = dialog.getByRole('table', { name: 'Actor registry' });
    await expect.element(table.getByRole('rowheader', { name: 'قسد' })).toBeVisible();
    await expect.element(table.getByText('Rebel group')).toBeVisible();
    const [actor] = await store.coding.listActors();
    expect(actor).toMatchObject({
      name: 'قسد',
      aliases: ['SDF', 'قوات سوريا الديمقراطية'],
      type: 'rebel_group',
    });

    await dialog.getByRole('button', { name: 'Edit قسد' }).click();
    await expect.element(dialog.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await dialog.getByRole('combobox', { name: 'Type' }).selectOptions('political_militia');
    await dialog.getByRole('button', { name: 'Save actor' }).click();
    await expect.element(table.getByText('Political militia')).toBeVisible();

    await store.coding.linkActor(span, actor?.id ?? '');
    await dialog.getByRole('button', { name: 'Delete قسد' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Confirm' });
    await expect.element(confirm).toHaveTextContent(/1 annotation linked to it will be unlinked/);
    await confirm.getByRole('button', { name: 'Delete actor' }).click();
    await expect.poll(() => store.coding.listActors()).toEqual([]);
    expect((await stored(span.id))?.actorId).toBeUndefined();
    await expect.element(dialog.getByText(/No actors yet/)).toBeVisible();
  });

  it('a refused actor (a name another actor has) is reported and the form keeps what was typed', async () => {
    const span = await store.addSpan(docId, ...range('قسد'), 'actor');
    await store.coding.createActor({ name: 'قسد', aliases: ['SDF'] });
    await mount(span);
    await page.getByRole('button', { name: 'Actors…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Actors' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('sdf');
    await dialog.getByRole('button', { name: 'Add actor' }).click();
    await expect.poll(() => messages.at(-1)).toMatch(/error: .*“sdf” is already a name of the actor “قسد”/);
    await expect.element(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('sdf');
  });
});

describe('places', () => {
  it('a place span shows the place picker placeholder until the picker is wired in', async () => {
    const span = await store.addSpan(docId, ...range('الحسكة'), 'place');
    await mount(span);
    await expect.element(page.getByTestId('place-picker-placeholder')).toBeVisible();
  });
});
