/**
 * The one IPC contract between the renderer (through the preload bridge) and the main process. Both sides
 * import this module, so a channel or payload change is a type error on both sides at once.
 */

export const IPC_CHANNELS = {
  openFiles: 'spanlight:open-files',
  saveExport: 'spanlight:save-export',
  openExternal: 'spanlight:open-external',
  writeBackup: 'spanlight:write-backup',
  listBackups: 'spanlight:list-backups',
  readBackup: 'spanlight:read-backup',
  writeSentinel: 'spanlight:write-sentinel',
  readSentinel: 'spanlight:read-sentinel',
  /** A streamed export: Save dialog and temp file, then chunks, then finish (rename) or abort (remove). */
  beginExportSave: 'spanlight:export-save-begin',
  writeExportChunk: 'spanlight:export-save-write',
  finishExportSave: 'spanlight:export-save-finish',
  abortExportSave: 'spanlight:export-save-abort',
  /** main → renderer: a menu item was chosen. */
  menuCommand: 'spanlight:menu-command',
} as const;

export type MenuCommand = 'open' | 'export-json' | 'backup-now' | 'restore-backup';
export const MENU_COMMANDS: readonly MenuCommand[] = ['open', 'export-json', 'backup-now', 'restore-backup'];

/** A file the user chose in the native Open dialog, read by main (size-capped) and handed over as bytes. */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/** A file the user chose that could not be read; the renderer shows the reason, naming the file. */
export interface UnreadableFile {
  name: string;
  reason: string;
}

export interface OpenFilesResult {
  files: OpenedFile[];
  refused: UnreadableFile[];
}

export interface SaveExportRequest {
  /** File name offered in the Save dialog, e.g. "spanlight-library-2026-12-01.json". */
  suggestedName: string;
  /** The file's whole content: UTF-8 text, or base64 of binary content (a zip of brat files). */
  content: string;
  /** How `content` is written: as UTF-8 text (default) or decoded from base64. */
  encoding?: 'utf8' | 'base64';
}

export type SaveExportResult = { saved: true; path: string } | { saved: false; reason?: string };

/**
 * A streamed export (a library of 500,000 annotations is never one string): beginExportSave asks where to save and
 * opens a temp file beside the target; writeExportChunk appends to it, in order; finishExportSave makes it durable
 * and renames it over the target (atomic: the target holds the old file or the whole new one); abortExportSave
 * (cancel, or a failure in the renderer) removes the temp file. A failed write removes it too.
 */
export interface BeginExportSaveRequest {
  /** File name offered in the Save dialog, checked like SaveExportRequest's. */
  suggestedName: string;
}

export type BeginExportSaveResult =
  | { ok: true; saveId: string; path: string }
  | { ok: false; canceled: true }
  | { ok: false; canceled: false; reason: string };

export type ExportChunkResult = { ok: true } | { ok: false; reason: string };

/** Largest chunk writeExportChunk takes: UTF-16 code units of a string, or bytes. */
export const MAX_EXPORT_CHUNK = 32 * 1024 * 1024;
/** Streamed saves open at once (one per export; a stray one is removed when the next starts past the cap). */
export const MAX_OPEN_EXPORT_SAVES = 4;

/** A save id as main hands them out: 32 lowercase hex digits. */
export function isExportSaveId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);
}

/** Validates a writeExportChunk chunk; returns a reason or null. */
export function invalidExportChunk(value: unknown): string | null {
  if (typeof value === 'string') return value.length > MAX_EXPORT_CHUNK ? 'chunk is too large' : null;
  if (value instanceof Uint8Array) return value.byteLength > MAX_EXPORT_CHUNK ? 'chunk is too large' : null;
  return 'chunk must be a string or bytes';
}

/** Why a backup was taken; part of its file name. */
export type BackupReason =
  | 'scheduled'
  | 'before-import'
  | 'before-upgrade'
  | 'before-delete-project'
  | 'manual';
export const BACKUP_REASONS: readonly BackupReason[] = [
  'scheduled',
  'before-import',
  'before-upgrade',
  'before-delete-project',
  'manual',
];

/** What the backup holds, as the renderer counted it; shown in the restore list without opening the file. */
export interface BackupCounts {
  documents: number;
  spans: number;
}

export interface WriteBackupRequest {
  reason: BackupReason;
  /** The whole library as Spanlight JSON (the export format), at most MAX_EXPORT_CHARS. */
  content: string;
  counts: BackupCounts;
}

/** `name` is the backup's file name, the handle readBackup takes. */
export type WriteBackupResult = { ok: true; name: string } | { ok: false; reason: string };

export interface BackupInfo {
  /** File name, e.g. "spanlight-2026-12-01T10-00-00-000Z-scheduled.json"; pass it to readBackup. */
  name: string;
  /** When it was written (ISO 8601, UTC), e.g. "2026-12-01T10:00:00.000Z". */
  createdAt: string;
  reason: BackupReason;
  /** Size of the file on disk. */
  bytes: number;
  /** Counts recorded when the backup was written; null if its small description file is missing or damaged. */
  documents: number | null;
  spans: number | null;
}

export type ReadBackupResult = { ok: true; content: string } | { ok: false; reason: string };

/**
 * Kept outside IndexedDB (userData/sentinel.json): what the database held at its last committed write. If the
 * database comes up empty or smaller at start, the renderer offers the newest backup instead of starting fresh.
 */
export interface Sentinel {
  documents: number;
  spans: number;
  /** ISO 8601, UTC, e.g. "2026-12-01T10:00:00.000Z". */
  lastWriteAt: string;
}

export type WriteSentinelResult = { ok: true } | { ok: false; reason: string };

/** How many backups are kept (the newest ones; see src/main/backups.ts for the one extra it may keep). */
export const MAX_BACKUPS = 20;

/**
 * The only file names readBackup accepts: what src/main/backups.ts writes. The timestamp is ISO 8601 with
 * ":" and "." replaced by "-" (Windows forbids ":" in file names).
 */
export const BACKUP_NAME_PATTERN =
  /^spanlight-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(scheduled|before-import|before-upgrade|before-delete-project|manual)\.json$/;

/** What the preload exposes as `window.spanlight`. Named functions only, never raw ipcRenderer. */
export interface SpanlightBridge {
  readonly platform: 'electron';
  openFiles(): Promise<OpenFilesResult>;
  saveExport(request: SaveExportRequest): Promise<SaveExportResult>;
  /** Streamed export (see BeginExportSaveRequest): Save dialog, then chunks, then finish or abort. */
  beginExportSave(request: BeginExportSaveRequest): Promise<BeginExportSaveResult>;
  writeExportChunk(saveId: string, chunk: string | Uint8Array): Promise<ExportChunkResult>;
  finishExportSave(saveId: string): Promise<SaveExportResult>;
  abortExportSave(saveId: string): Promise<void>;
  openExternal(url: string): Promise<boolean>;
  /** Writes userData/backups/spanlight-<timestamp>-<reason>.json atomically and prunes old backups. */
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  /** Every backup, newest first, without reading any backup's content. */
  listBackups(): Promise<BackupInfo[]>;
  /** The content of one backup named by listBackups or writeBackup. */
  readBackup(name: string): Promise<ReadBackupResult>;
  writeSentinel(sentinel: Sentinel): Promise<WriteSentinelResult>;
  /** The sentinel, or null when there is none yet (first start) or it is unreadable. */
  readSentinel(): Promise<Sentinel | null>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** What the Open dialog offers first: every format Spanlight can import. */
export const ARTICLE_EXTENSIONS = [
  'txt',
  'html',
  'htm',
  'pdf',
  'docx',
  'md',
  'markdown',
  'csv',
  'jsonl',
  'ndjson',
] as const;

/** Largest file the Open dialog reads (bytes). */
export const MAX_OPEN_FILE_BYTES = 50 * 1024 * 1024;
/** Largest export the Save handler accepts (UTF-16 code units of the JSON string). */
export const MAX_EXPORT_CHARS = 512 * 1024 * 1024;

/** Validates the renderer's save request; returns a reason or null. Handlers never trust renderer input. */
export function invalidSaveExportRequest(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'request must be an object';
  const { suggestedName, content } = value as Record<string, unknown>;
  const name = invalidSuggestedName(suggestedName);
  if (name !== null) return name;
  if (typeof content !== 'string') return 'content must be a string';
  if (content.length > MAX_EXPORT_CHARS) return 'content is too large';
  const { encoding } = value as Record<string, unknown>;
  if (encoding !== undefined && encoding !== 'utf8' && encoding !== 'base64') {
    return 'encoding must be "utf8" or "base64"';
  }
  if (encoding === 'base64' && !/^[A-Za-z0-9+/]*={0,2}$/.test(content)) return 'content is not base64';
  return null;
}

function invalidSuggestedName(suggestedName: unknown): string | null {
  if (typeof suggestedName !== 'string' || suggestedName.length === 0 || suggestedName.length > 255) {
    return 'suggestedName must be a non-empty string of at most 255 characters';
  }
  if (/[\\/\0]/.test(suggestedName) || suggestedName.startsWith('.')) {
    return 'suggestedName must be a plain file name';
  }
  return null;
}

/** Validates a beginExportSave request; returns a reason or null. */
export function invalidBeginExportSaveRequest(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'request must be an object';
  return invalidSuggestedName((value as Record<string, unknown>).suggestedName);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** A strict ISO 8601 UTC timestamp that names a real instant (no "2026-02-31"). */
export function isIsoTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_UTC.test(value)) return false;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return false;
  // Round trip on the date and time part, so that JavaScript's lenient parsing cannot shift a day.
  return new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
}

function invalidCounts(value: unknown, what: string): string | null {
  if (typeof value !== 'object' || value === null) return `${what} must be an object`;
  const { documents, spans } = value as Record<string, unknown>;
  if (!isCount(documents)) return `${what}.documents must be a non-negative integer`;
  if (!isCount(spans)) return `${what}.spans must be a non-negative integer`;
  return null;
}

/** Validates a writeBackup request; returns a reason or null. */
export function invalidWriteBackupRequest(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'request must be an object';
  const { reason, content, counts } = value as Record<string, unknown>;
  if (typeof reason !== 'string' || !(BACKUP_REASONS as readonly string[]).includes(reason)) {
    return `reason must be one of ${BACKUP_REASONS.join(', ')}`;
  }
  if (typeof content !== 'string') return 'content must be a string';
  if (content.length > MAX_EXPORT_CHARS) return 'content is too large';
  // Cheap shape check (never a parse of a 500 MB string): Spanlight JSON is an object.
  if (!/^\s*\{/.test(content)) return 'content must be Spanlight JSON';
  return invalidCounts(counts, 'counts');
}

/** Validates a sentinel; returns a reason or null. */
export function invalidSentinel(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'sentinel must be an object';
  const counts = invalidCounts(value, 'sentinel');
  if (counts !== null) return counts;
  if (!isIsoTimestamp((value as Record<string, unknown>).lastWriteAt)) {
    return 'sentinel.lastWriteAt must be an ISO 8601 UTC timestamp';
  }
  return null;
}

/** True for a name that src/main/backups.ts could have written: nothing else is ever opened. */
export function isBackupName(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 80 && BACKUP_NAME_PATTERN.test(value);
}

/**
 * Only https URLs leave the app, through the OS browser; returns the URL as parsed (what is then opened), or
 * null. Spanlight trusts no remote host, so there is no allow-list for a look-alike host to imitate; what is
 * refused is everything that is not plain https or could read differently to another URL parser: other
 * schemes, credentials ("https://app@evil.example"), whitespace, control characters, backslashes and
 * slash counts other than two after the scheme.
 */
export function externalUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(value)) return null;
  // Exactly two slashes then the host: WHATWG reads "https:///x" or "https:x" as https://x/, others may not.
  if (!/^https:\/\/[^/]/i.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname.length === 0) return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** True when externalUrl accepts the value. */
export function isAllowedExternalUrl(value: unknown): value is string {
  return externalUrl(value) !== null;
}

declare global {
  interface Window {
    spanlight?: SpanlightBridge;
  }
}
