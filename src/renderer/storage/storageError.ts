/** A failed write or read, with a message for the researcher. Nothing of the failed action was written. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly causeName: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Turns IndexedDB / Dexie failures into a sentence that says what happened and that nothing was saved. */
export function toStorageError(action: string, error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const names = errorNames(error);
  const found = (name: string) => names.includes(name);
  let reason: string;
  if (found('OpenFailedError') || found('UpgradeError')) {
    // Dexie rolls a failed upgrade back as a whole: the library is still in its previous version.
    reason =
      'the library could not be opened or upgraded by this version of Spanlight; it was left as it was';
  } else if (found('QuotaExceededError')) {
    reason = 'the disk is full or the storage quota is used up';
  } else if (found('AbortError') || found('TransactionInactiveError')) {
    reason = 'the database aborted the write';
  } else if (found('DatabaseClosedError') || found('InvalidStateError')) {
    reason = 'the database is closed (another window may be upgrading it)';
  } else if (found('VersionError')) {
    reason = 'the database was written by a newer Spanlight';
  } else if (found('ConstraintError')) {
    reason = 'the record already exists';
  } else {
    reason = messageOf(error) || 'an unknown storage error';
  }
  return new StorageError(`Could not ${action}: ${reason}. Nothing was saved.`, names[0] ?? 'Error');
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
