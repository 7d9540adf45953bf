import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: vi.fn() }));

const { mainWindowOptions, rendererEntryUrl } = await import('../../src/main/window');

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.js');
  const prefs = options.webPreferences ?? {};

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
  });

  it('is titled Spanlight, sized sensibly and hidden until ready-to-show', () => {
    expect(options.title).toBe('Spanlight');
    expect(options.show).toBe(false);
    expect(options.width).toBeGreaterThanOrEqual(1024);
    expect(options.minWidth).toBeLessThanOrEqual(options.width ?? 0);
  });
});

describe('rendererEntryUrl', () => {
  it('loads the app protocol unless a dev server is given', () => {
    expect(rendererEntryUrl(undefined)).toBe('app://spanlight/index.html');
    expect(rendererEntryUrl('http://localhost:5173')).toBe('http://localhost:5173');
  });
});
