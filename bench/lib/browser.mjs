// Headless Chromium through Playwright, with the same flags as the end-to-end tests.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch() {
  return chromium.launch({ executablePath: EXECUTABLE, args: ARGS });
}

/**
 * A fresh profile (its own IndexedDB) on disk, sized like the end-to-end tests: a persistent context in a new
 * temporary user-data directory, as the desktop app keeps its library in its profile on disk. Not
 * `browser.newContext()`: that makes an off-the-record profile, whose IndexedDB lives in memory — a different
 * backend, which on this machine imported 2,000 articles in 13.7–14.2 s against 9.2–9.3 s on disk, and where a
 * "strict" commit reaches no disk at all. Closing the context ends its Chromium and deletes the directory.
 * `browser` (the shared one, kept for its version and for the pages that store nothing) is not used here.
 */
export async function newPage(_browser, { sample = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'spanlight-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: EXECUTABLE,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  if (!sample) await context.addInitScript(() => localStorage.setItem('spanlight.sampleSeeded', '1'));
  const page = context.pages()[0] ?? (await context.newPage());
  const close = context.close.bind(context);
  context.close = async (...args) => {
    try {
      await close(...args);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return { context, page };
}

function children() {
  const byParent = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      byParent.set(ppid, [...(byParent.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  return byParent;
}

/**
 * Process ids of Chromium's renderer processes started from this benchmark (descendants of this Node process,
 * read from Linux /proc), or [] where that cannot be read.
 */
export function rendererPids() {
  const root = process.pid;
  if (process.platform !== 'linux') return [];
  const byParent = children();
  const result = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    for (const child of byParent.get(pid) ?? []) {
      stack.push(child);
      try {
        if (readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('--type=renderer')) result.push(child);
      } catch {
        // gone meanwhile
      }
    }
  }
  return result;
}

/** Resets the kernel's peak resident size (VmHWM) of these processes; false where not permitted. */
export function resetPeakMemory(pids) {
  let ok = pids.length > 0;
  for (const pid of pids) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
    } catch {
      ok = false;
    }
  }
  return ok;
}

/** The largest peak resident size (bytes) among these processes since their last reset. */
export function peakMemory(pids) {
  let peak = 0;
  for (const pid of pids) {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peak = Math.max(peak, Number(match[1]) * 1024);
    } catch {
      // gone meanwhile
    }
  }
  return peak || null;
}
