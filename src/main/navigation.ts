import type { WebContents } from 'electron';
import { externalUrl } from '../shared/ipc';

/**
 * Navigation guards for every webContents (attached from app 'web-contents-created', so windows created
 * later are covered too). The renderer never leaves the app's origin; https links go to the OS browser.
 */

export interface NavigationPolicy {
  /** True for the app's own URLs (see origin.ts). */
  isAppUrl(url: string): boolean;
  /** shell.openExternal in production; injectable for tests. */
  openExternal(url: string): Promise<void>;
}

/** The events and methods the guards use; a fake with this shape is enough in tests. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function applyNavigationGuards(contents: GuardedContents, policy: NavigationPolicy): void {
  contents.on('will-navigate', (event) => {
    if (!policy.isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!policy.isAppUrl(event.url)) event.preventDefault();
  });
  // <webview> is disabled in webPreferences; refusing the attach is the belt to those braces.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const allowed = externalUrl(url);
    if (allowed !== null) {
      policy.openExternal(allowed).catch(() => {
        // No browser configured: nothing useful to tell the renderer from here.
      });
    }
    return { action: 'deny' };
  });
}
