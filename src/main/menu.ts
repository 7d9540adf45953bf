import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { Menu } from 'electron';
import { IPC_CHANNELS, type MenuCommand } from '../shared/ipc';

/**
 * The application menu. App-specific items only send a MenuCommand to the renderer, which owns the actual
 * Open and Export flows (and calls back through the preload bridge), so keyboard shortcuts and the renderer's
 * own buttons share one code path.
 */

export interface MenuOptions {
  isMac: boolean;
  /** Developer tools only in unpackaged builds. */
  isPackaged: boolean;
}

export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  { isMac, isPackaged }: MenuOptions,
): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => send('open') },
      { label: 'Export JSON…', accelerator: 'CmdOrCtrl+E', click: () => send('export-json') },
      { type: 'separator' },
      { label: 'Back up now', click: () => send('backup-now') },
      { label: 'Restore from backup…', click: () => send('restore-backup') },
      { type: 'separator' },
      // macOS quits from the app menu; File ends with Close Window there, as platform convention has it.
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'reload' },
      ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  return isMac ? [{ role: 'appMenu' }, file, edit, view, window] : [file, edit, view, window];
}

/** Installs the menu; commands go to whichever window is the main one at click time. */
export function installMenu(getMainWindow: () => BrowserWindow | null, options: MenuOptions): void {
  const send = (command: MenuCommand) => {
    const window = getMainWindow();
    if (window && !window.isDestroyed()) window.webContents.send(IPC_CHANNELS.menuCommand, command);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(send, options)));
}
