import { expect, type Locator, type Page } from '@playwright/test';
import { readStoredRows } from './inPage';
import { fromStoredRows, type Library } from './model';

/** The database the app stores everything in (src/renderer/storage/database.ts). */
const DATABASE_NAME = 'spanlight';
/** Where the app keeps its backup sentinel in browser mode (src/renderer/platform/backupTarget.ts). */
const SENTINEL_KEY = 'spanlight.sentinel';

/** The app's own error line (not the alert of a dialog). */
export function errorLine(page: Page): Locator {
  return page.locator('.messages [role="alert"]');
}

/**
 * Loads the app (unless the page is on it already: a browser started with the app as its first tab) and
 * waits until it has read the library and finished its start-up check against the backup sentinel.
 *
 * That check (src/renderer/ui/useBackups.ts) runs just after loading and opens the Backups dialog when the
 * database holds fewer documents or annotations than the sentinel recorded; a modal opening in the middle of
 * the next action would swallow its key press. So this waits for the check's end: the dialog open, or the
 * sentinel rewritten since `since` (which the check does when it finds nothing wrong). A warning is
 * returned (its text) and dismissed with "Keep the library as it is"; whether it was right is for the caller
 * to judge against the model.
 */
export async function loadApp(page: Page, url: string, since: number): Promise<string | null> {
  if (page.url() !== url) await page.goto(url);
  await expect(page.locator('.app[data-loaded="true"]')).toBeVisible({ timeout: 20_000 });
  // A database the app cannot open after a crash shows up here, not as missing rows.
  await expect(errorLine(page)).toHaveText('');
  try {
    await page.waitForFunction(startupCheckDone, { since, key: SENTINEL_KEY }, { timeout: 10_000 });
  } catch (error) {
    throw new Error(
      `the app's start-up backup check did not finish (no Backups dialog, no fresh "${SENTINEL_KEY}" in ` +
        `localStorage): has useBackups changed? ${error instanceof Error ? error.message : error}`,
    );
  }
  const backups = page.getByRole('dialog', { name: 'Backups' });
  if (!(await backups.isVisible())) return null;
  const warning = (await backups.getByRole('alert').textContent())?.replace(/\s+/g, ' ').trim() ?? '';
  await backups.getByRole('button', { name: 'Keep the library as it is' }).click();
  await expect(backups).toBeHidden();
  return warning;
}

/** Runs in the page: true once the Backups dialog is open or the sentinel was written after `since`. */
function startupCheckDone({ since, key }: { since: number; key: string }): boolean {
  const page = globalThis as unknown as {
    document: { querySelector(selector: string): unknown };
    localStorage: { getItem(key: string): string | null };
  };
  if (page.document.querySelector('dialog[open] [role="alert"]')) return true;
  try {
    const sentinel = JSON.parse(page.localStorage.getItem(key) ?? 'null') as { lastWriteAt?: string } | null;
    return Date.parse(sentinel?.lastWriteAt ?? '') >= since;
  } catch {
    return false;
  }
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
