// Bundles the benchmark pages (baseline and peers) next to the built app, so one server serves them all.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;
/** Next to the app's build (bench/lib/build.mjs), which BENCH_BUILD_DIR may move. */
const app = process.env.BENCH_BUILD_DIR
  ? resolve(process.env.BENCH_BUILD_DIR)
  : resolve(here, '../node_modules/.cache/spanlight-bench/app');

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(app, 'renderer/bench'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    // recogito-js ships CSS that lightningcss refuses to minify; the pages need no minified CSS.
    cssMinify: false,
    rollupOptions: {
      input: {
        baseline: resolve(here, 'baseline.html'),
        'text-annotator': resolve(here, 'text-annotator.html'),
        'recogito-js': resolve(here, 'recogito-js.html'),
      },
    },
  },
});
