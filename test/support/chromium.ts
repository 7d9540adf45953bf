/**
 * Debian's Chromium and the flags every Playwright-driven test launches it with (see notes/toolchain.md):
 * headless, and none of the background connections this machine's closed network would refuse.
 * vitest.config.mts keeps its own copy: importing a local .ts module from that config makes Vite 8 warn.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
