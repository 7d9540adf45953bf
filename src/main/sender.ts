import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';

/**
 * The check every IPC handler runs first: only the main window's top frame, showing the app itself, may call
 * into the main process. A subframe, another window or a page that navigated elsewhere is refused.
 */

export interface TrustedSenderDeps {
  getMainWindow(): BrowserWindow | null;
  /** True for the app's own URLs (see origin.ts). */
  isAppUrl(url: string): boolean;
}

export class UntrustedSenderError extends Error {
  override name = 'UntrustedSenderError';
}

/** Returns the main window when the sender is its main frame on the app origin; throws otherwise. */
export function assertTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  deps: TrustedSenderDeps,
): BrowserWindow {
  const window = deps.getMainWindow();
  const frame = event.senderFrame;
  if (!window || window.isDestroyed() || !frame) {
    throw new UntrustedSenderError('IPC refused: no trusted window');
  }
  const main = window.webContents.mainFrame;
  // Compared by identity tokens rather than object identity, which Electron does not promise.
  const sameFrame =
    frame === main || (frame.processId === main.processId && frame.frameToken === main.frameToken);
  if (!sameFrame) {
    throw new UntrustedSenderError('IPC refused: sender is not the main frame of the main window');
  }
  if (!deps.isAppUrl(frame.url)) {
    throw new UntrustedSenderError('IPC refused: sender is not on the app origin');
  }
  return window;
}

/** Handlers that take no argument refuse any, so a renderer cannot smuggle in a path for later use. */
export function assertNoArgs(args: unknown[]): void {
  if (args.length !== 0) throw new TypeError('this call takes no arguments');
}
