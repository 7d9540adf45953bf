import path from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './origin';

/**
 * The one application window. The renderer is treated as untrusted web content: no Node, sandboxed,
 * isolated, and it reaches the main process only through the preload's named functions.
 *
 * The options are written out where the window is created (not assembled elsewhere and spread in), so that
 * both the tests (test/main/window.test.ts) and static analysis (scripts/electronegativity.mjs) see exactly
 * what Electron receives.
 */

/** Where the window loads from: the dev server while developing, the app protocol otherwise. */
export function rendererEntryUrl(devServerUrl: string | undefined): string {
  return devServerUrl ?? APP_ENTRY_URL;
}

export function createMainWindow(
  devServerUrl: string | undefined,
  preloadPath: string = path.join(__dirname, '../preload/index.js'),
): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Spanlight',
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 480,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    // Linux and Windows show it in the task bar; macOS takes the bundle's icon.
    icon: path.join(__dirname, '../../resources/icon.png'),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Articles are in many languages; a spellchecker would underline most of them and could phone home
      // for dictionaries.
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererEntryUrl(devServerUrl));
  return window;
}
