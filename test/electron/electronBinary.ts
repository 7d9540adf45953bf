import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Finds the Electron executable the way node_modules/electron/index.js does, but without its fallback of
 * downloading the binary: this must answer "absent" quickly on machines that cannot download.
 */

const PLATFORM_EXECUTABLE: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

export function findElectronBinary(
  projectRoot: string = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  // path.txt is written by electron's install script only once the download succeeded.
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  let candidate: string | undefined;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    candidate = path.join(
      env.ELECTRON_OVERRIDE_DIST_PATH,
      relative || PLATFORM_EXECUTABLE[process.platform] || 'electron',
    );
  } else if (relative) {
    candidate = path.join(packageDir, 'dist', relative);
  }
  return candidate && existsSync(candidate) ? candidate : null;
}
