// `npm run bench [-- --quick] [-- --no-build] [-- --no-library] [-- --no-peers]`: the benchmark suite of issue 4.
// Builds the renderer into bench/.build, serves it with the bench pages, drives headless Chromium, and writes
// bench/results/latest.json (plus a timestamped copy) and a table on stdout. See bench/README.md.
import { cpus, loadavg } from 'node:os';
import { articleScenarios } from './lib/article-scenarios.mjs';
import { launch } from './lib/browser.mjs';
import { buildAll, installBenchDependencies } from './lib/build.mjs';
import { allFigures } from './lib/figures.mjs';
import { articleInputs, SEED } from './lib/inputs.mjs';
import { libraryScenarios } from './lib/library-scenarios.mjs';
import { peerScenarios } from './lib/peer-scenarios.mjs';
import { machine, table, writeReport } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';

const flags = new Set(process.argv.slice(2));
const quick = flags.has('--quick');

const CONFIG = quick
  ? {
      warmup: 1,
      runs: 2,
      tagRuns: 3,
      scrollWarmup: 0,
      scrollRuns: 1,
      appSets: ['1k', '10k', '10k-overlap'],
      peerRuns: 1,
      peerSets: ['1k'],
      peerTagSet: '1k',
      libraryDocs: 2_000,
      libraryRuns: 2,
      exportRuns: 1,
      importRuns: 1,
    }
  : {
      warmup: 1,
      runs: 5,
      tagRuns: 7,
      scrollWarmup: 1,
      scrollRuns: 3,
      appSets: ['1k', '10k', '10k-overlap'],
      peerRuns: 3,
      peerSets: ['1k', '10k-overlap', '10k'],
      peerTagSet: '10k',
      libraryDocs: 10_000,
      libraryRuns: 3,
      exportRuns: 2,
      importRuns: 2,
    };

const started = new Date();
const loadAtStart = Number(loadavg()[0].toFixed(2));
const clock = performance.now();
const log = (message) =>
  console.log(`[${((performance.now() - clock) / 1000).toFixed(0).padStart(4)} s] ${message}`);

installBenchDependencies();
if (!flags.has('--no-build')) buildAll();
const inputs = articleInputs();
log(`inputs: article of ${inputs.text.length} characters, ${inputs.text.split('\n').length} paragraphs`);

const server = await startServer();
const browser = await launch();
try {
  log(`serving at ${server.origin}; Chromium ${browser.version()}`);
  const context = { browser, origin: server.origin, inputs, config: CONFIG, log };
  const results = {};
  results.article = await articleScenarios(context);
  if (!flags.has('--no-peers')) results.peers = await peerScenarios(context);
  if (!flags.has('--no-library')) results.library = await libraryScenarios(context);

  const entries = allFigures(results, CONFIG);
  const report = {
    started_at: started.toISOString(),
    duration_s: Math.round((performance.now() - clock) / 1000),
    mode: quick ? 'quick' : 'full',
    seed: SEED,
    machine: { ...machine(browser), load_average_at_start: loadAtStart },
    config: CONFIG,
    entries,
  };
  const [latest] = writeReport(report);
  console.log(`\n${table(entries)}\n`);
  const missed = entries.filter((e) => e.within_budget === false);
  const load = report.machine.load_average;
  if (Math.max(load, loadAtStart) > cpus().length) {
    console.log(
      `Warning: load average ${loadAtStart} → ${load} on ${cpus().length} CPUs: other work competed.`,
    );
  }
  console.log(
    `${missed.length} of ${entries.filter((e) => e.budget).length} budgets missed; report: ${latest}`,
  );
} finally {
  await browser.close();
  server.stop();
}
