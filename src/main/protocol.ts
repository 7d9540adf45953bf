import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';
import { APP_HOST, APP_SCHEME } from './origin';

/**
 * Serves the built renderer (out/renderer) at app://spanlight/…. A fixed, standard, secure origin keeps the
 * IndexedDB store in one place across launches and versions, which file:// would not guarantee.
 */

/** Registered before `ready` (Electron requires it). No bypassCSP and no corsEnabled: the app gets no exemptions. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, bypassCSP: false },
} as const;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

const PREFIX = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Maps a request URL to a file under `rootDir`, or null (→ 404). Works on the raw string rather than a
 * normalised URL so that `..`, `%2e%2e`, encoded slashes and backslashes are refused instead of being
 * silently resolved; the final containment check is a second line of defence.
 */
export function resolveAppUrl(url: string, rootDir: string): string | null {
  const withoutQuery = url.split(/[?#]/, 1)[0] ?? '';
  if (withoutQuery.toLowerCase().slice(0, PREFIX.length) !== PREFIX) return null;
  const rest = withoutQuery.slice(PREFIX.length);
  // Anything but "/" after the host is a port, credentials or a longer host name ("spanlight.evil").
  if (rest !== '' && !rest.startsWith('/')) return null;
  const rawPath = rest.slice(1);
  const rawSegments = rawPath === '' ? ['index.html'] : rawPath.split('/');

  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // Empty ("//"), dot segments and dot files, separators smuggled in encoded, NUL, and ":" (drive letters,
    // NTFS streams) have no place in a path of the built renderer.
    if (segment === '' || segment.startsWith('.') || /[/\\\0:]/.test(segment)) return null;
    if ([...segment].some((ch) => ch.charCodeAt(0) < 0x20)) return null;
    segments.push(segment);
  }

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  if (!filePath.startsWith(root + path.sep)) return null;
  return filePath;
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
}

type ReadFile = (filePath: string) => Promise<Uint8Array>;

/** The protocol.handle handler, separated from Electron so it can be exercised with plain Request objects. */
export function createAppProtocolHandler(
  rootDir: string,
  read: ReadFile = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: securityHeaders('text/plain') });
    }
    const filePath = resolveAppUrl(request.url, rootDir);
    if (filePath === null) return notFound();
    let body: Uint8Array;
    try {
      body = await read(filePath);
    } catch {
      // Missing file, a directory, unreadable: the renderer only needs to know it is not there.
      return notFound();
    }
    const headers = securityHeaders(contentTypeFor(filePath));
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers,
    });
  };
}

/** Installs the handler on the default session; the renderer lives next to main in the build output. */
export function registerAppProtocol(rootDir: string = path.join(__dirname, '../renderer')): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
