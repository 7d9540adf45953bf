import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The command line (`npx spanlight convert …`): src/cli bundled for Node as CommonJS, no Electron involved.
export default defineConfig({
  // Bundled whole (ajv for `validate` included): the command line needs no node_modules beside it.
  ssr: { noExternal: true },
  build: {
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    ssr: resolve('src/cli/index.ts'),
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      output: { format: 'cjs', entryFileNames: 'index.js' },
    },
  },
});
