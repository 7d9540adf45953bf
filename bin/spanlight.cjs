#!/usr/bin/env node
// `npx spanlight …`: the command line runs the same converters as the app, built into out/cli by `npm run build`.
const path = require('node:path');
const fs = require('node:fs');
const built = path.join(__dirname, '..', 'out', 'cli', 'index.js');
if (!fs.existsSync(built)) {
  console.error(
    'spanlight: the command line is not built yet; run `npm run build` in the Spanlight folder first.',
  );
  process.exit(1);
}
require(built);
