import path from 'node:path';
import type {
  BrowserWindow,
  IpcMain,
  IpcMainInvokeEvent,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { ipcMain } from 'electron';
import {
  ARTICLE_EXTENSIONS,
  externalUrl,
  IPC_CHANNELS,
  invalidSaveExportRequest,
  MAX_OPEN_FILE_BYTES,
  type OpenedFile,
  type OpenFilesResult,
  type SaveExportRequest,
  type SaveExportResult,
  type UnreadableFile,
} from '../shared/ipc';
import { type BackupStore, createBackupHandlers } from './backups';
import { assertNoArgs, assertTrustedSender } from './sender';
import { createStreamedSaveHandlers, type StreamedSaves } from './streamedSave';

export { assertTrustedSender, UntrustedSenderError } from './sender';

/**
 * The main-process side of src/shared/ipc.ts. Handlers trust nothing from the renderer: the sender frame is
 * checked first, then every argument. Dependencies are injected so each rule is testable without Electron.
 */

/** Total bytes one Open may hand over; many large files at once would otherwise exhaust memory. */
export const MAX_OPEN_BATCH_BYTES = 256 * 1024 * 1024;

export interface IpcDeps {
  getMainWindow(): BrowserWindow | null;
  /** True for the app's own URLs (see origin.ts). */
  isAppUrl(url: string): boolean;
  showOpenDialog(window: BrowserWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(window: BrowserWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  readFile(filePath: string, maxBytes: number): Promise<Uint8Array>;
  writeFile(filePath: string, content: string | Uint8Array): Promise<void>;
  openExternal(url: string): Promise<void>;
  /** Backups and the sentinel in the user's data folder (backups.ts). */
  backups: BackupStore;
  /** Streamed exports written to a temp file and renamed at the end (streamedSave.ts). */
  streamedSaves: StreamedSaves;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function openFiles(window: BrowserWindow, deps: IpcDeps): Promise<OpenFilesResult> {
  const choice = await deps.showOpenDialog(window, {
    title: 'Open articles',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Articles', extensions: [...ARTICLE_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  const files: OpenedFile[] = [];
  const refused: UnreadableFile[] = [];
  if (choice.canceled) return { files, refused };

  let total = 0;
  // One by one: reading in parallel would hold every file in memory at once before the batch cap applies.
  for (const filePath of choice.filePaths) {
    const name = path.basename(filePath);
    try {
      const bytes = await deps.readFile(filePath, MAX_OPEN_FILE_BYTES);
      if (total + bytes.byteLength > MAX_OPEN_BATCH_BYTES) {
        refused.push({ name, reason: `"${name}" was not opened: too much text at once; open it on its own` });
        continue;
      }
      total += bytes.byteLength;
      files.push({ name, bytes });
    } catch (error) {
      refused.push({ name, reason: messageOf(error) });
    }
  }
  return { files, refused };
}

function exportFilterName(fileName: string): string {
  const extension = path.extname(fileName).slice(1).toUpperCase();
  return extension ? `${extension} file` : 'JSON file';
}

async function saveExport(window: BrowserWindow, deps: IpcDeps, request: unknown): Promise<SaveExportResult> {
  const invalid = invalidSaveExportRequest(request);
  if (invalid !== null) throw new TypeError(`saveExport: ${invalid}`);
  const { suggestedName, content, encoding } = request as SaveExportRequest;
  const choice = await deps.showSaveDialog(window, {
    title: 'Export JSON',
    defaultPath: suggestedName,
    // The format's own extension first (json, jsonl, zip, csv, conll…), so the OS dialog keeps it.
    filters: [
      { name: exportFilterName(suggestedName), extensions: [path.extname(suggestedName).slice(1) || 'json'] },
    ],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  try {
    await deps.writeFile(choice.filePath, encoding === 'base64' ? Buffer.from(content, 'base64') : content);
  } catch (error) {
    return { saved: false, reason: messageOf(error) };
  }
  return { saved: true, path: choice.filePath };
}

async function openExternal(deps: IpcDeps, url: unknown): Promise<boolean> {
  if (typeof url !== 'string') throw new TypeError('openExternal: url must be a string');
  const allowed = externalUrl(url);
  if (allowed === null) return false;
  try {
    // The URL as parsed and checked, not the raw string, so no other parser can read it differently.
    await deps.openExternal(allowed);
    return true;
  } catch {
    return false;
  }
}

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** channel → handler, each wrapped in the sender check. Exposed for tests; production uses registerIpcHandlers. */
export function createIpcHandlers(deps: IpcDeps): Record<string, Handler> {
  return {
    [IPC_CHANNELS.openFiles]: async (event, ...args) => {
      const window = assertTrustedSender(event, deps);
      assertNoArgs(args);
      return openFiles(window, deps);
    },
    [IPC_CHANNELS.saveExport]: async (event, ...args) => {
      const window = assertTrustedSender(event, deps);
      if (args.length !== 1) throw new TypeError('saveExport takes exactly one request');
      return saveExport(window, deps, args[0]);
    },
    [IPC_CHANNELS.openExternal]: async (event, ...args) => {
      assertTrustedSender(event, deps);
      if (args.length !== 1) throw new TypeError('openExternal takes exactly one url');
      return openExternal(deps, args[0]);
    },
    ...createBackupHandlers(deps),
    ...createStreamedSaveHandlers(deps),
  };
}

export function registerIpcHandlers(deps: IpcDeps, ipc: Pick<IpcMain, 'handle'> = ipcMain): void {
  for (const [channel, handler] of Object.entries(createIpcHandlers(deps))) {
    ipc.handle(channel, handler);
  }
}
