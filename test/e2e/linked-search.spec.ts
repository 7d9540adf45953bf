import { expect, type Page, test } from '@playwright/test';
import { clickText, occurrence, tagByDrag } from './support';

// Written for this test: the actor قسد in two articles; in the second, another actor (فصائل) not linked to it.
const STATEMENT = { title: 'بيان قسد', text: 'وقالت قسد في بيان إن قواتها ردت على القصف.' };
const CHARGE = { title: 'اتهام متبادل', text: 'اتهمت فصائل معارضة قسد بقصف قرى في ريف حلب.' };

async function newDocument(page: Page, { title, text }: { title: string; text: string }) {
  await page.getByRole('button', { name: /^New from text/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill(text);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

test('annotations filtered by linked actor; "Find annotations" lists them across the library and opens one selected', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
  const details = page.getByRole('region', { name: 'Annotation details' });
  const annotations = page.getByRole('list', { name: 'Annotations' });

  // The statement: قسد tagged, and the actor created from it.
  await newDocument(page, STATEMENT);
  const first = occurrence(STATEMENT.text, 'قسد');
  await tagByDrag(page, STATEMENT.text, first, 'actor', true, 'key');
  await clickText(page, STATEMENT.text, first.start, first.end);
  await details.getByRole('button', { name: 'Create actor from span' }).click();
  await expect(details.getByRole('combobox', { name: 'Linked actor' })).toHaveValue(/.+/);

  // The charge: قسد linked to the actor, فصائل tagged but not linked.
  await newDocument(page, CHARGE);
  const second = occurrence(CHARGE.text, 'قسد');
  await tagByDrag(page, CHARGE.text, second, 'actor', true, 'key');
  await tagByDrag(page, CHARGE.text, occurrence(CHARGE.text, 'فصائل'), 'actor', true, 'key');
  await clickText(page, CHARGE.text, second.start, second.end);
  await details.getByRole('button', { name: 'Link to قسد' }).click();
  await expect(details.getByRole('combobox', { name: 'Linked actor' }).locator('option:checked')).toHaveText(
    /^قسد/,
  );

  // Within the document: by linked actor, only قسد is left.
  await expect(annotations.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Filter by linked actor' }).selectOption({ label: 'قسد' });
  await expect(annotations.getByRole('listitem')).toHaveCount(1);
  await expect(annotations.getByRole('listitem')).toContainText('قسد');
  await expect(page.getByText('1 of 2 shown')).toBeVisible();
  await page
    .getByRole('combobox', { name: 'Filter by linked actor' })
    .selectOption({ label: 'All linked actors' });
  await expect(annotations.getByRole('listitem')).toHaveCount(2);

  // Across the library, from the registry, by keyboard.
  await details.getByRole('button', { name: 'Actors…' }).click();
  const registry = page.getByRole('dialog', { name: 'Actors' });
  await registry.getByRole('button', { name: 'Find annotations linked to قسد' }).focus();
  await page.keyboard.press('Enter');
  await expect(registry).toBeHidden();
  const found = page.getByRole('dialog', { name: 'Annotations linked to “قسد”' });
  await expect(found).toBeVisible();
  await expect(found).toContainText('2 annotations in 2 documents.');
  const items = found.getByRole('list', { name: 'Linked annotations' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  // Library order: the statement came first.
  await expect(items.nth(0)).toContainText(STATEMENT.title);
  await expect(items.nth(0).locator('mark')).toHaveText('قسد');
  await expect(items.nth(1)).toContainText(CHARGE.title);

  // Choosing the statement's opens it with that annotation selected.
  await items.nth(0).getByRole('button').click();
  await expect(found).toBeHidden();
  await expect(page.getByRole('heading', { name: STATEMENT.title })).toBeVisible();
  await expect(annotations.getByRole('button', { name: /قسد/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('group', { name: 'Selected annotation' })).toContainText('قسد');
  await expect(details.getByRole('combobox', { name: 'Linked actor' }).locator('option:checked')).toHaveText(
    /^قسد/,
  );
});
