import type { Session } from 'electron';

/**
 * The renderer's Content-Security-Policy. Spanlight is offline: nothing but the app's own origin may load,
 * no inline script or style, no eval. src/renderer/index.html carries the same string in a meta tag (a test
 * keeps the two equal); the header form below also covers the dev server, which serves no such header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

type Headers = Record<string, string[] | string>;

/** Returns the headers with any existing CSP (any letter case) replaced by ours, so no looser policy survives. */
export function withCspHeader(headers: Headers | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

/** Stamps the policy on every response the session receives (dev server included). */
export function applyCspHeaders(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders) });
  });
}
