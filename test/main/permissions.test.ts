import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions } from '../../src/main/permissions';

describe('denyAllPermissions', () => {
  const setPermissionRequestHandler = vi.fn();
  const setPermissionCheckHandler = vi.fn();
  denyAllPermissions({ setPermissionRequestHandler, setPermissionCheckHandler } as never);

  it.each([
    'media',
    'notifications',
    'geolocation',
    'clipboard-read',
    'clipboard-sanitized-write',
    'openExternal',
  ])('denies a request for %s', (permission) => {
    const handler = setPermissionRequestHandler.mock.calls[0]?.[0];
    const callback = vi.fn();
    handler({}, permission, callback, {});
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('answers every permission check with false', () => {
    const check = setPermissionCheckHandler.mock.calls[0]?.[0];
    expect(check({}, 'media', 'app://spanlight', {})).toBe(false);
    expect(check(null, 'fullscreen', 'app://spanlight', {})).toBe(false);
  });
});
