// Scenarios 4–6: a library of many documents: first list paint, list scroll, filter, export.
import { newPage } from './browser.mjs';
import { frameFigures } from './frames.mjs';
import { libraryBatches } from './inputs.mjs';
import { exportOnce, filterBox, filterOnce, firstListPaint, scrollList, watchListPaint } from './library.mjs';
import { openApp, putRows } from './seed.mjs';

export async function libraryScenarios({ browser, origin, config, log }) {
  const { context, page } = await newPage(browser);
  try {
    await watchListPaint(context);
    await openApp(page, origin);
    const started = performance.now();
    for (const batch of libraryBatches(config.libraryDocs, 50, 500)) {
      await putRows(page, batch.documents, batch.spans);
    }
    log(
      `library: seeded ${config.libraryDocs} documents in ${((performance.now() - started) / 1000).toFixed(0)} s`,
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
    const exports = [];
    for (let n = 0; n < config.exportRuns; n++) {
      exports.push(await exportOnce(page, context));
      log(`library: export ${(exports.at(-1).ms / 1000).toFixed(1)} s`);
    }
    return { paint, items, scroll, filter: box ? filter : null, exports };
  } finally {
    await context.close();
  }
}
