import { SpanlightDatabase } from '../../../src/renderer/storage/database';

/**
 * Libraries a test opens in Chromium's IndexedDB, remembered so that the file's afterEach deletes them all
 * (deleteOpenedDatabases): a test file must not leave databases behind for the next.
 */
const opened: SpanlightDatabase[] = [];

export function database(name = `spanlight-test-${crypto.randomUUID()}`): SpanlightDatabase {
  const db = new SpanlightDatabase(name);
  opened.push(db);
  return db;
}

export async function deleteOpenedDatabases(): Promise<void> {
  for (const db of opened.splice(0)) await db.delete();
}
