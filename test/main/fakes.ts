import type { BrowserWindow, IpcMainInvokeEvent, WebFrameMain } from 'electron';

/** Minimal stand-ins for Electron objects used by the IPC tests. */

export function fakeFrame(url: string, token = 'main-token', processId = 7): WebFrameMain {
  return { url, frameToken: token, processId } as unknown as WebFrameMain;
}

export function fakeWindow(mainFrame: WebFrameMain, destroyed = false): BrowserWindow {
  return {
    isDestroyed: () => destroyed,
    webContents: { mainFrame },
  } as unknown as BrowserWindow;
}

export function eventFrom(frame: WebFrameMain | null): IpcMainInvokeEvent {
  return { senderFrame: frame } as unknown as IpcMainInvokeEvent;
}
