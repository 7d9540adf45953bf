import {
  BACKUP_NAME_PATTERN,
  type BackupInfo,
  type BackupReason,
  isBackupName,
  MAX_BACKUPS,
  type ReadBackupResult,
  type Sentinel,
  type SpanlightBridge,
  type WriteBackupResult,
} from '../../shared/ipc';

/**
 * Where snapshots of the library go, outside IndexedDB: the user's data folder (Electron, written atomically
 * by main) or the browser's origin-private file system (browser mode). The sentinel records what the
 * database held at its last write, so a database that comes up empty can be noticed.
 */
export interface BackupTarget {
  /** Shown to the user: where backups live. */
  readonly where: string;
  write(
    reason: BackupReason,
    content: string,
    counts: { documents: number; spans: number },
  ): Promise<WriteBackupResult>;
  list(): Promise<BackupInfo[]>;
  read(name: string): Promise<ReadBackupResult>;
  writeSentinel(sentinel: Sentinel): Promise<void>;
  readSentinel(): Promise<Sentinel | null>;
}

export function electronBackups(bridge: SpanlightBridge): BackupTarget {
  return {
    where: 'your Spanlight data folder',
    write: (reason, content, counts) => bridge.writeBackup({ reason, content, counts }),
    list: () => bridge.listBackups(),
    read: (name) => bridge.readBackup(name),
    async writeSentinel(sentinel) {
      await bridge.writeSentinel(sentinel);
    },
    readSentinel: () => bridge.readSentinel(),
  };
}

const SENTINEL_KEY = 'spanlight.sentinel';
const BACKUP_FOLDER = 'spanlight-backups';

function backupName(date: Date, reason: BackupReason): string {
  return `spanlight-${date.toISOString().replace(/[:.]/g, '-')}-${reason}.json`;
}

/** The same names the main process writes and accepts (src/shared/ipc.ts), so backups read alike in both. */
function parseName(name: string): { createdAt: string; reason: BackupReason } | null {
  if (!isBackupName(name)) return null;
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, day, h, m, s, ms, reason] = match;
  return { createdAt: `${day}T${h}:${m}:${s}.${ms}Z`, reason: reason as BackupReason };
}

/**
 * Browser mode: the origin-private file system (no permission prompt; survives a deleted or corrupted
 * IndexedDB, though not the user clearing all site data — the interface keeps reminding to export).
 * Returns null where the browser has no OPFS.
 */
export function browserBackups(): BackupTarget | null {
  if (typeof navigator === 'undefined' || !navigator.storage?.getDirectory) return null;
  const folder = async () =>
    (await navigator.storage.getDirectory()).getDirectoryHandle(BACKUP_FOLDER, { create: true });
  const entries = async () => {
    const dir = await folder();
    const names: string[] = [];
    for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) {
      if (parseName(name)) names.push(name);
    }
    return { dir, names: names.sort().reverse() };
  };
  return {
    where: "this browser's private storage for Spanlight",
    async write(reason, content, counts) {
      try {
        const dir = await folder();
        const name = backupName(new Date(), reason);
        // createWritable writes to a swap file and replaces the target only on close: a crash leaves no
        // half-written backup under the final name.
        const file = await dir.getFileHandle(name, { create: true });
        const writable = await file.createWritable();
        await writable.write(content);
        await writable.close();
        const meta = await dir.getFileHandle(`${name}.meta`, { create: true });
        const metaWritable = await meta.createWritable();
        await metaWritable.write(JSON.stringify(counts));
        await metaWritable.close();
        const { names } = await entries();
        for (const old of names.slice(MAX_BACKUPS)) {
          await dir.removeEntry(old).catch(() => {});
          await dir.removeEntry(`${old}.meta`).catch(() => {});
        }
        return { ok: true, name };
      } catch (error) {
        return { ok: false, reason: error instanceof Error ? error.message : String(error) };
      }
    },
    async list() {
      const { dir, names } = await entries();
      const infos: BackupInfo[] = [];
      for (const name of names) {
        const parsed = parseName(name);
        if (!parsed) continue;
        const file = await (await dir.getFileHandle(name)).getFile();
        let counts: { documents: number | null; spans: number | null } = { documents: null, spans: null };
        try {
          const meta = JSON.parse(await (await (await dir.getFileHandle(`${name}.meta`)).getFile()).text());
          counts = { documents: meta.documents ?? null, spans: meta.spans ?? null };
        } catch {
          // Counts are a convenience; the backup itself is still listed.
        }
        infos.push({ name, ...parsed, bytes: file.size, ...counts });
      }
      return infos;
    },
    async read(name) {
      if (!parseName(name)) return { ok: false, reason: 'not a Spanlight backup name' };
      try {
        const file = await (await (await folder()).getFileHandle(name)).getFile();
        return { ok: true, content: await file.text() };
      } catch (error) {
        return { ok: false, reason: error instanceof Error ? error.message : String(error) };
      }
    },
    async writeSentinel(sentinel) {
      try {
        localStorage.setItem(SENTINEL_KEY, JSON.stringify(sentinel));
      } catch {
        // A full localStorage must not stop the researcher's work; the backups remain.
      }
    },
    async readSentinel() {
      try {
        const raw = localStorage.getItem(SENTINEL_KEY);
        return raw ? (JSON.parse(raw) as Sentinel) : null;
      } catch {
        return null;
      }
    },
  };
}
