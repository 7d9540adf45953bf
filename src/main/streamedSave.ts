import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, IpcMainInvokeEvent, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import {
  type BeginExportSaveRequest,
  type BeginExportSaveResult,
  type ExportChunkResult,
  IPC_CHANNELS,
  invalidBeginExportSaveRequest,
  invalidExportChunk,
  isExportSaveId,
  MAX_OPEN_EXPORT_SAVES,
  type SaveExportResult,
} from '../shared/ipc';
import { type AtomicWriteFs, syncDirectory, writeFailure } from './files';
import { assertTrustedSender, type TrustedSenderDeps } from './sender';

/**
 * Streamed exports, written as they come: a large library export arrives as a few hundred chunks, never as one
 * 200 MB string. The file is written like writeFileAtomic writes (files.ts): into a temp file beside the target
 * (rename is atomic only within one file system), fsynced, renamed over the target, then the directory fsynced. So
 * the target holds either its old bytes or the whole export; a cancelled or failed export leaves no file at all.
 */

interface OpenSave {
  /** The file the user chose, and the temp file being written beside it. */
  target: string;
  temp: string;
  handle: fsp.FileHandle;
  /** Every operation on this save waits for the one before: chunks are appended in the order they were sent. */
  queue: Promise<unknown>;
}

export interface StreamedSaves {
  begin(window: BrowserWindow, suggestedName: string): Promise<BeginExportSaveResult>;
  write(saveId: string, chunk: string | Uint8Array): Promise<ExportChunkResult>;
  finish(saveId: string): Promise<SaveExportResult>;
  abort(saveId: string): Promise<void>;
  /** Removes every temp file still open (the window closed mid-export). */
  abortAll(): Promise<void>;
  /** Ids of the saves in progress; for tests. */
  readonly openIds: () => string[];
}

export interface StreamedSaveDeps {
  showSaveDialog(window: BrowserWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  /** The fs calls; tests simulate a full disk with them. */
  fs?: AtomicWriteFs;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createStreamedSaves(deps: StreamedSaveDeps): StreamedSaves {
  const saves = new Map<string, OpenSave>();
  const fs: AtomicWriteFs = deps.fs ?? { open: fsp.open, rename: fsp.rename, rm: fsp.rm };

  /** Closes and removes the temp file; never throws (it runs on failure paths). */
  async function discard(saveId: string): Promise<void> {
    const save = saves.get(saveId);
    if (!save) return;
    saves.delete(saveId);
    await save.queue.catch(() => {});
    await save.handle.close().catch(() => {});
    await fs.rm(save.temp, { force: true }).catch(() => {});
  }

  function enqueue<T>(save: OpenSave, step: () => Promise<T>): Promise<T> {
    const next = save.queue.then(step, step);
    save.queue = next.catch(() => {});
    return next;
  }

  return {
    async begin(window, suggestedName) {
      const choice = await deps.showSaveDialog(window, {
        title: 'Export',
        defaultPath: suggestedName,
        filters: [
          {
            name: `${path.extname(suggestedName).slice(1).toUpperCase() || 'JSON'} file`,
            extensions: [path.extname(suggestedName).slice(1) || 'json'],
          },
        ],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return { ok: false, canceled: true };
      // A renderer that never finishes its saves cannot pile up open files: the oldest stray one goes.
      while (saves.size >= MAX_OPEN_EXPORT_SAVES) await discard(saves.keys().next().value as string);
      const target = choice.filePath;
      const name = path.basename(target);
      const temp = path.join(
        path.dirname(target),
        `.${name}.${randomBytes(6).toString('hex')}.spanlight-tmp`,
      );
      try {
        // 'wx': never follow or reuse an existing file at the temp name.
        const handle = await fs.open(temp, 'wx');
        const saveId = randomBytes(16).toString('hex');
        saves.set(saveId, { target, temp, handle, queue: Promise.resolve() });
        return { ok: true, saveId, path: target };
      } catch (error) {
        return { ok: false, canceled: false, reason: writeFailure(name, error).message };
      }
    },

    async write(saveId, chunk) {
      const save = saves.get(saveId);
      if (!save) return { ok: false, reason: 'this export is no longer being saved' };
      try {
        await enqueue(save, async () => {
          if (typeof chunk === 'string') await save.handle.write(chunk, null, 'utf8');
          else await save.handle.write(chunk);
        });
        return { ok: true };
      } catch (error) {
        await discard(saveId);
        return { ok: false, reason: writeFailure(path.basename(save.target), error).message };
      }
    },

    async finish(saveId) {
      const save = saves.get(saveId);
      if (!save) return { saved: false, reason: 'this export is no longer being saved' };
      try {
        await enqueue(save, async () => {
          await save.handle.sync();
          await save.handle.close();
          await fs.rename(save.temp, save.target);
        });
      } catch (error) {
        await discard(saveId);
        return { saved: false, reason: messageOf(writeFailure(path.basename(save.target), error)) };
      }
      saves.delete(saveId);
      await syncDirectory(path.dirname(save.target), fs);
      return { saved: true, path: save.target };
    },

    abort: discard,

    async abortAll() {
      await Promise.all([...saves.keys()].map(discard));
    },

    openIds: () => [...saves.keys()],
  };
}

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** The four channels of a streamed save, each behind the sender check and argument validation. */
export function createStreamedSaveHandlers(
  deps: TrustedSenderDeps & { streamedSaves: StreamedSaves },
): Record<string, Handler> {
  const { streamedSaves } = deps;
  const saveIdOf = (name: string, value: unknown): string => {
    if (!isExportSaveId(value)) throw new TypeError(`${name}: not the id of a save in progress`);
    return value;
  };
  return {
    [IPC_CHANNELS.beginExportSave]: async (event, ...args) => {
      const window = assertTrustedSender(event, deps);
      if (args.length !== 1) throw new TypeError('beginExportSave takes exactly one request');
      const invalid = invalidBeginExportSaveRequest(args[0]);
      if (invalid !== null) throw new TypeError(`beginExportSave: ${invalid}`);
      return streamedSaves.begin(window, (args[0] as BeginExportSaveRequest).suggestedName);
    },
    [IPC_CHANNELS.writeExportChunk]: async (event, ...args) => {
      assertTrustedSender(event, deps);
      if (args.length !== 2) throw new TypeError('writeExportChunk takes a save id and a chunk');
      const saveId = saveIdOf('writeExportChunk', args[0]);
      const invalid = invalidExportChunk(args[1]);
      if (invalid !== null) throw new TypeError(`writeExportChunk: ${invalid}`);
      return streamedSaves.write(saveId, args[1] as string | Uint8Array);
    },
    [IPC_CHANNELS.finishExportSave]: async (event, ...args) => {
      assertTrustedSender(event, deps);
      if (args.length !== 1) throw new TypeError('finishExportSave takes a save id');
      return streamedSaves.finish(saveIdOf('finishExportSave', args[0]));
    },
    [IPC_CHANNELS.abortExportSave]: async (event, ...args) => {
      assertTrustedSender(event, deps);
      if (args.length !== 1) throw new TypeError('abortExportSave takes a save id');
      await streamedSaves.abort(saveIdOf('abortExportSave', args[0]));
    },
  };
}
