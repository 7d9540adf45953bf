import { defineConfig } from '@playwright/test';

// Real-Electron smoke tests only; the browser end-to-end suite has its own playwright.config.ts.
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.spec.ts',
  // One Electron app at a time: each is a full browser, and parallel launches make timings flaky.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  retries: 0,
  reporter: 'list',
  outputDir: 'test-results/electron',
});
