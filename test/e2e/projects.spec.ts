import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { dragSelect, exportJson, occurrence } from './support';

// A project of its own with a label of its own: created, used with its key, painted, exported with the schema and
// imported into a fresh profile, where the label and the annotation come back.
const TEXT = 'Gunmen fired a rifle at the checkpoint in Raqqa, then fled in a pickup truck.';

async function newDocument(page: Page, title: string, text: string) {
  await page.getByRole('button', { name: /^New from text/ }).click();
  const dialog = page.getByRole('dialog', { name: 'New from text' });
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill(text);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.locator('[aria-label="Article text"]')).toContainText(text.slice(0, 20));
}

test('create a project with a custom label, annotate with its key, export and re-import with the schema', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();

  await page.getByRole('button', { name: 'New project…' }).click();
  const naming = page.getByRole('dialog', { name: 'New project' });
  await naming.getByRole('textbox', { name: 'Project name' }).fill('Weapons');
  await naming.getByRole('button', { name: 'Create project' }).click();
  const project = page.getByRole('combobox', { name: 'Project' });
  await expect(project.locator('option:checked')).toHaveText('Weapons');
  // A new project starts empty: the default project's sample article is not in it.
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(0);

  await page.getByRole('button', { name: 'Labels…' }).click();
  const schema = page.getByRole('dialog', { name: 'Label schema' });
  await schema.getByRole('textbox', { name: 'New label name' }).fill('Weapon');
  await schema.getByRole('textbox', { name: 'New label description' }).fill('Arms named in the text');
  await schema.getByRole('button', { name: 'Add label' }).click();
  await expect(schema.getByRole('combobox', { name: 'Key of Weapon' })).toHaveValue('4');
  await schema.getByRole('button', { name: 'Save labels' }).click();
  await expect(schema).toBeHidden();

  await newDocument(page, 'Checkpoint', TEXT);
  const rifle = occurrence(TEXT, 'rifle');
  await dragSelect(page, TEXT, rifle.start, rifle.end, false);
  const toolbar = page.getByRole('toolbar', { name: 'Tag selection' });
  await expect(toolbar.getByRole('button', { name: 'Weapon' })).toBeVisible();
  await page.keyboard.press('4');
  const annotations = page.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
  await expect(annotations).toHaveCount(1);
  await expect(annotations.first()).toContainText('Weapon');
  // Painted by its own highlight, styled from the schema (a rule generated at run time, not in styles.css).
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('spanlight-weapon')?.size ?? 0)).toBe(1);
  const rule = await page.evaluate(() =>
    document.adoptedStyleSheets
      .flatMap((sheet) => Array.from(sheet.cssRules, (r) => r.cssText))
      .find((text) => text.startsWith('::highlight(spanlight-weapon)')),
  );
  expect(rule).toContain('rgba(0, 158, 115, 0.4)');
  await page.keyboard.press('Escape');
  await page.locator('.article-scroll').screenshot({ path: test.info().outputPath('weapon-painted.png') });

  const exported = await exportJson(page);
  const file = exported as unknown as {
    project: string;
    labels: Array<Record<string, string>>;
    documents: Array<{ title: string; annotations: Array<{ label: string; text: string }> }>;
  };
  expect(file.project).toBe('Weapons');
  expect(file.labels.map((label) => label.key)).toEqual(['actor', 'place', 'casualty_count', 'weapon']);
  expect(file.labels[3]).toMatchObject({
    name: 'Weapon',
    shortcut: '4',
    description: 'Arms named in the text',
  });
  expect(file.documents.map((doc) => doc.title)).toEqual(['Checkpoint']);
  expect(file.documents[0]?.annotations.map(({ label, text }) => [label, text])).toEqual([
    ['weapon', 'rifle'],
  ]);
  // Export… in Spanlight JSON writes the same schema and project name as Export JSON.
  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await exportDialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'Spanlight JSON' });
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const viaDialog = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as typeof file;
  expect([viaDialog.project, viaDialog.labels]).toEqual([file.project, file.labels]);
  expect(viaDialog.documents[0]?.annotations.map(({ label, text }) => [label, text])).toEqual([
    ['weapon', 'rifle'],
  ]);

  const fresh = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await fresh.goto('/');
  await expect(fresh.getByRole('list', { name: 'Documents' })).toBeVisible();
  const chooser = fresh.waitForEvent('filechooser');
  await fresh.getByRole('button', { name: 'Import dataset…' }).click();
  await (await chooser).setFiles({
    name: 'weapons.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  const importing = fresh.getByRole('dialog', { name: 'Import dataset' });
  // The file's label that this project lacks is added as a new label, said in the preview.
  await expect(importing.getByRole('combobox', { name: /weapon/ })).toHaveValue('+new');
  await expect(importing).toContainText('New labels added to the project: Weapon (4)');
  await importing.getByRole('button', { name: 'Import 1 document' }).click();
  await expect(importing).toBeHidden();
  await expect(fresh.locator('.messages [role="status"]')).toContainText('Imported');

  await fresh
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: /^Checkpoint/ })
    .click();
  const back = fresh.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
  await expect(back).toHaveCount(1);
  await expect(back.first()).toContainText('Weapon');
  await expect.poll(() => fresh.evaluate(() => CSS.highlights.get('spanlight-weapon')?.size ?? 0)).toBe(1);
  await fresh.getByRole('button', { name: 'Labels…' }).click();
  const freshSchema = fresh.getByRole('dialog', { name: 'Label schema' });
  await expect(freshSchema.getByRole('textbox', { name: 'Description of Weapon' })).toHaveValue(
    'Arms named in the text',
  );
  await freshSchema.getByRole('button', { name: 'Cancel' }).click();

  const again = (await exportJson(fresh)) as unknown as typeof file;
  const checkpoint = again.documents.find((doc) => doc.title === 'Checkpoint');
  expect(checkpoint?.annotations.map(({ label, text }) => [label, text])).toEqual([['weapon', 'rifle']]);
  expect(again.labels.find((label) => label.key === 'weapon')).toEqual(file.labels[3]);
});
