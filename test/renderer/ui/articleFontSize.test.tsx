import '../../../src/renderer/styles.css';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../src/renderer/storage/database';
import { App } from '../../../src/renderer/ui/App';
import { browserPlatform } from '../support/browserPlatform';
import { type Rendered, render } from '../support/render';

let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: AnnotationStore;

const platform = browserPlatform();

beforeAll(async () => {
  await page.viewport(1300, 900);
});

beforeEach(() => {
  localStorage.clear();
  db = new SpanlightDatabase(`font-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  await db.delete();
});

async function mountApp() {
  mounted = await render(<App store={store} platform={platform} />, 1300);
  await expect.element(page.getByRole('list', { name: 'Documents' })).toBeInTheDocument();
}

const articleFontSize = () => {
  const article = document.querySelector('[aria-label="Article text"]');
  return article ? Number.parseFloat(getComputedStyle(article).fontSize) : Number.NaN;
};

async function chooseFontSize(option: string) {
  await page.getByRole('button', { name: 'Preferences…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.getByRole('combobox', { name: 'Font size' }).selectOptions(option);
  await dialog.getByRole('button', { name: 'Save preferences' }).click();
}

describe('Preferences: font size', () => {
  it.each([
    ['English', 'en', 'Raids near Raqqa\n\nFive fighters were killed near Hasakah.'],
    ['Arabic', 'ar', 'مداهمات في الرقة\n\nقتل خمسة عناصر قرب الحسكة.'],
  ])('scales the %s article, and persists', async (_name, lang, text) => {
    await store.createDocument({ title: `Article ${lang}`, text, lang });
    await mountApp();
    await page.getByRole('button', { name: new RegExp(`^Article ${lang}`) }).click();
    await expect.poll(articleFontSize).toBeGreaterThan(0);
    const normal = articleFontSize();

    await chooseFontSize('150%');
    await expect.poll(articleFontSize).toBeCloseTo(normal * 1.5, 1);

    // A new session (the app mounted again) keeps it.
    await mounted?.unmount();
    await mountApp();
    await page.getByRole('button', { name: new RegExp(`^Article ${lang}`) }).click();
    await expect.poll(articleFontSize).toBeCloseTo(normal * 1.5, 1);

    await chooseFontSize('100% (default)');
    await expect.poll(articleFontSize).toBeCloseTo(normal, 1);
  });

  it('a stored size that is not offered falls back to the default', async () => {
    localStorage.setItem('spanlight.preferences', JSON.stringify({ annotator: '', articleFontSize: 'huge' }));
    await store.createDocument({ title: 'Plain', text: 'Plain text.' });
    await mountApp();
    await page.getByRole('button', { name: /^Plain/ }).click();
    await expect.poll(articleFontSize).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Preferences…' }).click();
    await expect
      .element(page.getByRole('dialog', { name: 'Preferences' }).getByRole('combobox', { name: 'Font size' }))
      .toHaveValue('100');
  });
});
