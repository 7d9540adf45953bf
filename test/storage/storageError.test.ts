import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError } from '../../src/renderer/storage/storageError';

describe('toStorageError', () => {
  it.each([
    [{ name: 'QuotaExceededError' }, 'the disk is full or the storage quota is used up'],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'the disk is full'],
    [{ name: 'AbortError' }, 'the database aborted the write'],
    [{ name: 'DatabaseClosedError' }, 'the database is closed'],
    [{ name: 'VersionError' }, 'newer Spanlight'],
    [{ name: 'ConstraintError' }, 'already exists'],
    [new Error('boom'), 'boom'],
  ])('explains %o', (error, expected) => {
    const result = toStorageError('save the annotation', error);
    expect(result).toBeInstanceOf(StorageError);
    expect(result.message).toContain('Could not save the annotation: ');
    expect(result.message).toContain(expected);
    expect(result.message).toMatch(/Nothing was saved\.$/);
  });

  it('keeps a StorageError as it is', () => {
    const original = new StorageError('x', 'NotFound');
    expect(toStorageError('undo', original)).toBe(original);
  });
});
