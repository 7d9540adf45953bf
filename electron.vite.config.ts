import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * The dev server (`npm run dev`) injects inline scripts for hot reloading, which the strict CSP in
 * index.html forbids; while serving only, the meta tag gets the same loosening as the main process's
 * DEV_CONTENT_SECURITY_POLICY. Builds keep the strict policy untouched.
 */
function devCsp(): Plugin {
  return {
    name: 'spanlight-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");
    },
  };
}

export default defineConfig({
  main: {
    build: { rollupOptions: { input: { index: resolve('src/main/index.ts') } } },
  },
  preload: {
    build: { rollupOptions: { input: { index: resolve('src/preload/index.ts') } } },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    plugins: [react(), devCsp()],
    build: {
      // Smaller and faster to parse on every start; electron-vite leaves minification off by default.
      minify: true,
      // Fonts and images stay files: the CSP allows 'self' only, never data: URIs.
      assetsInlineLimit: 0,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
