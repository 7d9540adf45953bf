// `npm test`: every runner, in order, then one totals line over all of them: "N passed, N failed".
//   1. vitest: unit + property tests in Node (core, storage, main process) and component tests in Chromium
//   2. build the app (the end-to-end tests drive the built renderer)
//   3. Playwright end-to-end tests in Chromium against the renderer in browser mode
//   4. Playwright smoke test of the real Electron app (skipped, and says so, where the binary is absent)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const resultsDir = 'test-results';
mkdirSync(resultsDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function record(name, status, counts) {
  // A runner that failed without reporting a failed test (a crash, a config error) still counts as a failure.
  const failed = counts ? counts.failed + (status !== 0 && counts.failed === 0 ? 1 : 0) : 1;
  const passed = counts?.passed ?? 0;
  const skipped = counts?.skipped ?? 0;
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

// 1. vitest (Node + browser projects)
const vitestJson = `${resultsDir}/vitest.json`;
rmSync(vitestJson, { force: true });
const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const vitest = readJson(vitestJson);
record(
  'vitest (node + browser)',
  vitestStatus,
  vitest && {
    passed: vitest.numPassedTests,
    failed: vitest.numFailedTests,
    skipped: vitest.numPendingTests + vitest.numTodoTests,
  },
);

// 2. build
const buildStatus = run('npm', ['run', 'build']);
// The build is a step, not a test: it adds nothing to "passed", and one failure when it breaks.
if (buildStatus !== 0) record('build', buildStatus, null);

// 3 and 4. Playwright suites
function playwright(name, config) {
  const json = `${resultsDir}/${name}.json`;
  rmSync(json, { force: true });
  const status = run('npx', ['playwright', 'test', '-c', config, '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: json,
  });
  const report = readJson(json);
  const stats = report?.stats;
  record(
    name,
    status,
    stats && { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped },
  );
}
if (buildStatus === 0) {
  playwright('e2e', 'playwright.config.ts');
  playwright('crash', 'playwright.crash.config.ts');
  if (existsSync('playwright.electron.config.ts')) playwright('electron', 'playwright.electron.config.ts');
}

console.log('\nTest totals by runner:');
for (const line of lines) console.log(`  ${line}`);
console.log(`  (${totals.skipped} skipped in all)`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
