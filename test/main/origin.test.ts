import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../src/main/origin';

describe('isAppUrl', () => {
  it.each([
    ['app://spanlight/index.html', undefined, true],
    ['app://spanlight/assets/x.js?v=1#top', undefined, true],
    ['app://evil/index.html', undefined, false],
    ['app://spanlight.evil/index.html', undefined, false],
    ['app://user@spanlight/index.html', undefined, false],
    ['https://spanlight/index.html', undefined, false],
    ['file:///app/out/renderer/index.html', undefined, false],
    ['http://localhost:5173/', undefined, false],
    ['http://localhost:5173/', 'http://localhost:5173', true],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173/', true],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['http://127.0.0.1:5173/', 'http://localhost:5173', false],
    ['https://evil.example/', 'http://localhost:5173', false],
    ['javascript:alert(1)', 'http://localhost:5173', false],
    ['not a url', undefined, false],
  ])('%s (dev server %s) → %s', (url, dev, expected) => {
    expect(isAppUrl(url, dev)).toBe(expected);
  });

  it('ignores a dev server URL that is not http(s)', () => {
    expect(isAppUrl('file:///etc/passwd', 'file:///etc')).toBe(false);
  });
});
