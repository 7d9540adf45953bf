import type { MenuCommand, OpenFilesResult, SpanlightBridge } from '../../shared/ipc';
import { type BackupTarget, browserBackups, electronBackups } from './backupTarget';
import { blobExportSink, type ExportSink, electronExportSink } from './exportSink';

/**
 * What differs between the Electron window and browser mode. Everything else (parsing, storage, the
 * interface) is the same code in both.
 */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** Electron: the native Open dialog (read by main). Browser mode returns null: use an <input type=file>. */
  openFiles(): Promise<OpenFilesResult> | null;
  /** Saves an export; resolves to a sentence saying where it went, or null when the user cancelled. */
  saveExport(fileName: string, content: string, encoding?: 'utf8' | 'base64'): Promise<string | null>;
  /**
   * A streamed export's destination (exportSink.ts); null when the user cancelled the Save dialog. Optional for
   * stand-ins (tests): without it the chunks are joined and handed to saveExport (savingExportSink).
   */
  openExportSink?(fileName: string): Promise<ExportSink | null>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Snapshots outside IndexedDB; null where none is possible (then the interface reminds to export). */
  readonly backups: BackupTarget | null;
}

export function electronPlatform(bridge: SpanlightBridge): Platform {
  return {
    kind: 'electron',
    openFiles: () => bridge.openFiles(),
    async saveExport(fileName, content, encoding = 'utf8') {
      const result = await bridge.saveExport({ suggestedName: fileName, content, encoding });
      if (result.saved) return `Saved ${result.path}`;
      if (result.reason) throw new Error(result.reason);
      return null;
    },
    openExportSink: (fileName) => electronExportSink(bridge, fileName),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    backups: electronBackups(bridge),
  };
}

export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    openFiles: () => null,
    async saveExport(fileName, content, encoding = 'utf8') {
      const body = encoding === 'base64' ? Uint8Array.from(atob(content), (c) => c.charCodeAt(0)) : content;
      const type = encoding === 'base64' ? 'application/zip' : 'application/octet-stream';
      const url = URL.createObjectURL(
        new Blob([body], { type: fileName.endsWith('.json') ? 'application/json' : type }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked later: revoking at once can cancel the download in Chromium.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return `Downloaded ${fileName}`;
    },
    openExportSink: async (fileName) => blobExportSink(fileName),
    onMenuCommand: () => () => {},
    backups: browserBackups(),
  };
}

export function detectPlatform(): Platform {
  return window.spanlight?.platform === 'electron' ? electronPlatform(window.spanlight) : browserPlatform();
}
