import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import {
  BACKUP_NAME_PATTERN,
  type BackupCounts,
  type BackupInfo,
  type BackupReason,
  IPC_CHANNELS,
  invalidSentinel,
  invalidWriteBackupRequest,
  isBackupName,
  MAX_BACKUPS,
  MAX_EXPORT_CHARS,
  type ReadBackupResult,
  type Sentinel,
  type WriteBackupRequest,
  type WriteBackupResult,
  type WriteSentinelResult,
} from '../shared/ipc';
import { type AtomicWriteFs, FileError, writeFileAtomic } from './files';
import { assertNoArgs, assertTrustedSender, type TrustedSenderDeps } from './sender';

/**
 * Backups of the whole library and the sentinel, both outside IndexedDB, in the user's data folder:
 *
 *   userData/backups/spanlight-2026-12-01T10-00-00-000Z-scheduled.json       the Spanlight JSON snapshot
 *   userData/backups/spanlight-2026-12-01T10-00-00-000Z-scheduled.meta.json  its counts (a few bytes)
 *   userData/sentinel.json                                                    counts at the last write
 *
 * The renderer owns the data and sends the snapshot; this module only writes, lists, reads and prunes files,
 * each write atomically (files.ts). Listing reads the small .meta.json files, never a snapshot.
 */

/** Largest backup file readBackup opens: MAX_EXPORT_CHARS UTF-16 units are at most 3 bytes each in UTF-8. */
export const MAX_BACKUP_FILE_BYTES = MAX_EXPORT_CHARS * 3;
/** A .meta.json or sentinel.json larger than this is not ours (they are about 200 bytes). */
const MAX_SMALL_FILE_BYTES = 64 * 1024;

const BACKUPS_DIR = 'backups';
const SENTINEL_FILE = 'sentinel.json';
const META_SUFFIX = '.meta.json';
/** writeFileAtomic's temp files for our names: ".spanlight-….json.<hex>.spanlight-tmp". */
const OUR_TEMP_FILE = /^\.(spanlight-.+\.json|sentinel\.json)\.[0-9a-f]+\.spanlight-tmp$/;

export interface BackupStoreOptions {
  /** How many of the newest backups to keep (default MAX_BACKUPS). */
  keep?: number;
  /** The clock; tests pin it. */
  now?: () => Date;
  /** The fs calls of the atomic writes; tests simulate a full disk with it. */
  atomicFs?: AtomicWriteFs;
}

export interface BackupStore {
  readonly dir: string;
  write(request: WriteBackupRequest): Promise<WriteBackupResult>;
  list(): Promise<BackupInfo[]>;
  read(name: string): Promise<ReadBackupResult>;
  writeSentinel(sentinel: Sentinel): Promise<WriteSentinelResult>;
  readSentinel(): Promise<Sentinel | null>;
}

interface ParsedName {
  name: string;
  createdAt: string;
  reason: BackupReason;
}

/** "2026-12-01T10:00:00.000Z" → "2026-12-01T10-00-00-000Z": ":" is not allowed in Windows file names. */
function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace('.', '-');
}

export function backupFileName(date: Date, reason: BackupReason): string {
  return `spanlight-${fileTimestamp(date)}-${reason}.json`;
}

/** Name → creation time and reason; null for any name this module did not write. */
export function parseBackupName(name: string): ParsedName | null {
  if (!isBackupName(name)) return null;
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, date, hours, minutes, seconds, millis, reason] = match;
  const createdAt = `${date}T${hours}:${minutes}:${seconds}.${millis}Z`;
  const time = Date.parse(createdAt);
  if (Number.isNaN(time) || new Date(time).toISOString() !== createdAt) return null;
  return { name, createdAt, reason: reason as BackupReason };
}

function metaNameFor(backupName: string): string {
  return backupName.replace(/\.json$/, META_SUFFIX);
}

function errorCode(error: unknown): string | undefined {
  if (error instanceof FileError) return error.code;
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** A sentence for the user; the renderer shows it as is. */
function writeReason(what: string, error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `${what} was not written: the disk is full. Free some space, then try again.`;
    case 'EACCES':
    case 'EPERM':
      return `${what} was not written: Spanlight is not allowed to write in its data folder.`;
    case 'EROFS':
      return `${what} was not written: the disk is read-only.`;
    default:
      return `${what} was not written (${errorCode(error) ?? (error instanceof Error ? error.message : 'unknown error')}).`;
  }
}

function isNotFound(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * Reads a regular file of at most `maxBytes` as UTF-8, refusing symlinks (O_NOFOLLOW where the platform has
 * it, and lstat first everywhere) and anything that is not a plain file.
 */
async function readOwnFile(filePath: string, maxBytes: number): Promise<string> {
  const link = await fsp.lstat(filePath);
  if (!link.isFile()) throw new FileError('not a regular file', 'ENOTFILE');
  const noFollow = constants.O_NOFOLLOW ?? 0;
  const handle = await fsp.open(filePath, constants.O_RDONLY | noFollow);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new FileError('not a regular file', 'ENOTFILE');
    if (stat.size > maxBytes) throw new FileError('too large', 'EFBIG');
    const buffer = new Uint8Array(stat.size + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) throw new FileError('too large', 'EFBIG');
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, filled));
  } finally {
    await handle.close().catch(() => {});
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Runs tasks one after the other: two backups never prune each other's files, sentinels land in order. */
function serial() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => {});
    return run;
  };
}

export function createBackupStore(userDataDir: string, options: BackupStoreOptions = {}): BackupStore {
  const dir = path.join(userDataDir, BACKUPS_DIR);
  const sentinelPath = path.join(userDataDir, SENTINEL_FILE);
  const keep = options.keep ?? MAX_BACKUPS;
  const now = options.now ?? (() => new Date());
  const atomicFs = options.atomicFs;
  const backupQueue = serial();
  const sentinelQueue = serial();

  async function names(): Promise<string[]> {
    try {
      return await fsp.readdir(dir);
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
  }

  async function readMeta(backupName: string): Promise<BackupCounts | null> {
    try {
      const meta = JSON.parse(
        await readOwnFile(path.join(dir, metaNameFor(backupName)), MAX_SMALL_FILE_BYTES),
      );
      if (meta?.format !== 'spanlight.backup-meta' || meta.name !== backupName) return null;
      if (!isCount(meta.documents) || !isCount(meta.spans)) return null;
      return { documents: meta.documents, spans: meta.spans };
    } catch {
      return null;
    }
  }

  async function listParsed(): Promise<ParsedName[]> {
    const parsed: ParsedName[] = [];
    for (const name of await names()) {
      const entry = parseBackupName(name);
      if (entry) parsed.push(entry);
    }
    // Newest first; the same millisecond (never written by us) falls back to the name for a stable order.
    return parsed.sort((a, b) =>
      a.createdAt === b.createdAt ? b.name.localeCompare(a.name) : b.createdAt.localeCompare(a.createdAt),
    );
  }

  async function list(): Promise<BackupInfo[]> {
    const infos: BackupInfo[] = [];
    for (const entry of await listParsed()) {
      let bytes: number;
      try {
        const stat = await fsp.lstat(path.join(dir, entry.name));
        if (!stat.isFile()) continue; // a symlink or folder with a backup's name is not one of ours
        bytes = stat.size;
      } catch {
        continue; // deleted meanwhile
      }
      const counts = await readMeta(entry.name);
      infos.push({
        ...entry,
        bytes,
        documents: counts?.documents ?? null,
        spans: counts?.spans ?? null,
      });
    }
    return infos;
  }

  async function removeQuietly(fileName: string): Promise<void> {
    await fsp.rm(path.join(dir, fileName), { force: true }).catch(() => {});
  }

  /**
   * Keeps the `keep` newest backups, and also the one holding the most annotations (ties: the newest), so a run
   * of backups of a database that came up empty cannot push the last good one out. Deletes the sidecars of
   * removed backups, orphaned sidecars and our own leftover temp files (a crash mid-write).
   */
  async function prune(): Promise<void> {
    const backups = await list();
    const kept = new Set(backups.slice(0, keep).map((b) => b.name));
    let richest: BackupInfo | undefined;
    for (const backup of backups) {
      if (backup.spans !== null && (richest?.spans == null || backup.spans > richest.spans)) richest = backup;
    }
    if (richest) kept.add(richest.name);
    for (const backup of backups) {
      if (kept.has(backup.name)) continue;
      await removeQuietly(backup.name);
      await removeQuietly(metaNameFor(backup.name));
    }
    for (const name of await names()) {
      if (OUR_TEMP_FILE.test(name)) {
        await removeQuietly(name);
      } else if (name.endsWith(META_SUFFIX)) {
        const backupName = name.slice(0, -META_SUFFIX.length).concat('.json');
        if (parseBackupName(backupName) && !kept.has(backupName)) await removeQuietly(name);
      }
    }
  }

  /**
   * The current millisecond, or just after the newest backup if that is later (a clock set back, two backups
   * in one millisecond): names stay unique and in write order, so pruning never removes the backup just written.
   */
  async function freshName(reason: BackupReason): Promise<string> {
    const [newest] = await listParsed();
    const after = newest ? Date.parse(newest.createdAt) + 1 : Number.NEGATIVE_INFINITY;
    const existing = new Set(await names());
    let time = Math.max(now().getTime(), after);
    while (existing.has(backupFileName(new Date(time), reason))) time += 1;
    return backupFileName(new Date(time), reason);
  }

  async function write(request: WriteBackupRequest): Promise<WriteBackupResult> {
    return backupQueue(async () => {
      let name: string | undefined;
      let metaWritten = false;
      try {
        await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
        name = await freshName(request.reason);
        const meta = {
          format: 'spanlight.backup-meta',
          version: 1,
          name,
          createdAt: parseBackupName(name)?.createdAt,
          reason: request.reason,
          documents: request.counts.documents,
          spans: request.counts.spans,
        };
        // The sidecar first: a backup that exists has its counts. A sidecar without its backup (a crash in
        // between) is never listed and is removed by the next prune.
        await writeFileAtomic(path.join(dir, metaNameFor(name)), `${JSON.stringify(meta)}\n`, atomicFs);
        metaWritten = true;
        await writeFileAtomic(path.join(dir, name), request.content, atomicFs);
      } catch (error) {
        if (name && metaWritten) await removeQuietly(metaNameFor(name));
        return { ok: false, reason: writeReason('The backup', error) };
      }
      try {
        await prune();
      } catch {
        // The backup is safely written; old ones are pruned next time.
      }
      return { ok: true, name };
    });
  }

  async function read(name: string): Promise<ReadBackupResult> {
    if (!parseBackupName(name)) return { ok: false, reason: 'That is not the name of a Spanlight backup.' };
    try {
      return { ok: true, content: await readOwnFile(path.join(dir, name), MAX_BACKUP_FILE_BYTES) };
    } catch (error) {
      if (isNotFound(error)) return { ok: false, reason: 'That backup no longer exists.' };
      switch (errorCode(error)) {
        case 'ENOTFILE':
        case 'ELOOP':
          return { ok: false, reason: 'That backup is not a regular file; it was not opened.' };
        case 'EFBIG':
          return { ok: false, reason: 'That backup is too large to open.' };
        default:
          if (error instanceof TypeError) return { ok: false, reason: 'That backup is not UTF-8 text.' };
          return {
            ok: false,
            reason: `That backup could not be read (${errorCode(error) ?? (error instanceof Error ? error.message : 'unknown error')}).`,
          };
      }
    }
  }

  async function writeSentinel(sentinel: Sentinel): Promise<WriteSentinelResult> {
    return sentinelQueue(async () => {
      const content = {
        format: 'spanlight.sentinel',
        version: 1,
        documents: sentinel.documents,
        spans: sentinel.spans,
        lastWriteAt: sentinel.lastWriteAt,
      };
      try {
        await fsp.mkdir(userDataDir, { recursive: true });
        await writeFileAtomic(sentinelPath, `${JSON.stringify(content)}\n`, atomicFs);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: writeReason('The sentinel', error) };
      }
    });
  }

  async function readSentinel(): Promise<Sentinel | null> {
    try {
      const raw = JSON.parse(await readOwnFile(sentinelPath, MAX_SMALL_FILE_BYTES));
      if (raw?.format !== 'spanlight.sentinel') return null;
      const sentinel = { documents: raw.documents, spans: raw.spans, lastWriteAt: raw.lastWriteAt };
      return invalidSentinel(sentinel) === null ? sentinel : null;
    } catch {
      // Missing (first start), damaged or not ours: there is nothing to compare with.
      return null;
    }
  }

  return { dir, write, list, read, writeSentinel, readSentinel };
}

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function exactlyOne(call: string, args: unknown[]): unknown {
  if (args.length !== 1) throw new TypeError(`${call} takes exactly one argument`);
  return args[0];
}

/** The backup channels, each behind the sender check, then strict argument validation. */
export function createBackupHandlers(
  deps: TrustedSenderDeps & { backups: BackupStore },
): Record<string, Handler> {
  const { backups } = deps;
  return {
    [IPC_CHANNELS.writeBackup]: async (event, ...args) => {
      assertTrustedSender(event, deps);
      const request = exactlyOne('writeBackup', args);
      const invalid = invalidWriteBackupRequest(request);
      if (invalid !== null) throw new TypeError(`writeBackup: ${invalid}`);
      const { reason, content, counts } = request as WriteBackupRequest;
      // Rebuilt from the validated fields: nothing else the renderer put in the object reaches the disk.
      return backups.write({ reason, content, counts: { documents: counts.documents, spans: counts.spans } });
    },
    [IPC_CHANNELS.listBackups]: async (event, ...args) => {
      assertTrustedSender(event, deps);
      assertNoArgs(args);
      return backups.list();
    },
    [IPC_CHANNELS.readBackup]: async (event, ...args) => {
      assertTrustedSender(event, deps);
      const name = exactlyOne('readBackup', args);
      if (typeof name !== 'string') throw new TypeError('readBackup: name must be a string');
      if (!parseBackupName(name)) throw new TypeError('readBackup: not the name of a Spanlight backup');
      return backups.read(name);
    },
    [IPC_CHANNELS.writeSentinel]: async (event, ...args) => {
      assertTrustedSender(event, deps);
      const sentinel = exactlyOne('writeSentinel', args);
      const invalid = invalidSentinel(sentinel);
      if (invalid !== null) throw new TypeError(`writeSentinel: ${invalid}`);
      const { documents, spans, lastWriteAt } = sentinel as Sentinel;
      return backups.writeSentinel({ documents, spans, lastWriteAt });
    },
    [IPC_CHANNELS.readSentinel]: async (event, ...args) => {
      assertTrustedSender(event, deps);
      assertNoArgs(args);
      return backups.readSentinel();
    },
  };
}
