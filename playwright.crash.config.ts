import { defineConfig } from '@playwright/test';

// The crash test (test/crash): random annotation work in real Chromium, killed at random moments, restarted
// on the same profile and compared with a model. It spawns and kills Chromium itself, so nothing here
// launches a browser; Playwright only serves the built renderer and runs the test.
const port = Number(process.env.CRASH_PORT ?? 5293);
// CRASH_RENDERER_DIR serves another build, e.g. a deliberately broken one, to see the test fail.
const rendererDir = process.env.CRASH_RENDERER_DIR ?? 'out/renderer';
const kills = Number(process.env.CRASH_KILLS ?? 20);

export default defineConfig({
  testDir: 'test/crash',
  // One kill cycle takes about two seconds; the bound is generous for a loaded machine.
  timeout: 60_000 + kills * 20_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  outputDir: 'test-results/crash',
  use: { baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `npx vite preview --outDir ${rendererDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
