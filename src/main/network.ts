import type { Session } from 'electron';

/**
 * Spanlight never talks to the network. Every request the renderer's session makes is cancelled unless it
 * is for the app itself (app://spanlight, or the dev server while developing) or in-memory data (data:,
 * blob:). So an imported page, PDF or Word file cannot fetch a tracking pixel, a font or a script, even if
 * something slipped past the sanitizer and the CSP.
 */
const IN_MEMORY_SCHEMES = new Set(['data:', 'blob:']);

export function isRequestAllowed(url: string, isAppUrl: (url: string) => boolean): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (IN_MEMORY_SCHEMES.has(parsed.protocol)) return true;
  // devtools: only exists when a developer opens the tools of an unpackaged build.
  if (parsed.protocol === 'devtools:') return true;
  // The dev server's hot-reload socket: same host and port as the (trusted) dev server page.
  if (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') {
    return isAppUrl(url.replace(/^ws/, 'http'));
  }
  return isAppUrl(url);
}

/** Cancels every request the session makes that `isRequestAllowed` refuses. */
export function blockNetwork(session: Pick<Session, 'webRequest'>, isAppUrl: (url: string) => boolean): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, isAppUrl) });
  });
}
