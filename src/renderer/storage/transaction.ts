import type { Table } from 'dexie';
import type { SpanlightDatabase } from './database';
import type { StorageAction } from './storageActions';
import { toStorageError } from './storageError';

/**
 * One read-only transaction over `tables`; a failure becomes a StorageError saying what could not be done
 * (`action`, e.g. "load the actors").
 */
export async function readTransaction<T>(
  db: SpanlightDatabase,
  tables: readonly Table[],
  action: StorageAction,
  body: () => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction('r', [...tables], body);
  } catch (error) {
    throw toStorageError(action, error);
  }
}

/**
 * One read-write transaction over `tables`, resolved only once it has committed (strict durability); then
 * `written` tells the store's subscribers (sentinel, backups). A failure writes nothing and becomes a
 * StorageError saying what could not be done.
 */
export async function writeTransaction<T>(
  db: SpanlightDatabase,
  tables: readonly Table[],
  action: StorageAction,
  body: () => Promise<T>,
  written: () => void,
): Promise<T> {
  let result: T;
  try {
    result = await db.transaction('rw', [...tables], body);
  } catch (error) {
    throw toStorageError(action, error);
  }
  written();
  return result;
}
