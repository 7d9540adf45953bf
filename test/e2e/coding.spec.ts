import { expect, test } from '@playwright/test';
import { clickText, exportJson, occurrence, tagByDrag } from './support';

// Written for this test: a casualty count in words (خمسة) next to قتلى, an actor (قسد) named again in Latin
// script (SDF) in the next paragraph.
const TEXT =
  'أفادت مصادر محلية بسقوط خمسة قتلى في قصف على ريف الحسكة.\n\nوقالت قسد في بيان إن قواتها ردت، فيما قال متحدث باسم SDF إن التحقيق جار.';

test('casualty figures proposed, edited, kept across a reload; an actor created from a span, aliased, linked', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
  await page.getByRole('button', { name: /^New from text/ }).click();
  const newDialog = page.getByRole('dialog');
  await newDialog.getByRole('textbox', { name: 'Title', exact: true }).fill('قصف الحسكة');
  await newDialog.getByRole('textbox', { name: 'Text', exact: true }).fill(TEXT);
  await newDialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { name: 'قصف الحسكة' })).toBeVisible();

  // Tag خمسة as a casualty count: the proposal is 5 / killed, marked proposed.
  const five = occurrence(TEXT, 'خمسة');
  await tagByDrag(page, TEXT, five, 'casualty_count', true, 'key');
  await clickText(page, TEXT, five.start, five.end);
  const details = page.getByRole('region', { name: 'Annotation details' });
  await expect(details).toContainText('خمسة');
  await expect(details.getByRole('textbox', { name: 'Value' })).toHaveValue('5');
  await expect(details.getByRole('combobox', { name: 'Category' })).toHaveValue('killed');
  await expect(details.getByText(/Proposed by the number reader/)).toBeVisible();

  // Change the precision and save; after a reload it is still there, no longer proposed.
  await details.getByRole('combobox', { name: 'Precision' }).selectOption('at_least');
  await details.getByRole('button', { name: 'Save figures' }).click();
  await expect(details.getByText('Saved.', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'قصف الحسكة' })).toBeVisible();
  await page.getByRole('list', { name: 'Annotations' }).getByRole('button', { name: /خمسة/ }).click();
  await expect(details.getByRole('combobox', { name: 'Precision' })).toHaveValue('at_least');
  await expect(details.getByRole('textbox', { name: 'Value' })).toHaveValue('5');
  await expect(details.getByText('Saved.', { exact: true })).toBeVisible();

  // Create the actor قسد from a span, give it the alias SDF.
  const sdfArabic = occurrence(TEXT, 'قسد');
  await tagByDrag(page, TEXT, sdfArabic, 'actor', true, 'button');
  await clickText(page, TEXT, sdfArabic.start, sdfArabic.end);
  await expect(details).toContainText('قسد');
  await details.getByRole('button', { name: 'Create actor from span' }).click();
  await expect(details.getByRole('combobox', { name: 'Linked actor' })).toHaveValue(/.+/);
  await details.getByRole('textbox', { name: 'New alias' }).fill('SDF');
  await details.getByRole('button', { name: 'Add alias' }).click();
  await expect(details.getByRole('form', { name: 'Aliases of قسد' })).toContainText('SDF');

  // Tag SDF (Latin, inside right-to-left text) as an actor: the panel offers قسد; link it.
  const sdfLatin = occurrence(TEXT, 'SDF');
  await tagByDrag(page, TEXT, sdfLatin, 'actor', true, 'key');
  await clickText(page, TEXT, sdfLatin.start, sdfLatin.end);
  await expect(details).toContainText('SDF');
  await details.getByRole('button', { name: 'Link to قسد' }).click();
  const linked = details.getByRole('combobox', { name: 'Linked actor' });
  await expect(linked.locator('option:checked')).toHaveText(/^قسد/);

  // The registry shows one actor with its alias; the links survive a reload.
  await details.getByRole('button', { name: 'Actors…' }).click();
  const registry = page.getByRole('dialog', { name: 'Actors' });
  await expect(registry.getByRole('table', { name: 'Actor registry' }).getByRole('row')).toHaveCount(2);
  await expect(registry.getByRole('row', { name: /قسد/ })).toContainText('SDF');
  await page.keyboard.press('Escape');
  await expect(registry).toBeHidden();
  await page.reload();
  await page.getByRole('list', { name: 'Annotations' }).getByRole('button', { name: /SDF/ }).click();
  await expect(details.getByRole('combobox', { name: 'Linked actor' }).locator('option:checked')).toHaveText(
    /^قسد/,
  );

  // Export JSON: the figures and links on the annotations, the registry beside the documents.
  const dataset = (await exportJson(page)) as Awaited<ReturnType<typeof exportJson>> & {
    actors: Array<{ id: string; name: string; aliases: string[] }>;
  };
  const doc = dataset.documents.find((d) => d.title === 'قصف الحسكة');
  const annotations = (doc?.annotations ?? []) as unknown as Array<Record<string, unknown>>;
  expect(annotations.find((a) => a.text === 'خمسة')?.attributes).toEqual({
    value: 5,
    precision: 'at_least',
    category: 'killed',
    proposed: false,
  });
  expect(dataset.actors).toEqual([expect.objectContaining({ name: 'قسد', aliases: ['SDF'] })]);
  const actorId = dataset.actors[0]?.id;
  expect(annotations.filter((a) => a.label === 'actor').map((a) => [a.text, a.actor_id])).toEqual([
    ['قسد', actorId],
    ['SDF', actorId],
  ]);
});
