import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from './electronBinary';

/**
 * Launches the built app in real Electron. Needs `npm run build` first and an Electron binary; machines
 * without the binary (it is downloaded at install time) skip instead of failing.
 */

const SKIP_MESSAGE = 'skipped: no Electron binary';
const mainEntry = path.resolve('out/main/index.js');

test('the app window opens on the document list with the Electron bridge', async () => {
  const executablePath = findElectronBinary();
  if (!executablePath) {
    console.log(SKIP_MESSAGE);
    test.skip(true, SKIP_MESSAGE);
    return;
  }
  if (!existsSync(mainEntry)) throw new Error(`${mainEntry} is missing: run \`npm run build\` first`);

  // A throwaway profile: the test must never touch (or lock) the user's real library.
  const profile = await mkdtemp(path.join(tmpdir(), 'spanlight-smoke-'));
  // Without ELECTRON_RENDERER_URL the app serves the built renderer over app://, as when packaged.
  const { ELECTRON_RENDERER_URL: _devServer, ...inherited } = process.env;
  const env: Record<string, string> = {
    ...(inherited as Record<string, string>),
    SPANLIGHT_USER_DATA_DIR: profile,
  };
  const app = await electron.launch({ executablePath, args: [mainEntry], env });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle('Spanlight');
    await expect(window.getByRole('list', { name: 'Documents' })).toBeVisible();
    const platform = await window.evaluate(
      () => (globalThis as { spanlight?: { platform?: unknown } }).spanlight?.platform,
    );
    expect(platform).toBe('electron');
    // The renderer must not see Node.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
  } finally {
    await app.close();
    await rm(profile, { recursive: true, force: true });
  }
});
