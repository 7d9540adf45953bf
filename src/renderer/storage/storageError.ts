import type { StorageAction } from './storageActions';

/**
 * Why a transaction failed, as a code the interface translates (i18n/storageErrors.ts); `other` carries the
 * browser's own message in `detail`.
 */
export type StorageProblem =
  | 'openFailed'
  | 'quota'
  | 'aborted'
  | 'closed'
  | 'newer'
  | 'exists'
  | 'unknown'
  | 'other';

/** What a failed transaction was doing and why, for a message in the interface language. */
export interface StorageFailure {
  action: StorageAction;
  problem: StorageProblem;
  /** The underlying error's message (for `other`). */
  detail: string;
}

/** A failed write or read, with a message for the researcher. Nothing of the failed action was written. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly causeName: string,
    /** Set on the failures of a transaction (toStorageError): the message says the same in English. */
    readonly failure?: StorageFailure,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** The English reasons, as the message of the error says them; also the English catalogue's (storageErrors.en). */
export const STORAGE_PROBLEM_TEXT = {
  // Dexie rolls a failed upgrade back as a whole: the library is still in its previous version.
  openFailed:
    'the library could not be opened or upgraded by this version of Spanlight; it was left as it was',
  quota: 'the disk is full or the storage quota is used up',
  aborted: 'the database aborted the write',
  closed: 'the database is closed (another window may be upgrading it)',
  newer: 'the database was written by a newer Spanlight',
  exists: 'the record already exists',
  unknown: 'an unknown storage error',
} as const satisfies Record<Exclude<StorageProblem, 'other'>, string>;

/** Turns IndexedDB / Dexie failures into a sentence that says what happened and that nothing was saved. */
export function toStorageError(action: StorageAction, error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const names = errorNames(error);
  const problem = problemOf(names, messageOf(error));
  const detail = messageOf(error);
  const reason = problem === 'other' ? detail : STORAGE_PROBLEM_TEXT[problem];
  return new StorageError(`Could not ${action}: ${reason}. Nothing was saved.`, names[0] ?? 'Error', {
    action,
    problem,
    detail,
  });
}

function problemOf(names: readonly string[], message: string): StorageProblem {
  const found = (name: string) => names.includes(name);
  if (found('OpenFailedError') || found('UpgradeError')) return 'openFailed';
  if (found('QuotaExceededError')) return 'quota';
  if (found('AbortError') || found('TransactionInactiveError')) return 'aborted';
  if (found('DatabaseClosedError') || found('InvalidStateError')) return 'closed';
  if (found('VersionError')) return 'newer';
  if (found('ConstraintError')) return 'exists';
  return message ? 'other' : 'unknown';
}

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const candidate = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof candidate.name === 'string') names.push(candidate.name);
    current = candidate.inner ?? candidate.cause;
  }
  return names;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error ?? '');
}
