import { expect, type Locator, type Page } from '@playwright/test';
import { errorLine } from './app';
import { newArticle, randomStretch } from './articles';
import { selectArticleRange } from './inPage';
import { type Action, LABELS, type Label, type Library, type ModelDocument } from './model';
import type { Random } from './random';

/**
 * The user actions the crash test performs through the interface, each in three steps:
 * - prepare: everything that writes nothing (open the document, select text, fill the dialog);
 * - trigger: the one key press or click that starts the write;
 * - acknowledgement: resolves once the interface shows the action as saved, which the app does only after
 *   the transaction committed. That is the promise being tested: from then on the action must survive.
 */

/** Titles of the documents the test creates; other documents (the sample article) are only checked. */
export const TITLE_PREFIX = 'Crash article';
const MAX_DOCUMENTS = 6;
/** Keeps each document's annotation list short enough to be plainly rendered (it windows long lists). */
const MAX_SPANS = 10;
const ACK_TIMEOUT = 15_000;

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
  const index = doc.spans.findIndex((span) => span.start === action.start && span.end === action.end);
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
 * Resolves when the interface shows `action` as saved; rejects if the app reports an error instead.
 * `library` is the state before the action. Start watching only once `prepare` is done: each sign is
 * specific to the action's document and annotation, but before that another document may be on screen.
 */
export async function acknowledgement(page: Page, library: Library, action: Action): Promise<void> {
  let shown: Locator;
  if (action.kind === 'create') {
    shown = page.getByRole('status').filter({ hasText: `Created “${action.title}”.` });
  } else {
    const doc = documentOf(library, action.title);
    // Only while the action's document is the one on screen.
    const onDocument = page
      .locator('.app')
      .filter({ has: page.getByRole('heading', { level: 1, name: doc.title, exact: true }) });
    if (action.kind === 'relabel') {
      // The annotation's own entry (same place in the list: relabelling does not reorder) shows the new label.
      const index = doc.spans.findIndex((span) => span.start === action.start && span.end === action.end);
      shown = onDocument
        .getByRole('list', { name: 'Annotations' })
        .getByRole('listitem')
        .nth(index)
        .filter({ hasText: doc.text.slice(action.start, action.end) })
        .locator('.label-chip')
        .getByText(LABEL_NAME[action.to], { exact: true });
    } else {
      // The app adds the annotation to its list, or takes it out, only once the transaction committed.
      const count = doc.spans.length + (action.kind === 'tag' ? 1 : -1);
      shown = onDocument.getByRole('heading', { name: `Annotations (${count})`, exact: true });
    }
  }
  const failed = errorLine(page)
    .filter({ hasText: /\S/ })
    .waitFor({ timeout: ACK_TIMEOUT })
    .then(async () => {
      throw new Error(`the app reported: ${await errorLine(page).textContent()}`);
    });
  // Whichever loses keeps waiting until the page goes away; its outcome no longer matters.
  failed.catch(() => {});
  await Promise.race([shown.waitFor({ timeout: ACK_TIMEOUT }), failed]);
}

/** Performs `action` fully: prepare, trigger, wait for the acknowledgement. */
export async function perform(page: Page, library: Library, action: Action): Promise<void> {
  await prepare(page, library, action);
  const acknowledged = acknowledgement(page, library, action);
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

function documentOf(library: Library, title: string): ModelDocument {
  const doc = library.get(title);
  if (!doc) throw new Error(`no document “${title}” in the model`);
  return doc;
}
