import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './test/support/chromium';

// End-to-end tests drive the built renderer in browser mode, served on a port of our own: never a default
// port another process could be holding (we would be testing that process instead).
const port = Number(process.env.E2E_PORT ?? 5287);
// Where the built renderer is (several builds can then be tested side by side).
const rendererDir = process.env.E2E_RENDERER_DIR ?? 'out/renderer';

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_FLAGS],
    },
  },
  webServer: {
    command: `npx vite preview --outDir ${rendererDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
