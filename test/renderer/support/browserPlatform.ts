import type { Platform } from '../../../src/renderer/platform/platform';

/**
 * The platform of browser mode as the app sees it in component tests: no native dialogs, no menu, no backups
 * folder; an export "downloads" and says so. `overrides` replaces any part (e.g. a saveExport that records).
 */
export function browserPlatform(overrides: Partial<Platform> = {}): Platform {
  return {
    kind: 'browser',
    openFiles: () => null,
    saveExport: async (fileName) => `Downloaded ${fileName}`,
    onMenuCommand: () => () => {},
    backups: null,
    ...overrides,
  };
}
