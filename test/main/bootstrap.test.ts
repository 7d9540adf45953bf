import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fake of the Electron surface src/main/index.ts touches, recording call order. */
const fake = vi.hoisted(() => {
  const order: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  let resolveReady: () => void = () => {};
  const state = { lock: true, packaged: false };
  const windows: FakeWindow[] = [];

  class FakeWindow {
    listeners = new Map<string, () => void>();
    options: unknown;
    loadedUrl = '';
    minimized = true;
    constructor(options: unknown) {
      this.options = options;
      windows.push(this);
      order.push('new BrowserWindow');
    }
    once(name: string, listener: () => void) {
      this.listeners.set(name, listener);
    }
    on(name: string, listener: () => void) {
      this.listeners.set(name, listener);
    }
    loadURL = vi.fn(async (url: string) => {
      this.loadedUrl = url;
    });
    isDestroyed = () => false;
    isMinimized = () => this.minimized;
    restore = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    webContents = { send: vi.fn() };
  }

  const session = {
    setPermissionRequestHandler: vi.fn(() => order.push('permissions')),
    setPermissionCheckHandler: vi.fn(),
    webRequest: {
      onHeadersReceived: vi.fn(() => order.push('csp')),
      onBeforeRequest: vi.fn(() => order.push('network')),
    },
  };
  const electron = {
    app: {
      get isPackaged() {
        return state.packaged;
      },
      getPath: vi.fn((name: string) => (name === 'appData' ? '/home/u/.config' : `/x/${name}`)),
      setPath: vi.fn((name: string) => order.push(`setPath ${name}`)),
      enableSandbox: vi.fn(() => order.push('enableSandbox')),
      requestSingleInstanceLock: vi.fn(() => {
        order.push('lock');
        return state.lock;
      }),
      quit: vi.fn(),
      on: vi.fn((name: string, listener: (...args: unknown[]) => void) => {
        appListeners.set(name, listener);
      }),
      whenReady: vi.fn(() => new Promise<void>((resolve) => (resolveReady = resolve))),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => order.push('registerSchemes')),
      handle: vi.fn(() => order.push('protocol.handle')),
    },
    session: { defaultSession: session },
    ipcMain: { handle: vi.fn(() => order.push('ipcMain.handle')) },
    Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn(() => order.push('menu')) },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn(async () => {}) },
    BrowserWindow: FakeWindow,
  };
  return { order, appListeners, state, windows, electron, session, ready: () => resolveReady() };
});
vi.mock('electron', () => fake.electron);

async function boot({ lock = true, packaged = false } = {}) {
  fake.state.lock = lock;
  fake.state.packaged = packaged;
  await import('../../src/main/index');
}

async function becomeReady() {
  fake.ready();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  fake.order.length = 0;
  fake.appListeners.clear();
  fake.windows.length = 0;
  delete process.env.SPANLIGHT_USER_DATA_DIR;
  delete process.env.ELECTRON_RENDERER_URL;
});

describe('main process bootstrap', () => {
  it('privileges the scheme, pins the profile and sandboxes before asking for the lock', async () => {
    await boot();
    expect(fake.order).toEqual(['registerSchemes', 'setPath userData', 'enableSandbox', 'lock']);
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(fake.electron.app.setPath).toHaveBeenCalledWith(
      'userData',
      path.join('/home/u/.config', 'Spanlight'),
    );
  });

  it('uses an absolute test profile from SPANLIGHT_USER_DATA_DIR when unpackaged, not a relative one', async () => {
    process.env.SPANLIGHT_USER_DATA_DIR = '/tmp/spanlight-profile';
    await boot();
    expect(fake.electron.app.setPath).toHaveBeenCalledWith('userData', '/tmp/spanlight-profile');

    vi.resetModules();
    process.env.SPANLIGHT_USER_DATA_DIR = 'relative/profile';
    await boot();
    expect(fake.electron.app.setPath).toHaveBeenLastCalledWith(
      'userData',
      path.join('/home/u/.config', 'Spanlight'),
    );
  });

  it('ignores SPANLIGHT_USER_DATA_DIR in a packaged app', async () => {
    process.env.SPANLIGHT_USER_DATA_DIR = '/tmp/elsewhere';
    await boot({ packaged: true });
    expect(fake.electron.app.setPath).toHaveBeenCalledWith(
      'userData',
      path.join('/home/u/.config', 'Spanlight'),
    );
  });

  it('quits at once when another instance holds the lock', async () => {
    await boot({ lock: false });
    expect(fake.electron.app.quit).toHaveBeenCalledOnce();
    expect(fake.electron.app.whenReady).not.toHaveBeenCalled();
    expect(fake.appListeners.size).toBe(0);
  });

  it('guards every webContents from before the first window exists', async () => {
    await boot();
    const created = fake.appListeners.get('web-contents-created');
    expect(created).toBeDefined();
    const on = vi.fn();
    const setWindowOpenHandler = vi.fn();
    created?.({}, { on, setWindowOpenHandler });
    expect(on.mock.calls.map((call) => call[0])).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
    expect(setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('on ready: protocol, session hardening, IPC and menu, then the window on the app origin', async () => {
    await boot({ packaged: true });
    fake.order.length = 0;
    await becomeReady();
    expect(fake.order).toEqual([
      'protocol.handle',
      'permissions',
      'network',
      'csp',
      // Every request channel of src/shared/ipc.ts (the streamed save added four).
      ...Array(12).fill('ipcMain.handle'),
      'menu',
      'new BrowserWindow',
    ]);
    const [window] = fake.windows;
    expect(window?.loadedUrl).toBe('app://spanlight/index.html');
    expect(window?.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true } });
    expect(window?.options).toMatchObject({
      webPreferences: { preload: expect.stringMatching(/preload[\\/]index\.js$/) },
    });
    window?.listeners.get('ready-to-show')?.();
    expect(window?.show).toHaveBeenCalled();
  });

  it('keeps backups in the pinned profile folder, read after it was set', async () => {
    await boot({ packaged: true });
    fake.electron.app.getPath.mockClear();
    await becomeReady();
    expect(fake.electron.app.getPath).toHaveBeenCalledWith('userData');
    const channels = fake.electron.ipcMain.handle.mock.calls.map((call) => (call as unknown[])[0]);
    expect(channels).toEqual(
      expect.arrayContaining(['spanlight:write-backup', 'spanlight:list-backups', 'spanlight:read-sentinel']),
    );
  });

  it('loads the dev server only in an unpackaged app', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    await boot({ packaged: false });
    await becomeReady();
    expect(fake.windows[0]?.loadedUrl).toBe('http://localhost:5173');

    vi.resetModules();
    fake.windows.length = 0;
    await boot({ packaged: true });
    await becomeReady();
    expect(fake.windows[0]?.loadedUrl).toBe('app://spanlight/index.html');
  });

  it('brings the window back when a second instance starts', async () => {
    await boot();
    await becomeReady();
    fake.appListeners.get('second-instance')?.();
    const [window] = fake.windows;
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
  });

  it('quits when the last window closes, except on macOS', async () => {
    await boot();
    const allClosed = fake.appListeners.get('window-all-closed');
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    try {
      Object.defineProperty(process, 'platform', { value: 'linux' });
      allClosed?.();
      expect(fake.electron.app.quit).toHaveBeenCalledOnce();
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      allClosed?.();
      expect(fake.electron.app.quit).toHaveBeenCalledOnce();
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform);
    }
  });
});
