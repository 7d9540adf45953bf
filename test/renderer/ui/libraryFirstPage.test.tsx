/**
 * At start, the library list shows its top rows (read from the import-order index in a few milliseconds) while
 * the whole list is still being read — a quarter of a second at 10,000 documents (benchmark, library scenario).
 * Counts, filters and the order wait for the whole list; the rows can be opened at once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { DocumentSummary } from '../../../src/renderer/storage/annotationStore';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../src/renderer/storage/database';
import { App } from '../../../src/renderer/ui/App';
import { browserPlatform } from '../support/browserPlatform';
import { type Rendered, render } from '../support/render';

/** A store whose whole-list read waits until the test lets it go. */
class SlowListStore extends AnnotationStore {
  release: () => void = () => {};
  private readonly gate = new Promise<void>((resolve) => {
    this.release = resolve;
  });
  override async listDocuments(): Promise<DocumentSummary[]> {
    await this.gate;
    return super.listDocuments();
  }
}

let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: SlowListStore;

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('spanlight.sampleSeeded', '1');
  db = new SpanlightDatabase(`first-page-${crypto.randomUUID()}`);
  let clock = 1_000;
  store = new SlowListStore(
    db,
    () => crypto.randomUUID(),
    () => clock++,
  );
  await store.createDocuments(
    Array.from({ length: 80 }, (_, n) => ({
      title: `Report ${String(n + 1).padStart(3, '0')}`,
      text: `قالت قسد في الرقة ${n}`,
    })),
  );
});

afterEach(async () => {
  store.release();
  await mounted?.unmount();
  mounted = null;
  await db.delete();
});

const list = () => page.getByRole('list', { name: 'Documents' });

describe('The library list at start', () => {
  it('shows its first rows before the whole list is read, then the counts and filters', async () => {
    mounted = await render(<App store={store} platform={browserPlatform()} />, 1300);
    await expect.element(list().getByRole('listitem').first()).toHaveTextContent(/Report 001/);
    await expect.element(page.getByRole('status').filter({ hasText: 'Reading the library…' })).toBeVisible();
    await expect.element(page.getByRole('searchbox', { name: 'Filter documents' })).toBeDisabled();
    // Where a row sits is known, how many there are is not yet (ARIA's -1).
    expect(list().getByRole('listitem').elements()[1]?.getAttribute('aria-posinset')).toBe('2');
    expect(list().getByRole('listitem').elements()[0]?.getAttribute('aria-setsize')).toBe('-1');
    expect(page.getByText('0 of 80 done').elements()).toHaveLength(0);
    // A row can be opened already.
    await list()
      .getByRole('button', { name: /^Report 002/ })
      .click();
    await expect.element(page.getByRole('heading', { name: 'Report 002' })).toBeVisible();

    store.release();
    await expect.element(page.getByText('0 of 80 done')).toBeVisible();
    expect(list().getByRole('listitem').elements()[0]?.getAttribute('aria-setsize')).toBe('80');
    await expect.element(page.getByRole('searchbox', { name: 'Filter documents' })).toBeEnabled();
    await expect.element(list().getByRole('listitem').first()).toHaveTextContent(/Report 001/);
    // The document opened meanwhile stays open (the newest is opened only when nothing was).
    await expect.element(page.getByRole('heading', { name: 'Report 002' })).toBeVisible();
    await expect
      .element(list().getByRole('button', { name: /^Report 002/ }))
      .toHaveAttribute('aria-current', 'page');
  });

  it('starts from the newest in "Newest import first", and waits for every row in other orders', async () => {
    localStorage.setItem('spanlight.libraryOrder', 'imported-newest');
    mounted = await render(<App store={store} platform={browserPlatform()} />, 1300);
    await expect.element(list().getByRole('listitem').first()).toHaveTextContent(/Report 080/);
    await mounted.unmount();

    // By title, the first rows cannot be known without reading them all: nothing is listed until then.
    localStorage.setItem('spanlight.libraryOrder', 'title');
    mounted = await render(<App store={store} platform={browserPlatform()} />, 1300);
    await expect.element(page.getByText('Reading the library…')).toBeVisible();
    expect(list().getByRole('listitem').elements()).toHaveLength(0);
    store.release();
    await expect.element(list().getByRole('listitem').first()).toHaveTextContent(/Report 001/);
  });
});
