import { expect, type Locator, type Page } from '@playwright/test';
import type { AcknowledgementChannel } from './acknowledgement';
import { newArticle, randomStretch } from './articles';
import { type AckSign, selectArticleRange } from './inPage';
import { type Action, LABELS, type Label, type Library, type ModelDocument } from './model';
import type { Random } from './random';

/**
 * The user actions the crash test performs through the interface, each in three steps:
 * - prepare: everything that writes nothing (open the document, select text, fill the dialog);
 * - trigger: the one key press or click that starts the write;
 * - acknowledgement: what the interface shows once the action is saved, which the app does only after the
 *   transaction committed. That is the promise under test: from then on the action must survive.
 */

/** Titles of the documents the test creates; other documents (the sample article) are only checked. */
export const TITLE_PREFIX = 'Crash article';
const MAX_DOCUMENTS = 6;
/** Keeps each document's annotation list short enough to be plainly rendered (it windows long lists). */
const MAX_SPANS = 10;

const LABEL_NAME: Record<Label, string> = {
  actor: 'Actor',
  place: 'Place',
  casualty_count: 'Casualty count',
};
const SHORTCUT: Record<Label, string> = { actor: '1', place: '2', casualty_count: '3' };

/** The next action: mostly tagging, some relabelling and deleting, now and then a new document. */
export function planAction(random: Random, library: Library, openTitle: string | null): Action {
  const docs = [...library.values()].filter((doc) => doc.title.startsWith(TITLE_PREFIX));
  // Staying on the open document most of the time keeps the test fast; switching exercises opening.
  const open = docs.find((doc) => doc.title === openTitle);
  const doc = open && random.chance(0.7) ? open : docs.length > 0 ? random.pick(docs) : undefined;
  const kind = doc
    ? random.weighted({
        create: docs.length < MAX_DOCUMENTS ? 1 : 0,
        tag: doc.spans.length < MAX_SPANS ? 5 : 0,
        relabel: doc.spans.length > 0 ? 2 : 0,
        delete: doc.spans.length > 0 ? 2 : 0,
      })
    : 'create';
  if (kind === 'create' || !doc) {
    const title = `${TITLE_PREFIX} ${docs.length + 1} (${random.seed.toString(36)}-${random.int(0, 1e9).toString(36)})`;
    return { kind: 'create', title, text: newArticle(random, title) };
  }
  if (kind === 'tag') {
    // The test never tags a range twice in one document, so a stored duplicate is always a fault.
    for (;;) {
      const { start, end } = randomStretch(random, doc.text);
      if (doc.spans.some((span) => span.start === start && span.end === end)) continue;
      return { kind: 'tag', title: doc.title, start, end, label: random.pick(LABELS) };
    }
  }
  const span = random.pick(doc.spans);
  if (kind === 'relabel') {
    const to = random.pick(LABELS.filter((label) => label !== span.label));
    return { kind: 'relabel', title: doc.title, start: span.start, end: span.end, from: span.label, to };
  }
  return { kind: 'delete', title: doc.title, start: span.start, end: span.end, label: span.label };
}

/** Brings the interface to the point where one key press or click performs `action`. Writes nothing. */
export async function prepare(page: Page, library: Library, action: Action): Promise<void> {
  if (action.kind === 'create') {
    await page.getByRole('button', { name: /^New from text/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill(action.title);
    await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill(action.text);
    return;
  }
  const doc = documentOf(library, action.title);
  await openDocument(page, doc);
  const toolbar = page.getByRole('toolbar', { name: 'Tag selection' });
  if (action.kind === 'tag') {
    // The article's offset map is built just after it renders; a selection made before is ignored.
    for (let attempt = 1; ; attempt++) {
      await page.evaluate(selectArticleRange, { text: doc.text, start: action.start, end: action.end });
      try {
        await toolbar.waitFor({ timeout: 2_000 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }
  // Relabel and delete act on the selected annotation: select it in the list, in the model's order.
  const index = spanIndex(doc, action);
  const current = doc.spans[index];
  if (!current) throw new Error(`no annotation ${action.start}..${action.end} in “${doc.title}”`);
  await annotationList(page).getByRole('listitem').nth(index).getByRole('button').click();
  const selected = page.getByRole('group', { name: 'Selected annotation' });
  // Guards the index: the wrong entry would make the model blame the app for the test's mistake.
  await expect(selected).toContainText(doc.text.slice(action.start, action.end));
  await expect(selected.locator('.label-chip')).toHaveText(LABEL_NAME[current.label]);
  // A leftover text selection would take the key press for a new tag.
  await expect(toolbar).toBeHidden();
}

/** The key press or click that starts the write. */
export async function trigger(page: Page, action: Action): Promise<void> {
  switch (action.kind) {
    case 'create':
      await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
      return;
    case 'tag':
      await page.keyboard.press(SHORTCUT[action.label]);
      return;
    case 'relabel':
      await page.keyboard.press(SHORTCUT[action.to]);
      return;
    case 'delete':
      await page.keyboard.press('Delete');
      return;
  }
}

/**
 * What the interface shows once `action` is saved (`library` is the state before it). Every sign is
 * specific to the action's document and annotation, and none holds before the trigger once `prepare` is
 * done (before that, another document may be on screen).
 */
export function acknowledgementSigns(library: Library, action: Action): AckSign[] {
  if (action.kind === 'create')
    return [{ selector: '.messages [role="status"]', text: `Created “${action.title}”.` }];
  const doc = documentOf(library, action.title);
  const onDocument = { selector: 'h1', text: doc.title };
  if (action.kind === 'relabel') {
    // The annotation's own entry (relabelling does not reorder the list) shows the new label.
    const entry = `[aria-label="Annotations"] > li:nth-child(${spanIndex(doc, action) + 1})`;
    return [
      onDocument,
      { selector: `${entry} .annotation-text`, text: doc.text.slice(action.start, action.end) },
      { selector: `${entry} .label-chip`, text: LABEL_NAME[action.to] },
    ];
  }
  // The app adds the annotation to its list, or takes it out, only once the transaction committed.
  const count = doc.spans.length + (action.kind === 'tag' ? 1 : -1);
  return [onDocument, { selector: '#annotations-heading', text: `Annotations (${count})` }];
}

/** Performs `action` fully: prepare, trigger, wait for the acknowledgement. */
export async function perform(
  page: Page,
  channel: AcknowledgementChannel,
  library: Library,
  action: Action,
): Promise<void> {
  await prepare(page, library, action);
  const { acknowledged } = await channel.watch(acknowledgementSigns(library, action));
  await trigger(page, action);
  await acknowledged;
}

/** The title of the document on screen, or null. */
export async function openTitle(page: Page): Promise<string | null> {
  const heading = page.getByRole('heading', { level: 1 });
  return (await heading.count()) > 0 ? heading.textContent() : null;
}

async function openDocument(page: Page, doc: ModelDocument): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  if ((await openTitle(page)) !== doc.title) {
    await page
      .getByRole('list', { name: 'Documents' })
      .getByRole('listitem')
      .filter({ has: page.getByText(doc.title, { exact: true }) })
      .locator('.document-open')
      .click();
  }
  await expect(heading).toHaveText(doc.title);
  await expect(
    page.getByRole('heading', { name: `Annotations (${doc.spans.length})`, exact: true }),
  ).toBeVisible();
}

function annotationList(page: Page): Locator {
  return page.getByRole('list', { name: 'Annotations' });
}

/** The position of the action's annotation in the document's list. */
function spanIndex(doc: ModelDocument, action: { start: number; end: number }): number {
  return doc.spans.findIndex((span) => span.start === action.start && span.end === action.end);
}

function documentOf(library: Library, title: string): ModelDocument {
  const doc = library.get(title);
  if (!doc) throw new Error(`no document “${title}” in the model`);
  return doc;
}
