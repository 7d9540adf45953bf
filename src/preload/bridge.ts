import type { IpcRenderer, IpcRendererEvent } from 'electron';
import {
  IPC_CHANNELS,
  MENU_COMMANDS,
  type MenuCommand,
  type OpenFilesResult,
  type SaveExportRequest,
  type SaveExportResult,
  type SpanlightBridge,
} from '../shared/ipc';

/**
 * The `window.spanlight` API. Each member is a named function bound to one fixed channel; the renderer can
 * neither pick a channel nor reach ipcRenderer, so a compromised page is limited to these few requests.
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
      // Only the two known fields cross over; main validates them again.
      return ipc.invoke(IPC_CHANNELS.saveExport, {
        suggestedName: request?.suggestedName,
        content: request?.content,
      });
    },
    openExternal(url: string): Promise<boolean> {
      return ipc.invoke(IPC_CHANNELS.openExternal, url);
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
