import type { Session } from 'electron';

/**
 * Spanlight needs no web permission (camera, notifications, geolocation, clipboard API, ...). Denying
 * everything means a compromised renderer cannot ask for any of them either.
 */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
