import '../../../src/renderer/styles.css';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../src/renderer/storage/database';
import { App } from '../../../src/renderer/ui/App';
import { loadPreferences } from '../../../src/renderer/ui/preferences';
import { browserPlatform } from '../support/browserPlatform';
import { type Rendered, render } from '../support/render';

let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: AnnotationStore;

beforeAll(async () => {
  await page.viewport(1300, 900);
});

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('spanlight.sampleSeeded', '1');
  db = new SpanlightDatabase(`theme-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  delete document.documentElement.dataset.theme;
  await db.delete();
});

async function mountApp() {
  mounted = await render(<App store={store} platform={browserPlatform()} />, 1300);
  await expect.element(page.getByRole('list', { name: 'Documents' })).toBeInTheDocument();
}

async function choose(field: string, option: string) {
  await page.getByRole('button', { name: 'Preferences…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.getByRole('combobox', { name: field }).selectOptions(option);
  await dialog.getByRole('button', { name: 'Save preferences' }).click();
  await expect.element(dialog).not.toBeInTheDocument();
}

/** The page's background as drawn: the root's, which styles.css takes from --surface. */
const background = () => getComputedStyle(document.documentElement).backgroundColor;
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 22, 26)';

describe('Preferences: theme', () => {
  it('pins light or dark whatever the system says, and follows the system again when asked', async () => {
    await mountApp();
    // The test browser's system theme is light.
    expect(window.matchMedia('(prefers-color-scheme: dark)').matches).toBe(false);
    expect(background()).toBe(LIGHT);
    await choose('Theme', 'Dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await expect.poll(background).toBe(DARK);
    // Text and the message line follow: light ink on the dark surface.
    expect(getComputedStyle(document.documentElement).color).toBe('rgb(233, 233, 238)');
    expect(loadPreferences().theme).toBe('dark');
    // Kept across a restart.
    await mounted?.unmount();
    delete document.documentElement.dataset.theme;
    await mountApp();
    await expect.poll(background).toBe(DARK);
    await choose('Theme', 'As the system');
    expect(document.documentElement.dataset.theme).toBeUndefined();
    await expect.poll(background).toBe(LIGHT);
  });
});

describe('Preferences: default export format', () => {
  it('is the format Export… offers first, and an unknown stored value falls back to Spanlight JSON', async () => {
    await mountApp();
    await choose('Default export format', 'CSV of spans');
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect.element(dialog.getByRole('combobox', { name: 'Format' })).toHaveDisplayValue('CSV of spans');
    localStorage.setItem('spanlight.preferences', JSON.stringify({ exportFormat: 'nope', theme: 'neon' }));
    expect(loadPreferences()).toMatchObject({ exportFormat: 'spanlight-json', theme: 'system' });
  });
});
