import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectExactSlices, exportJson, occurrence } from './support';

// Written for this test: an Arabic paragraph (a place joined to its preposition, Arabic-Indic digits) and an
// English one, so the caret keys are exercised in both directions.
const ARABIC = 'أعلنت قسد اعتقال ٣٤ شخصاً بالحسكة.';
const ENGLISH = 'The SDF said 34 people were held in Hasakah.';
const TEXT = `${ARABIC}\n${ENGLISH}`;

/** Presses Tab until `target` has the focus, as a keyboard user does; fails when it is never reached. */
async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target} was not reached with ${limit} presses of Tab`);
}

/** Presses each key in turn (the caret keys act one press at a time). */
async function press(page: Page, ...keys: string[]) {
  for (const key of keys) await page.keyboard.press(key);
}

test('a whole article coded with the keyboard alone: create, caret, select, tag, jump, relabel, delete, status, undo across a reload', async ({
  page,
}) => {
  await page.goto('/');
  const documents = page.getByRole('list', { name: 'Documents' });
  await expect(documents.getByRole('listitem')).toHaveCount(1); // the sample article
  const status = page.getByRole('status');

  // A new document, from the keyboard.
  await tabTo(page, page.getByRole('button', { name: /^New from text/ }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New from text' });
  await tabTo(page, dialog.getByRole('textbox', { name: 'Title' }));
  await page.keyboard.type('حملة الحسكة');
  await tabTo(page, dialog.getByRole('textbox', { name: 'Text' }));
  await page.keyboard.insertText(TEXT);
  await tabTo(page, dialog.getByRole('button', { name: 'Create' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const article = page.getByLabel('Article text');
  await expect(article).toContainText('Hasakah');

  // Into the article; the caret starts at the beginning. Right to left: ArrowLeft reads forward.
  await tabTo(page, article);
  const list = page.getByRole('list', { name: 'Annotations' });
  const tagged = () => list.getByRole('listitem');
  // قسد: past "أعلنت" and its space, then Shift+Ctrl+ArrowLeft takes the word.
  await press(page, 'Home', 'Control+ArrowLeft', 'ArrowLeft', 'Shift+Control+ArrowLeft', '1');
  await expect(tagged()).toHaveText(['Actor قسد']);
  // ٣٤: two words further.
  await press(page, 'Home', 'Control+ArrowLeft', 'Control+ArrowLeft', 'Control+ArrowLeft', 'ArrowLeft');
  await press(page, 'Shift+Control+ArrowLeft', '3');
  await expect(tagged()).toHaveText(['Actor قسد', 'Casualty count ٣٤']);
  // الحسكة inside بالحسكة: one grapheme past the preposition, then six graphemes.
  await press(page, 'Home', ...Array(5).fill('Control+ArrowLeft'), 'ArrowLeft', 'ArrowLeft');
  await press(page, ...Array(6).fill('Shift+ArrowLeft'), '2');
  await expect(tagged()).toHaveText(['Actor قسد', 'Casualty count ٣٤', 'Place الحسكة']);
  // The English paragraph, left to right: ArrowDown goes to it, ArrowRight reads forward.
  await press(page, 'ArrowDown', 'Control+ArrowRight', 'ArrowRight', 'Shift+Control+ArrowRight', '1');
  await press(
    page,
    'Home',
    ...Array(3).fill('Control+ArrowRight'),
    'ArrowRight',
    'Shift+Control+ArrowRight',
    '3',
  );
  await press(
    page,
    'Home',
    ...Array(8).fill('Control+ArrowRight'),
    'ArrowRight',
    'Shift+Control+ArrowRight',
    '2',
  );
  const everything = [
    'Actor قسد',
    'Casualty count ٣٤',
    'Place الحسكة',
    'Actor SDF',
    'Casualty count 34',
    'Place Hasakah',
  ];
  await expect(tagged()).toHaveText(everything);

  // Jump between annotations with Alt+ArrowDown / Alt+ArrowUp; each is announced with its place.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(status).toHaveText('Annotation 1 of 6: Actor “قسد”.');
  await press(page, 'Alt+ArrowDown', 'Alt+ArrowDown');
  await expect(status).toHaveText('Annotation 3 of 6: Place “الحسكة”.');
  await expect(list.locator('[aria-current="true"]')).toHaveText('Place الحسكة');
  // A wrong relabel, put right with Ctrl+Z.
  await page.keyboard.press('1');
  await expect(tagged().nth(2)).toHaveText('Actor الحسكة');
  await page.keyboard.press('Control+z');
  await expect(tagged().nth(2)).toHaveText('Place الحسكة');
  // The undo is announced after the list shows it: a key pressed in between had its own announcement replaced
  // (a CI run saw "Undid…" where Alt+ArrowDown's status was expected).
  await expect(status).toHaveText('Undid relabelling “الحسكة”.');
  // Undo left nothing selected: Alt+ArrowDown starts from the first again; backwards past it wraps to the
  // last, and Delete deletes it.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(status).toHaveText('Annotation 1 of 6: Actor “قسد”.');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(status).toHaveText('Annotation 6 of 6: Place “Hasakah”.');
  await page.keyboard.press('Delete');
  await expect(tagged()).toHaveText(everything.slice(0, 5));

  // Status from the keyboard: type-ahead in the Status select; the library's progress follows.
  await tabTo(page, page.getByRole('combobox', { name: 'Status' }));
  await page.keyboard.press('d');
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('done');
  await expect(page.getByText('1 of 2 done')).toBeVisible();

  // Undo the deletion, reload, redo it: the history is stored with the annotations.
  await tabTo(page, article);
  await page.keyboard.press('Control+z');
  await expect(tagged()).toHaveText(everything);
  await page.reload();
  await expect(tagged()).toHaveText(everything);
  await expect(page.getByText('1 of 2 done')).toBeVisible();
  await tabTo(page, article);
  await page.keyboard.press('Control+Shift+z');
  await expect(tagged()).toHaveText(everything.slice(0, 5));
  await page.keyboard.press('Control+y');
  await expect(status).toHaveText('Nothing to redo.');

  const dataset = await exportJson(page);
  const doc = dataset.documents.find((d) => d.title === 'حملة الحسكة');
  if (!doc) throw new Error('document missing from the export');
  expectExactSlices(doc);
  expect(doc.annotations.map((a) => [a.label, a.text, a.start_utf16])).toEqual([
    ['actor', 'قسد', occurrence(TEXT, 'قسد').start],
    ['casualty_count', '٣٤', occurrence(TEXT, '٣٤').start],
    ['place', 'الحسكة', occurrence(TEXT, 'الحسكة').start],
    ['actor', 'SDF', occurrence(TEXT, 'SDF').start],
    ['casualty_count', '34', occurrence(TEXT, '34').start],
  ]);
});
