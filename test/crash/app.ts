import { expect, type Page } from '@playwright/test';
import { readStoredRows } from './inPage';
import { fromStoredRows, type Library } from './model';

/** The database the app stores everything in (src/renderer/storage/database.ts). */
const DATABASE_NAME = 'spanlight';

/**
 * Waits until the app has read the library (and, on a fresh profile, seeded the sample), loading it first
 * unless the page is already on it (a browser started with the app as its first tab).
 */
export async function loadApp(page: Page, url: string): Promise<void> {
  if (page.url() !== url) await page.goto(url);
  await expect(page.locator('.app[data-loaded="true"]')).toBeVisible({ timeout: 20_000 });
  // A database the app cannot open after a crash shows up here, not as missing rows.
  await expect(page.locator('[role="alert"]')).toHaveText('');
}

/** Everything stored, read straight from IndexedDB, with any inconsistency between the rows. */
export async function readLibrary(page: Page): Promise<{ library: Library; problems: string[] }> {
  return fromStoredRows(await page.evaluate(readStoredRows, DATABASE_NAME));
}

/**
 * What the interface shows after a restart agrees with the library: every document listed, and the open
 * one (the app opens the newest) with its annotations. A database the app read differently from how it
 * was written would fail here even if the rows looked right.
 */
export async function expectShown(page: Page, library: Library): Promise<void> {
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(library.size);
  const newest = [...library.values()].at(-1);
  if (!newest) return;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newest.title);
  await expect(page.getByRole('list', { name: 'Annotations' }).getByRole('listitem')).toHaveCount(
    newest.spans.length,
  );
}
