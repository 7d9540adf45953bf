import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { describe, expect, it, vi } from 'vitest';

/** A BrowserWindow stand-in that records the options each window is created with. */
const fake = vi.hoisted(() => {
  const created: { options: unknown; loaded: string[]; once: Map<string, () => void>; show: () => void }[] =
    [];
  class FakeBrowserWindow {
    record;
    constructor(options: unknown) {
      this.record = { options, loaded: [] as string[], once: new Map<string, () => void>(), show: vi.fn() };
      created.push(this.record);
    }
    once(name: string, listener: () => void) {
      this.record.once.set(name, listener);
    }
    show() {
      this.record.show();
    }
    async loadURL(url: string) {
      this.record.loaded.push(url);
    }
  }
  return { created, FakeBrowserWindow };
});
vi.mock('electron', () => ({ BrowserWindow: fake.FakeBrowserWindow }));

const { createMainWindow, rendererEntryUrl } = await import('../../src/main/window');

function created(devServerUrl?: string) {
  createMainWindow(devServerUrl, '/app/out/preload/index.js');
  const record = fake.created.at(-1);
  if (!record) throw new Error('no window created');
  return record;
}

describe('createMainWindow: the options Electron receives', () => {
  const record = created();
  const options = record.options as BrowserWindowConstructorOptions;
  const prefs = (options.webPreferences ?? {}) as WebPreferences;

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['spellcheck', false],
  ] as const)('sets webPreferences.%s to %s explicitly', (flag, value) => {
    // toBe on the own property: an absent flag (Electron default) must fail too.
    expect(Object.hasOwn(prefs, flag)).toBe(true);
    expect(prefs[flag]).toBe(value);
  });

  it('uses the given preload and nothing that would widen the renderer', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.js');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('partition');
    expect(prefs).not.toHaveProperty('enableRemoteModule');
  });

  it('is titled Spanlight, sized sensibly and hidden until ready-to-show', () => {
    expect(options.title).toBe('Spanlight');
    expect(options.show).toBe(false);
    expect(options.width).toBeGreaterThanOrEqual(1024);
    expect(options.minWidth).toBeLessThanOrEqual(options.width ?? 0);
    expect(record.show).not.toHaveBeenCalled();
    record.once.get('ready-to-show')?.();
    expect(record.show).toHaveBeenCalledOnce();
  });

  it('takes its task bar icon from resources/icon.png', () => {
    expect(String(options.icon)).toMatch(/resources[\\/]icon\.png$/);
  });

  it('loads the app protocol, or the dev server when one is given', () => {
    expect(record.loaded).toEqual(['app://spanlight/index.html']);
    expect(created('http://localhost:5173').loaded).toEqual(['http://localhost:5173']);
  });

  it('defaults the preload to out/preload/index.js beside the built main', () => {
    createMainWindow(undefined);
    const options = fake.created.at(-1)?.options as BrowserWindowConstructorOptions | undefined;
    expect(options?.webPreferences?.preload).toMatch(/preload[\\/]index\.js$/);
  });
});

describe('rendererEntryUrl', () => {
  it('loads the app protocol unless a dev server is given', () => {
    expect(rendererEntryUrl(undefined)).toBe('app://spanlight/index.html');
    expect(rendererEntryUrl('http://localhost:5173')).toBe('http://localhost:5173');
  });
});
