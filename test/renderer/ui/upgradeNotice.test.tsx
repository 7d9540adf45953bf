import '../../../src/renderer/styles.css';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../src/renderer/storage/database';
import { App } from '../../../src/renderer/ui/App';
import { browserPlatform } from '../support/browserPlatform';
import { type Rendered, render } from '../support/render';

// While an older library is upgraded (main.tsx: every span moved, every text re-indexed), the window says so
// instead of a bare "Loading…". The library's first read is held back here, as a long upgrade holds it.

let mounted: Rendered | null = null;
let store: AnnotationStore;
let release: () => void = () => {};

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('spanlight.sampleSeeded', '1');
  store = new AnnotationStore(new SpanlightDatabase(`upgrade-${crypto.randomUUID()}`));
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const list = store.listDocuments.bind(store);
  const first = store.firstDocuments.bind(store);
  vi.spyOn(store, 'listDocuments').mockImplementation(async () => {
    await held;
    return list();
  });
  vi.spyOn(store, 'firstDocuments').mockImplementation(async (...args) => {
    await held;
    return first(...args);
  });
});

afterEach(async () => {
  release();
  vi.restoreAllMocks();
  await mounted?.unmount();
  mounted = null;
  await store.db.delete();
});

describe('the window while the library is upgraded', () => {
  it('says the library is being upgraded until it is read, then shows it', async () => {
    mounted = await render(<App store={store} platform={browserPlatform()} upgrading />);
    const status = page.getByRole('status').filter({ hasText: 'Upgrading the library for this version' });
    await expect.element(status).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('Loading…');
    release();
    await expect.element(page.getByText(/No document open/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('Upgrading the library');
  });

  it('says only "Loading…" when nothing is upgraded', async () => {
    mounted = await render(<App store={store} platform={browserPlatform()} />);
    await expect.element(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('Upgrading');
    release();
    await expect.element(page.getByText(/No document open/)).toBeInTheDocument();
  });
});
