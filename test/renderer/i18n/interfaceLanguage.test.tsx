/**
 * The Arabic interface: chosen in Preferences (or from the system), it mirrors the whole window — the library
 * moves to the right, the annotation list to the left — and the controls speak Arabic; English comes back.
 */
import '../../../src/renderer/styles.css';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { ar } from '../../../src/renderer/i18n/ar';
import { en } from '../../../src/renderer/i18n/en';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../src/renderer/storage/database';
import { App } from '../../../src/renderer/ui/App';
import { browserPlatform } from '../support/browserPlatform';
import { type Rendered, render } from '../support/render';

let mounted: Rendered | null = null;
let db: SpanlightDatabase;

const platform = browserPlatform();

beforeAll(async () => {
  await page.viewport(1300, 900);
});

beforeEach(() => {
  localStorage.clear();
  db = new SpanlightDatabase(`i18n-${crypto.randomUUID()}`);
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  await db.delete();
  document.documentElement.dir = '';
  document.documentElement.lang = '';
});

function centreX(element: Element): number {
  const rect = element.getBoundingClientRect();
  return rect.left + rect.width / 2;
}

describe('interface language', () => {
  it('Arabic mirrors the window and translates the controls', async () => {
    localStorage.setItem('spanlight.preferences', JSON.stringify({ annotator: '', language: 'ar' }));
    mounted = await render(<App store={new AnnotationStore(db)} platform={platform} />, 1300);
    await expect.element(page.getByRole('button', { name: ar.library.open })).toBeInTheDocument();
    await expect.poll(() => document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    const library = page.getByRole('complementary', { name: ar.library.region }).element();
    const workspace = document.querySelector('main.workspace');
    if (!workspace) throw new Error('no workspace');
    // Mirrored: the library, first in reading order, is now on the right of the article.
    expect(centreX(library)).toBeGreaterThan(centreX(workspace));
    expect(page.getByRole('button', { name: en.library.open }).query()).toBeNull();
  });

  it('English by default in an English browser, switched to Arabic and back from Preferences', async () => {
    mounted = await render(<App store={new AnnotationStore(db)} platform={platform} />, 1300);
    await expect.element(page.getByRole('button', { name: en.library.open })).toBeInTheDocument();
    await expect.poll(() => document.documentElement.dir).toBe('ltr');
    const library = page.getByRole('complementary', { name: en.library.region }).element();
    const workspace = document.querySelector('main.workspace');
    if (!workspace) throw new Error('no workspace');
    expect(centreX(library)).toBeLessThan(centreX(workspace));

    await page.getByRole('button', { name: en.library.preferences }).click();
    await page.getByRole('combobox', { name: en.preferences.language }).selectOptions('ar');
    await page.getByRole('button', { name: en.preferences.save }).click();
    await expect.element(page.getByRole('button', { name: ar.library.open })).toBeInTheDocument();
    await expect.poll(() => document.documentElement.dir).toBe('rtl');
    expect(JSON.parse(localStorage.getItem('spanlight.preferences') ?? '{}').language).toBe('ar');

    await page.getByRole('button', { name: ar.library.preferences }).click();
    await page.getByRole('combobox', { name: ar.preferences.language }).selectOptions('en');
    await page.getByRole('button', { name: ar.preferences.save }).click();
    await expect.element(page.getByRole('button', { name: en.library.open })).toBeInTheDocument();
    await expect.poll(() => document.documentElement.dir).toBe('ltr');
  });
});
