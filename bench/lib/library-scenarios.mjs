// Scenarios 4–6: a library of many documents: first list paint, list scroll, filter, search; export and import
// (dataset-scenarios.mjs).
import { newPage } from './browser.mjs';
import { datasetScenarios } from './dataset-scenarios.mjs';
import { frameFigures } from './frames.mjs';
import { libraryBatches } from './inputs.mjs';
import { filterBox, filterOnce, firstListPaint, scrollList, watchListPaint } from './library.mjs';
import { searchScenario } from './search-scenarios.mjs';
import { openApp, putRows } from './seed.mjs';

export async function libraryScenarios({ browser, origin, config, log }) {
  const { context, page } = await newPage(browser);
  try {
    await watchListPaint(context);
    await openApp(page, origin);
    const started = performance.now();
    // The import scenario's floor: the same rows put straight into IndexedDB (dataset-scenarios.mjs), timed in
    // the page (generating them here and handing them over the DevTools protocol take far longer than writing).
    let seedMs = 0;
    for (const batch of libraryBatches(config.libraryDocs, 50, 500)) {
      seedMs += await putRows(page, batch.documents, batch.spans);
    }
    log(
      `library: seeded ${config.libraryDocs} documents in ${((performance.now() - started) / 1000).toFixed(0)} s, of which writing them ${(seedMs / 1000).toFixed(0)} s`,
    );
    const paint = [];
    for (let n = 0; n < config.warmup + config.libraryRuns; n++) {
      const ms = await firstListPaint(page, origin);
      if (n >= config.warmup) paint.push(ms);
    }
    const items = await page.locator('[aria-label="Documents"] li').count();
    const scroll = [];
    for (let n = 0; n < config.scrollWarmup + config.scrollRuns; n++) {
      const figures = frameFigures(await scrollList(page));
      if (n >= config.scrollWarmup) scroll.push(figures);
    }
    const box = await filterBox(page);
    const filter = [];
    if (box) {
      for (let n = 0; n < config.warmup + config.libraryRuns; n++) {
        const title = String(1 + (Math.floor(((n + 1) * config.libraryDocs) / 7) % config.libraryDocs));
        const ms = await filterOnce(page, box, title.padStart(5, '0'));
        if (n >= config.warmup) filter.push(ms);
      }
    }
    log(
      `library: first list paint ${paint.map((ms) => ms.toFixed(0)).join(', ')} ms; ${items} items rendered`,
    );
    const search = await searchScenario(page, config, log);
    const datasets = await datasetScenarios({ browser, origin, page, context, config, log, seedMs });
    return { paint, items, scroll, filter: box ? filter : null, search, datasets };
  } finally {
    await context.close();
  }
}
