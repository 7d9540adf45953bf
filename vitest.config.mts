import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// Inlined on purpose: importing a local .ts module from this config makes Vite 8 warn (see notes/toolchain.md).
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // Property and fuzz tests run thousands of cases; a 2-core CI machine needs more than the 5 s default.
          testTimeout: 60_000,
          include: [
            'test/core/**/*.test.ts',
            'test/main/**/*.test.ts',
            'test/storage/**/*.test.ts',
            'test/shared/**/*.test.ts',
            'test/cli/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [react()],
        // Pre-bundled up front: discovering them mid-run makes Vite reload a running test file.
        optimizeDeps: {
          include: [
            'dexie',
            'lexical',
            '@lexical/react/LexicalComposer',
            '@lexical/react/LexicalComposerContext',
            '@lexical/react/LexicalContentEditable',
            'react',
            'react/jsx-dev-runtime',
            'react-dom/client',
            'i18next',
            'react-i18next',
            '@mozilla/readability',
            'dompurify',
            'pdfjs-dist',
            'mammoth',
            'jszip',
            'fast-check',
          ],
        },
        test: {
          name: 'browser',
          testTimeout: 60_000,
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          // Components rendered without App's language provider get the English catalogue.
          setupFiles: ['test/renderer/support/i18n.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
