import { describe, expect, it, vi } from 'vitest';
import { applyNavigationGuards, type GuardedContents } from '../../src/main/navigation';
import { isAppUrl } from '../../src/main/origin';

type Listener = (event: { url?: string; preventDefault: () => void }) => void;

function guardedContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  const openExternal = vi.fn(async (_url: string) => {});
  applyNavigationGuards(contents as unknown as GuardedContents, {
    isAppUrl: (url) => isAppUrl(url, undefined),
    openExternal,
  });
  /** Emits `name` and reports whether the listener prevented it. */
  const emit = (name: string, url?: string) => {
    const preventDefault = vi.fn();
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no listener for ${name}`);
    listener({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window open handler');
    return openHandler({ url });
  };
  return { emit, open, openExternal };
}

describe('navigation guards', () => {
  it.each(['will-navigate', 'will-redirect'])('%s: stays on the app origin', (name) => {
    const { emit } = guardedContents();
    expect(emit(name, 'https://evil.example/')).toBe(true);
    expect(emit(name, 'file:///etc/passwd')).toBe(true);
    expect(emit(name, 'app://other/index.html')).toBe(true);
    expect(emit(name, 'app://spanlight/index.html')).toBe(false);
  });

  it('refuses to attach a webview', () => {
    expect(guardedContents().emit('will-attach-webview')).toBe(true);
  });

  it('denies window.open and sends https links to the OS browser', () => {
    const { open, openExternal } = guardedContents();
    expect(open('https://example.org/article')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/article');
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://server/share',
    'http://example.org/',
    'https://user@evil.example/',
    'https://user:pw@evil.example/',
    'app://spanlight/index.html',
    'data:text/html,hi',
  ])('denies window.open(%s) without opening it anywhere', (url) => {
    const { open, openExternal } = guardedContents();
    expect(open(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('survives an openExternal failure', async () => {
    const { open, openExternal } = guardedContents();
    openExternal.mockRejectedValueOnce(new Error('no browser'));
    expect(open('https://example.org/')).toEqual({ action: 'deny' });
    await Promise.resolve();
  });
});
