import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ protocol: { handle: vi.fn() } }));
vi.mock('electron', () => electron);

const { CONTENT_SECURITY_POLICY } = await import('../../src/main/csp');
const {
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  createAppProtocolHandler,
  registerAppProtocol,
  resolveAppUrl,
} = await import('../../src/main/protocol');

const root = path.resolve('/srv/spanlight/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('resolveAppUrl', () => {
  it.each([
    ['app://spanlight/index.html', inRoot('index.html')],
    ['app://spanlight/', inRoot('index.html')],
    ['app://spanlight', inRoot('index.html')],
    ['app://spanlight/assets/index-abc.js', inRoot('assets', 'index-abc.js')],
    ['app://spanlight/assets/index.css?v=2#x', inRoot('assets', 'index.css')],
    ['app://spanlight/fonts/noto%20sans.woff2', inRoot('fonts', 'noto sans.woff2')],
  ])('serves %s', (url, expected) => {
    expect(resolveAppUrl(url, root)).toBe(expected);
  });

  it.each([
    'app://spanlight/../secret.txt',
    'app://spanlight/assets/../../secret.txt',
    'app://spanlight/%2e%2e/secret.txt',
    'app://spanlight/%2E%2E/%2E%2E/etc/passwd',
    'app://spanlight/.%2e/secret.txt',
    'app://spanlight/assets%2f..%2f..%2fsecret.txt',
    'app://spanlight/..%5c..%5csecret.txt',
    'app://spanlight/assets\\..\\..\\secret.txt',
    'app://spanlight/./index.html',
    'app://spanlight/.env',
    'app://spanlight//etc/passwd',
    'app://spanlight/assets/',
    'app://spanlight/C:%5cWindows%5cwin.ini',
    'app://spanlight/C:/Windows/win.ini',
    'app://spanlight/index.html%00.png',
    'app://spanlight/%E0%A4%A',
    'app://spanlight/a%0Ab',
    'app://evil/index.html',
    'app://spanlight.evil/index.html',
    'app://spanlight:8080/index.html',
    'app://user@spanlight/index.html',
    'https://spanlight/index.html',
    'file:///srv/spanlight/renderer/index.html',
    '',
  ])('refuses %s', (url) => {
    expect(resolveAppUrl(url, root)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['f.woff2', 'font/woff2'],
    ['f.woff', 'font/woff'],
    ['i.PNG', 'image/png'],
    ['i.svg', 'image/svg+xml'],
    ['m.json', 'application/json; charset=utf-8'],
    ['favicon.ico', 'image/x-icon'],
    ['blob.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('createAppProtocolHandler', () => {
  let dir: string;
  let rendererDir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'spanlight-protocol-'));
    rendererDir = path.join(dir, 'renderer');
    await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Spanlight</title>');
    await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'secret.txt'), 'do not serve');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves a file with its type, the CSP and nosniff', async () => {
    const response = await createAppProtocolHandler(rendererDir)(
      new Request('app://spanlight/assets/app.js'),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html for the bare origin', async () => {
    const response = await createAppProtocolHandler(rendererDir)(new Request('app://spanlight/'));
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Spanlight</title>');
  });

  it.each([
    'app://spanlight/../secret.txt',
    'app://spanlight/%2e%2e/secret.txt',
    'app://spanlight/missing.js',
    'app://spanlight/assets',
  ])('answers 404 for %s', async (url) => {
    // A plain object, not a Request: Request would normalise the dot segments away before the handler saw them.
    const response = await createAppProtocolHandler(rendererDir)({ url, method: 'GET' } as Request);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const request = new Request('app://spanlight/index.html', { method: 'POST', body: 'x' });
    const response = await createAppProtocolHandler(rendererDir)(request);
    expect(response.status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await createAppProtocolHandler(rendererDir)(
      new Request('app://spanlight/index.html', { method: 'HEAD' }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('registration', () => {
  it('privileges the scheme without exemptions from CSP or CORS', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toEqual({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      bypassCSP: false,
    });
  });

  it('hands the handler to protocol.handle for the app scheme', async () => {
    registerAppProtocol('/nowhere');
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
