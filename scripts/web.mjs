// Browser mode: builds the renderer (about a second) and serves it at http://127.0.0.1:$PORT.
// Same features as the desktop window; data lives in this browser's IndexedDB for that origin.
import { spawn, spawnSync } from 'node:child_process';

const port = process.env.PORT ?? '5199';
const host = process.env.HOST ?? '127.0.0.1';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['electron-vite', 'build'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
console.log(`Spanlight in browser mode: http://${host}:${port}/`);
const server = spawn(
  'npx',
  ['vite', 'preview', '--outDir', 'out/renderer', '--host', host, '--port', port, '--strictPort'],
  { stdio: 'inherit', shell: process.platform === 'win32' },
);
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
