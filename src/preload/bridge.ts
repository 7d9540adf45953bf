import type { IpcRenderer, IpcRendererEvent } from 'electron';
import {
  type BackupInfo,
  type BeginExportSaveRequest,
  type BeginExportSaveResult,
  type ExportChunkResult,
  IPC_CHANNELS,
  MENU_COMMANDS,
  type MenuCommand,
  type OpenFilesResult,
  type ReadBackupResult,
  type SaveExportRequest,
  type SaveExportResult,
  type Sentinel,
  type SpanlightBridge,
  type WriteBackupRequest,
  type WriteBackupResult,
  type WriteSentinelResult,
} from '../shared/ipc';

/**
 * The `window.spanlight` API. Each member is a named function bound to one fixed channel; the renderer can
 * neither pick a channel nor reach ipcRenderer, so a compromised page is limited to these few requests.
 * Objects are rebuilt from their known fields before they cross over; main validates them again.
 */

export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

export function createBridge(ipc: BridgeIpc): SpanlightBridge {
  return Object.freeze({
    platform: 'electron' as const,
    openFiles(): Promise<OpenFilesResult> {
      return ipc.invoke(IPC_CHANNELS.openFiles);
    },
    saveExport(request: SaveExportRequest): Promise<SaveExportResult> {
      return ipc.invoke(IPC_CHANNELS.saveExport, {
        suggestedName: request?.suggestedName,
        content: request?.content,
        // A zip (brat) comes as base64: without this main would write the base64 text itself.
        ...(request?.encoding !== undefined ? { encoding: request.encoding } : {}),
      });
    },
    beginExportSave(request: BeginExportSaveRequest): Promise<BeginExportSaveResult> {
      return ipc.invoke(IPC_CHANNELS.beginExportSave, { suggestedName: request?.suggestedName });
    },
    writeExportChunk(saveId: string, chunk: string | Uint8Array): Promise<ExportChunkResult> {
      return ipc.invoke(IPC_CHANNELS.writeExportChunk, saveId, chunk);
    },
    finishExportSave(saveId: string): Promise<SaveExportResult> {
      return ipc.invoke(IPC_CHANNELS.finishExportSave, saveId);
    },
    async abortExportSave(saveId: string): Promise<void> {
      await ipc.invoke(IPC_CHANNELS.abortExportSave, saveId);
    },
    openExternal(url: string): Promise<boolean> {
      return ipc.invoke(IPC_CHANNELS.openExternal, url);
    },
    writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult> {
      return ipc.invoke(IPC_CHANNELS.writeBackup, {
        reason: request?.reason,
        content: request?.content,
        counts: { documents: request?.counts?.documents, spans: request?.counts?.spans },
      });
    },
    listBackups(): Promise<BackupInfo[]> {
      return ipc.invoke(IPC_CHANNELS.listBackups);
    },
    readBackup(name: string): Promise<ReadBackupResult> {
      return ipc.invoke(IPC_CHANNELS.readBackup, name);
    },
    writeSentinel(sentinel: Sentinel): Promise<WriteSentinelResult> {
      return ipc.invoke(IPC_CHANNELS.writeSentinel, {
        documents: sentinel?.documents,
        spans: sentinel?.spans,
        lastWriteAt: sentinel?.lastWriteAt,
      });
    },
    readSentinel(): Promise<Sentinel | null> {
      return ipc.invoke(IPC_CHANNELS.readSentinel);
    },
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
      // The event object is dropped: it carries `sender`, which must not reach the page.
      const forward = (_event: IpcRendererEvent, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(IPC_CHANNELS.menuCommand, forward);
      return () => {
        ipc.removeListener(IPC_CHANNELS.menuCommand, forward);
      };
    },
  });
}
