// Scenario 5: export and import of the library in Spanlight JSON (10,000 documents × 50 spans = 500,000 spans;
// 2,000 documents with --quick): time and peak renderer memory, each against issue 4's budgets (< 10 s, < 1 GB).
import { mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newPage, peakMemory, rendererPids, resetPeakMemory } from './browser.mjs';
import { openApp } from './seed.mjs';
import { figure } from './stats.mjs';

const MB = 2 ** 20;

/**
 * Runs `action` while sampling the page's JS heap every 100 ms over CDP; returns its result with ms, the peak
 * resident memory of the renderer processes (kernel high-water mark VmHWM, reset after a garbage collection;
 * Linux) and the heap peak.
 */
async function measured(page, context, action) {
  const cdp = await context.newCDPSession(page);
  // Garbage first, then the reset: the reset sets the high-water mark to the current resident size, and what the
  // scenario before left behind is not the export's (after the search had indexed the seeded library, the page
  // held 1.1–1.6 GB resident until a collection, and the first export of the 2026-12-03 run reported 3.4 GB).
  await cdp.send('HeapProfiler.collectGarbage');
  const pids = rendererPids();
  const rssKnown = resetPeakMemory(pids);
  await cdp.send('Performance.enable');
  let sampling = true;
  let heap = 0;
  const sampler = (async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      heap = Math.max(heap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((done) => setTimeout(done, 100));
    }
  })();
  const start = performance.now();
  try {
    const result = await action();
    return { ...result, ms: performance.now() - start, rss: rssKnown ? peakMemory(pids) : null, heap };
  } finally {
    sampling = false;
    await sampler;
    await cdp.detach();
  }
}

/** Clicks "Export JSON" and waits for the download; the file is moved to `keepAs` when given, else deleted. */
export async function exportOnce(page, context, keepAs) {
  return measured(page, context, async () => {
    const download = page.waitForEvent('download', { timeout: 300_000 });
    await page.getByRole('button', { name: 'Export JSON', exact: true }).click();
    const file = await download;
    const path = await file.path();
    const bytes = statSync(path).size;
    if (keepAs) renameSync(path, keepAs);
    else await file.delete();
    return { bytes };
  });
}

/**
 * Into a fresh, empty profile: chooses the file in "Import dataset…" (browser mode's file input), waits for the
 * preview's import button, clicks it and waits for "Imported N new documents". Returns the total and the time
 * until the preview was ready (reading and checking the file).
 */
export async function importOnce(browser, origin, filePath, documents) {
  const { context, page } = await newPage(browser);
  try {
    await openApp(page, origin);
    return await measured(page, context, async () => {
      const start = performance.now();
      await page.locator('input[type="file"][accept*=".jsonld"]').setInputFiles(filePath);
      const dialog = page.getByRole('dialog', { name: 'Import dataset' });
      // The interface writes counts with digit grouping ("Import 10,000 documents").
      const count = documents.toLocaleString('en');
      const button = dialog.getByRole('button', { name: `Import ${count} documents` });
      await button.waitFor({ timeout: 300_000 });
      const read = performance.now() - start;
      await button.click();
      await page.getByText(new RegExp(`Imported ${count} new documents`)).waitFor({ timeout: 300_000 });
      return { read };
    });
  } finally {
    await context.close();
  }
}

/** Export runs on the seeded library's page, then import runs of the last export, each into an empty profile. */
export async function datasetScenarios({ browser, origin, page, context, config, log, seedMs = null }) {
  const dir = mkdtempSync(join(tmpdir(), 'spanlight-bench-export-'));
  const file = join(dir, 'library.json');
  try {
    const exports = [];
    for (let n = 0; n < config.exportRuns; n++) {
      exports.push(await exportOnce(page, context, n === config.exportRuns - 1 ? file : undefined));
      const last = exports.at(-1);
      log(
        `datasets: export ${(last.ms / 1000).toFixed(1)} s, peak renderer ${last.rss ? (last.rss / MB).toFixed(0) : '?'} MB`,
      );
    }
    const imports = [];
    for (let n = 0; n < config.importRuns; n++) {
      imports.push(await importOnce(browser, origin, file, config.libraryDocs));
      const last = imports.at(-1);
      log(
        `datasets: import ${(last.ms / 1000).toFixed(1)} s (file read and checked in ${(last.read / 1000).toFixed(1)} s), peak renderer ${last.rss ? (last.rss / MB).toFixed(0) : '?'} MB`,
      );
    }
    return { exports, imports, seedMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function datasetFigures(datasets, config) {
  const docs = config.libraryDocs.toLocaleString('en');
  const spans = (config.libraryDocs * 50).toLocaleString('en');
  const small = config.libraryDocs < 10_000 ? `--quick: ${docs} documents, not 10,000` : '';
  const memoryFigures = (scenario, runs) => {
    const rss = runs.map((run) => run.rss).filter((value) => value !== null);
    return [
      figure({
        scenario,
        metric: 'peak renderer memory (resident, kernel high-water mark)',
        unit: 'MB',
        values: rss.map((value) => value / MB),
        budget: { below: 1024 },
        note: rss.length ? small : 'not measurable here (needs Linux /proc)',
      }),
      figure({
        scenario,
        metric: 'peak JS heap (sampled every 100 ms over CDP)',
        unit: 'MB',
        values: runs.map((run) => run.heap / MB),
      }),
    ];
  };
  const { exports, imports, seedMs } = datasets;
  return [
    figure({
      scenario: 'export',
      metric: `${docs} documents × 50 spans (${spans}): click → download`,
      unit: 'ms',
      values: exports.map((run) => run.ms),
      budget: { below: 10_000 },
      note: [
        exports.length ? `${(exports[0].bytes / MB).toFixed(0)} MB of JSON` : '',
        'streamed a batch of documents at a time; no warm-up: each export is long',
        small,
      ]
        .filter(Boolean)
        .join('; '),
    }),
    ...memoryFigures('export', exports),
    figure({
      scenario: 'import',
      metric:
        'baseline: the same rows put straight into IndexedDB (the seeding: documents, texts, span rows; no search index; 500 documents a transaction)',
      unit: 'ms',
      values: seedMs === null ? [] : [seedMs],
      note: 'raw IndexedDB puts, relaxed durability, no checks; timed in the page, 20 transactions',
    }),
    figure({
      scenario: 'import',
      metric: `Spanlight JSON of ${spans} spans: file chosen → "Imported" (empty library)`,
      unit: 'ms',
      values: imports.map((run) => run.ms),
      ...(seedMs === null ? {} : { baseline: Math.round(seedMs) }),
      budget: { below: 10_000 },
      note: ['streamed read, then one transaction; includes the preview dialog', small]
        .filter(Boolean)
        .join('; '),
    }),
    figure({
      scenario: 'import',
      metric: 'of which: reading and checking the file (until the preview is ready)',
      unit: 'ms',
      values: imports.map((run) => run.read),
    }),
    ...memoryFigures('import', imports),
  ];
}
