/**
 * Which URLs count as "the app". Every trust decision (navigation, IPC senders) goes through here so the
 * packaged origin and the dev-server origin cannot drift apart between modules.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'spanlight';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` belongs to the app: app://spanlight/…, or the electron-vite dev server in development.
 * `new URL(...).origin` is "null" for non-special schemes in Node, so the app scheme is compared by parts.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  if (!devServerUrl) return false;
  try {
    const dev = new URL(devServerUrl);
    // Only plain http(s) dev servers; an origin comparison includes the port.
    return (dev.protocol === 'http:' || dev.protocol === 'https:') && parsed.origin === dev.origin;
  } catch {
    return false;
  }
}
