import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium';

/**
 * Chromium processes this test can kill the hard way. Playwright's launchers own the browser process and
 * close it politely; a crash test needs a profile that outlives the process and a SIGKILL that reaches every
 * Chromium process at once, with no chance to flush anything. So Chromium is spawned here, in its own
 * process group, and Playwright only connects to it over the DevTools protocol.
 */

const FLAGS = [
  ...CHROMIUM_FLAGS,
  '--window-size=1400,900',
  // Port 0: Chromium picks a free port and prints it; a fixed port could be taken by a concurrent run.
  '--remote-debugging-port=0',
];
/**
 * Set in Chromium's environment and inherited by what it spawns, including the crash handlers it double-forks
 * out of its process group (and whose command line does not name the profile): how cleanup finds those.
 */
const MARKER_VARIABLE = 'SPANLIGHT_CRASH_RUN';

export interface RunningBrowser {
  readonly pid: number;
  readonly browser: Browser;
  /** The profile's default context: the one whose storage lives in the user data directory. */
  readonly context: BrowserContext;
}

export class ChromiumFleet {
  /** Unique per test run, so cleanup never touches another run's (or another engineer's) Chromium. */
  private readonly marker = `${process.pid}-${randomUUID()}`;
  /** Each running browser's pid, with a promise of its exit. */
  private readonly launched = new Map<number, Promise<void>>();
  private readonly profiles = new Set<string>();

  /** Starts Chromium on `profileDir`, opening `url` in its first tab, and connects to it. */
  async launch(profileDir: string, url: string): Promise<RunningBrowser> {
    // A killed Chromium leaves its profile lock behind. Chromium would take it over once it sees the owner
    // is dead, but a recycled pid could make it look alive; the previous browser is known dead here.
    for (const name of ['SingletonLock', 'SingletonSocket', 'SingletonCookie'])
      rmSync(join(profileDir, name), { force: true });
    const child = spawn(CHROMIUM_PATH, [...FLAGS, `--user-data-dir=${profileDir}`, url], {
      // Detached: its own process group, so one kill(-pid) takes the browser, zygotes, renderers, GPU,
      // network and storage services at once, as the OOM killer or a crash of the whole app would.
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, [MARKER_VARIABLE]: this.marker },
    });
    const pid = child.pid;
    if (pid === undefined) throw new Error(`could not start ${CHROMIUM_PATH}`);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    this.launched.set(pid, exited);
    this.profiles.add(profileDir);
    try {
      const endpoint = await devToolsEndpoint(child);
      const browser = await chromium.connectOverCDP(endpoint, { timeout: 20_000 });
      const context = browser.contexts()[0];
      if (!context) throw new Error('Chromium has no default context');
      return { pid, browser, context };
    } catch (error) {
      await this.kill(pid);
      throw error;
    }
  }

  /** SIGKILL to the whole process group; resolves once the browser process has exited. */
  async kill(pid: number): Promise<void> {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await this.launched.get(pid);
    this.launched.delete(pid);
  }

  /**
   * Kills everything this run started and returns what is still alive afterwards (should be nothing):
   * each process group, then any straggler by pid: the crash handlers Chromium double-forks out of its
   * group, or a child that outlived its browser. Orphans stay zombies until init reaps them; zombies are dead.
   */
  async killAll(): Promise<string[]> {
    for (const pid of [...this.launched.keys()]) await this.kill(pid);
    for (const pid of this.survivors()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Exited meanwhile.
      }
    }
    const deadline = Date.now() + 5_000;
    let alive = this.survivors();
    while (alive.length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      alive = this.survivors();
    }
    return alive.map((pid) => `${pid} ${commandOf(pid)}`);
  }

  /**
   * Live (not zombie) processes of this run: Chromium children name our profile directory (a fresh temp
   * directory, so nobody else's) on their command line; the crash handlers do not, but inherit the marker.
   */
  private survivors(): number[] {
    const alive: number[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const pid = Number(entry);
      if (pid === process.pid) continue;
      const stat = readProc(pid, 'stat');
      if (!stat) continue;
      // The state follows the command name, which may itself hold spaces and parentheses.
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      if (state === 'Z' || state === 'X') continue;
      const args = (readProc(pid, 'cmdline') ?? '').split('\0');
      const ours =
        args.some((arg) => arg.startsWith('--user-data-dir=') && this.profiles.has(arg.slice(16))) ||
        (readProc(pid, 'environ') ?? '').split('\0').includes(`${MARKER_VARIABLE}=${this.marker}`);
      if (ours) alive.push(pid);
    }
    return alive;
  }
}

/**
 * Prepares a renderer crash of `page` (the browser survives, as after a renderer OOM or bug) and returns the
 * function that fires it. The DevTools session is opened beforehand so the crash lands without a round trip.
 */
export async function armRendererCrash(page: Page): Promise<() => Promise<void>> {
  const session = await page.context().newCDPSession(page);
  return async () => {
    const crashed = page.waitForEvent('crash', { timeout: 15_000 });
    // The command never gets an answer: the process that would answer is gone.
    session.send('Page.crash').catch(() => {});
    await crashed;
  };
}

/** Reads "DevTools listening on ws://…" from Chromium's stderr, then keeps draining it. */
function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    let found = false;
    const timer = setTimeout(
      () => fail(new Error('Chromium did not print its DevTools endpoint in 20 s')),
      20_000,
    );
    const fail = (error: Error) => {
      if (found) return;
      found = true;
      clearTimeout(timer);
      reject(new Error(`${error.message}\n${output.slice(-2000)}`));
    };
    // Stderr must be read until the end: a full pipe would block Chromium on its next log line.
    child.stderr?.on('data', (chunk: Buffer) => {
      if (found) return;
      output += chunk.toString('utf8');
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        found = true;
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) =>
      fail(new Error(`Chromium exited (${code ?? signal}) before listening`)),
    );
    child.once('error', fail);
  });
}

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'latin1');
  } catch {
    return null;
  }
}

function commandOf(pid: number): string {
  return (readProc(pid, 'cmdline') ?? '').split('\0').slice(0, 2).join(' ').slice(0, 120);
}
