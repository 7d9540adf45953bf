import '../../../../src/renderer/styles.css';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { DEFAULT_LABELS, type LabelDefinition } from '../../../../src/core/labels';
import { createInterfaceI18n } from '../../../../src/renderer/i18n/i18n';
import type { LabelUsage } from '../../../../src/renderer/storage/projectStore';
import { LabelSchemaDialog } from '../../../../src/renderer/ui/projects/LabelSchemaDialog';
import { type Rendered, render } from '../../support/render';

let mounted: Rendered | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

function setup(usage: LabelUsage = { spans: 0, documents: 0 }) {
  const saved: Array<readonly LabelDefinition[]> = [];
  const deleted: Array<[string, string | null]> = [];
  const node = (labels: readonly LabelDefinition[]) => (
    <LabelSchemaDialog
      open
      projectName="Weapons"
      labels={labels}
      onSave={async (next) => {
        saved.push(next);
      }}
      usage={async () => usage}
      onDeleteLabel={async (key, moveTo) => {
        deleted.push([key, moveTo]);
        return usage.spans;
      }}
      onClose={() => {}}
      report={(error) => {
        throw error;
      }}
    />
  );
  return { saved, deleted, node };
}

const dialog = () => page.getByRole('dialog', { name: 'Label schema' });
const names = (prefix = 'Name of') =>
  [...document.querySelectorAll<HTMLInputElement>(`.label-schema-row input[aria-label^="${prefix}"]`)].map(
    (input) => input.value,
  );

describe('Label schema dialog', () => {
  it('adds a label with the next key, describes it, renames another, then saves the whole schema', async () => {
    const { saved, node } = setup();
    mounted = await render(node(DEFAULT_LABELS));
    await expect.element(dialog()).toBeVisible();
    await dialog().getByRole('textbox', { name: 'New label name' }).fill('Weapon');
    await dialog().getByRole('button', { name: 'Add label' }).click();
    await expect.element(dialog().getByRole('combobox', { name: 'Key of Weapon' })).toHaveValue('4');
    await dialog().getByRole('textbox', { name: 'Description of Weapon' }).fill('Arms named');
    await dialog().getByRole('textbox', { name: 'Name of Place' }).fill('Location');
    await dialog().getByRole('button', { name: 'Save labels' }).click();
    await expect.poll(() => saved.length).toBe(1);
    expect(saved[0]?.map((label) => [label.key, label.name, label.shortcut])).toEqual([
      ['actor', 'Actor', '1'],
      ['place', 'Location', '2'],
      ['casualty_count', 'Casualty count', '3'],
      ['weapon', 'Weapon', '4'],
    ]);
    expect(saved[0]?.[3]?.description).toBe('Arms named');
  });

  it('says why an edit is refused and keeps the schema as it was', async () => {
    const { node } = setup();
    mounted = await render(node(DEFAULT_LABELS));
    await dialog().getByRole('combobox', { name: 'Key of Actor' }).selectOptions('2');
    await expect.element(dialog().getByRole('alert')).toHaveTextContent('Two labels use the same key');
    await expect.element(dialog().getByRole('combobox', { name: 'Key of Actor' })).toHaveValue('1');
    await expect.element(dialog().getByRole('button', { name: 'Save labels' })).toBeDisabled();
  });

  it('reorders with Move up / Move down and with Alt+arrows from a field', async () => {
    const { node } = setup();
    mounted = await render(node(DEFAULT_LABELS));
    await dialog().getByRole('button', { name: 'Move Casualty count up' }).click();
    expect(names()).toEqual(['Actor', 'Casualty count', 'Place']);
    await dialog().getByRole('textbox', { name: 'Name of Actor' }).click();
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(names()).toEqual(['Casualty count', 'Actor', 'Place']);
    await expect.element(dialog().getByRole('button', { name: 'Move Casualty count up' })).toBeDisabled();
  });

  it('shows how many annotations carry a label before deleting it, and can move them instead', async () => {
    const { deleted, node } = setup({ spans: 7, documents: 3 });
    mounted = await render(node(DEFAULT_LABELS));
    await dialog().getByRole('button', { name: 'Delete Place' }).click();
    await expect
      .element(dialog().getByText('Annotations carrying it in this project: 7, in documents: 3.'))
      .toBeVisible();
    await dialog().getByRole('radio', { name: 'Move them to' }).click();
    await dialog().getByRole('combobox', { name: 'Label to move them to' }).selectOptions('casualty_count');
    await dialog().getByRole('button', { name: 'Delete label', exact: true }).click();
    await expect.poll(() => deleted).toEqual([['place', 'casualty_count']]);
    await expect.element(dialog().getByRole('status')).toHaveTextContent('moved to “Casualty count”: 7');
    expect(names()).toEqual(['Actor', 'Casualty count']);
  });

  it('in Arabic, shows the built-in labels translated; typing a name renames, typing the translation back does not', async () => {
    const { saved, node } = setup();
    mounted = await render(
      <I18nextProvider i18n={createInterfaceI18n('ar')}>{node(DEFAULT_LABELS)}</I18nextProvider>,
    );
    const arabic = page.getByRole('dialog', { name: 'مخطط الفئات' });
    await expect.element(arabic).toBeVisible();
    expect(names('اسم')).toEqual(['فاعل', 'مكان', 'عدد الضحايا']);
    // Typed key by key, spaces included: the name being typed is shown as typed.
    const place = arabic.getByRole('textbox', { name: 'اسم \u2068مكان\u2069' });
    await place.clear();
    await userEvent.type(place, 'موقع الحدث');
    await expect.element(place).toHaveValue('موقع الحدث');
    const casualties = arabic.getByRole('textbox', { name: 'اسم \u2068عدد الضحايا\u2069' });
    await casualties.fill('عدد');
    await casualties.fill('عدد الضحايا');
    await arabic.getByRole('button', { name: 'حفظ الفئات' }).click();
    await expect.poll(() => saved.length).toBe(1);
    expect(saved[0]?.map((label) => label.name)).toEqual(['Actor', 'موقع الحدث', 'Casualty count']);
  });
});
