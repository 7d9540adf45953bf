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

/**
 * Development only (`npm run dev`, never a packaged app): Vite's dev server injects inline scripts and styles
 * for hot reloading and talks to the page over a local WebSocket. Still no remote origin and no eval.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
)
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");

type Headers = Record<string, string[] | string>;

/** Returns the headers with any existing CSP (any letter case) replaced by ours, so no looser policy survives. */
export function withCspHeader(
  headers: Headers | undefined,
  policy: string = CONTENT_SECURITY_POLICY,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}

/** Stamps the policy on every response the session receives (dev server included). */
export function applyCspHeaders(
  session: Pick<Session, 'webRequest'>,
  policy: string = CONTENT_SECURITY_POLICY,
): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders, policy) });
  });
}
