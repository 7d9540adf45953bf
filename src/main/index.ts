import path from 'node:path';
import { app, type BrowserWindow, dialog, protocol, session, shell } from 'electron';
import { createBackupStore } from './backups';
import { applyCspHeaders, CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './csp';
import { readFileCapped, writeFileAtomic } from './files';
import { registerIpcHandlers } from './ipc';
import { installMenu } from './menu';
import { applyNavigationGuards } from './navigation';
import { blockNetwork } from './network';
import { isAppUrl } from './origin';
import { denyAllPermissions } from './permissions';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { createStreamedSaves } from './streamedSave';
import { createMainWindow } from './window';

/**
 * Bootstrap only: wires the modules of this folder to Electron's lifecycle. Order matters here; each step
 * notes what it must precede.
 */

// Must run before `ready`: the scheme's privileges are fixed when Chromium starts.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// Pinned so the IndexedDB store (all the user's work) never moves with a rename of package.json's name.
// SPANLIGHT_USER_DATA_DIR gives automated tests of an unpackaged build a throwaway profile; a packaged app
// ignores it, so its profile cannot be redirected.
const testProfile = app.isPackaged ? undefined : process.env.SPANLIGHT_USER_DATA_DIR;
app.setPath(
  'userData',
  testProfile && path.isAbsolute(testProfile) ? testProfile : path.join(app.getPath('appData'), 'Spanlight'),
);

// The only place the shell opens a URL: navigation.ts and ipc.ts pass it URLs that externalUrl (src/shared/ipc.ts)
// accepted and normalised, https only.
const openExternal = (url: string) => shell.openExternal(url);

// Every renderer sandboxed, whatever options a future window is created with.
app.enableSandbox();

// electron-vite sets this while developing; a packaged app never trusts it.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const isTrusted = (url: string) => isAppUrl(url, devServerUrl);

let mainWindow: BrowserWindow | null = null;
const getMainWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

// Streamed exports in progress; a window closed mid-export leaves no temp file behind.
const streamedSaves = createStreamedSaves({
  showSaveDialog: (window, options) => dialog.showSaveDialog(window, options),
});

function openMainWindow(): void {
  const window = createMainWindow(devServerUrl);
  window.on('closed', () => {
    void streamedSaves.abortAll();
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

// Two instances would share one IndexedDB profile and overwrite each other's work.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const window = getMainWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });

  // Registered before any window exists, so no webContents escapes the guards.
  app.on('web-contents-created', (_event, contents) => {
    applyNavigationGuards(contents, { isAppUrl: isTrusted, openExternal });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      registerAppProtocol();
      denyAllPermissions(session.defaultSession);
      blockNetwork(session.defaultSession, isTrusted);
      applyCspHeaders(
        session.defaultSession,
        devServerUrl ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
      );
      registerIpcHandlers({
        getMainWindow,
        isAppUrl: isTrusted,
        showOpenDialog: (window, options) => dialog.showOpenDialog(window, options),
        showSaveDialog: (window, options) => dialog.showSaveDialog(window, options),
        readFile: readFileCapped,
        writeFile: (filePath, content) => writeFileAtomic(filePath, content),
        openExternal,
        // After setPath above, so backups live beside the IndexedDB profile they protect.
        backups: createBackupStore(app.getPath('userData')),
        streamedSaves,
      });
      installMenu(getMainWindow, { isMac: process.platform === 'darwin', isPackaged: app.isPackaged });
      openMainWindow();

      app.on('activate', () => {
        // macOS: clicking the dock icon with no window open brings one back.
        if (!getMainWindow()) openMainWindow();
      });
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'Spanlight could not start',
        error instanceof Error ? error.message : String(error),
      );
      app.quit();
    });
}
