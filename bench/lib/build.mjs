// Prepares what the benchmark serves: its own dependencies (the peers), the app build and the bench pages.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const BENCH = resolve(import.meta.dirname, '..');
export const ROOT = resolve(BENCH, '..');
/**
 * The build output: the app under BUILD, and what the server serves (its renderer at /, the bench pages at
 * /bench/). Inside bench/node_modules/.cache, the usual place for tool output, so that neither git nor Biome
 * (which skips node_modules) looks at it. `BENCH_BUILD_DIR=/some/dir` puts it elsewhere, so that two benchmarks
 * run side by side (or by several people on one machine) do not overwrite each other's build.
 */
export const BUILD = process.env.BENCH_BUILD_DIR
  ? resolve(process.env.BENCH_BUILD_DIR)
  : resolve(BENCH, 'node_modules/.cache/spanlight-bench/app');
export const SERVED = resolve(BUILD, 'renderer');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

/** Installs the peer annotators into bench/node_modules when missing (never into the root package.json). */
export function installBenchDependencies() {
  if (existsSync(resolve(BENCH, 'node_modules/@recogito/text-annotator'))) return;
  const lock = existsSync(resolve(BENCH, 'package-lock.json'));
  run('npm', [lock ? 'ci' : 'install', '--prefix', 'bench', '--no-audit', '--no-fund']);
}

/**
 * Builds the app into BUILD (an absolute out dir: electron-vite resolves a relative one against
 * the renderer's root), so the benchmark never touches out/, which the tests use; then the bench pages.
 */
export function buildAll() {
  run('npx', ['electron-vite', 'build', '--outDir', BUILD, '--logLevel', 'warn']);
  run('npx', ['vite', 'build', '--config', resolve(BENCH, 'pages/vite.config.mjs')]);
}
