import { describe, expect, it, vi } from 'vitest';
import { blockNetwork, isRequestAllowed } from '../../src/main/network';
import { isAppUrl } from '../../src/main/origin';

const packaged = (url: string) => isAppUrl(url);
const developing = (url: string) => isAppUrl(url, 'http://localhost:5173/');

describe('isRequestAllowed', () => {
  it.each([
    ['app://spanlight/index.html', true],
    ['app://spanlight/assets/pdf.worker.min.mjs', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:app://spanlight/0c3e6f0a-1111-2222-3333-444455556666', true],
    ['app://evil/index.html', false],
    ['https://www.sy-24.com/pixel.gif', false],
    ['http://127.0.0.1:8080/track', false],
    ['ws://localhost:5173/', false],
    ['file:///etc/passwd', false],
    ['ftp://example.com/x', false],
    ['not a url', false],
  ])('packaged app: %s → %s', (url, allowed) => {
    expect(isRequestAllowed(url, packaged)).toBe(allowed);
  });

  it.each([
    ['http://localhost:5173/src/main.tsx', true],
    ['ws://localhost:5173/', true],
    ['ws://localhost:9999/', false],
    ['http://localhost:9999/', false],
    ['https://fonts.googleapis.com/css', false],
  ])('while developing: %s → %s', (url, allowed) => {
    expect(isRequestAllowed(url, developing)).toBe(allowed);
  });
});

describe('blockNetwork', () => {
  it('cancels remote requests and lets the app through', () => {
    let listener:
      | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void)
      | null = null;
    const session = {
      webRequest: {
        onBeforeRequest: vi.fn((fn) => {
          listener = fn;
        }),
      },
    };
    blockNetwork(session as never, packaged);
    const decide = (url: string) => {
      const callback = vi.fn();
      (listener as unknown as (d: { url: string }, c: typeof callback) => void)({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('https://tracker.example/pixel')).toEqual({ cancel: true });
    expect(decide('app://spanlight/index.html')).toEqual({ cancel: false });
  });
});
