/**
 * The one IPC contract between the renderer (through the preload bridge) and the main process. Both sides
 * import this module, so a channel or payload change is a type error on both sides at once.
 */

export const IPC_CHANNELS = {
  openFiles: 'spanlight:open-files',
  saveExport: 'spanlight:save-export',
  openExternal: 'spanlight:open-external',
  /** main → renderer: a menu item was chosen. */
  menuCommand: 'spanlight:menu-command',
} as const;

export type MenuCommand = 'open' | 'export-json';
export const MENU_COMMANDS: readonly MenuCommand[] = ['open', 'export-json'];

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
  /** The file's whole content (UTF-8 JSON). */
  content: string;
}

export type SaveExportResult = { saved: true; path: string } | { saved: false; reason?: string };

/** What the preload exposes as `window.spanlight`. Named functions only, never raw ipcRenderer. */
export interface SpanlightBridge {
  readonly platform: 'electron';
  openFiles(): Promise<OpenFilesResult>;
  saveExport(request: SaveExportRequest): Promise<SaveExportResult>;
  openExternal(url: string): Promise<boolean>;
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
  if (typeof suggestedName !== 'string' || suggestedName.length === 0 || suggestedName.length > 255) {
    return 'suggestedName must be a non-empty string of at most 255 characters';
  }
  if (/[\\/\0]/.test(suggestedName) || suggestedName.startsWith('.')) {
    return 'suggestedName must be a plain file name';
  }
  if (typeof content !== 'string') return 'content must be a string';
  if (content.length > MAX_EXPORT_CHARS) return 'content is too large';
  return null;
}

/** Only https URLs leave the app, through the OS browser. */
export function isAllowedExternalUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

declare global {
  interface Window {
    spanlight?: SpanlightBridge;
  }
}
