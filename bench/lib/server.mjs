// Serves the built renderer and the bench pages with `vite preview` on a free local port.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { ROOT, SERVED } from './build.mjs';

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function waitUntilServing(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/** Starts the server; `stop()` ends that process only. */
export async function startServer() {
  let port = await freePort();
  while (port === 4173) port = await freePort();
  const vite = resolve(ROOT, 'node_modules/.bin/vite');
  const args = ['preview', '--outDir', SERVED, '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  const child = spawn(vite, args, { cwd: ROOT, stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(`${origin}/bench/baseline.html`, child, 30_000);
  return {
    origin,
    stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}
