// Scenarios 1–3 for the app and its baseline: Open, Tag at 10,000 spans, Scroll the long article.
import { dragSelectWord, listenForKeys, loadApp, openDocument, tagSelection } from './app.mjs';
import { newPage } from './browser.mjs';
import { frameFigures, scrollEndToEnd } from './frames.mjs';
import { articleRows } from './inputs.mjs';
import { openPage } from './pages.mjs';
import { openApp, seed, seedHistory } from './seed.mjs';
import { median } from './stats.mjs';
import { pickWord, scrollArticleTo } from './viewport.mjs';
import { lineStarts } from './w3c.mjs';

export const titleOf = (set) => `Bench article, ${set} spans`;
/** Where the reader is for the n-th of `count` tags: spread over the article. */
export const tagPosition = (n, count) => (n + 1) / (count + 1);

async function measureOpen(page, origin, inputs, config, log) {
  const open = { baseline: [] };
  for (const set of config.appSets) open[set] = [];
  const registered = {};
  // Rounds interleave the baseline and the app, so both see the same machine state.
  for (let round = 0; round < config.warmup + config.runs; round++) {
    const warm = round < config.warmup;
    const baseline = await openPage(page, origin, 'baseline', inputs.text);
    if (!warm) open.baseline.push(baseline);
    for (const set of config.appSets) {
      await loadApp(page, origin);
      const result = await openDocument(page, titleOf(set));
      registered[set] = result.registered;
      if (!warm) open[set].push(result.ms);
    }
    log(`open round ${round + 1}${warm ? ' (warm-up)' : ''}: baseline ${baseline.toFixed(0)} ms`);
  }
  return { open, registered };
}

async function measureTag(page, origin, inputs, config, log) {
  await loadApp(page, origin);
  await openDocument(page, titleOf('10k'));
  await listenForKeys(page);
  const starts = lineStarts(inputs.text);
  const used = new Set();
  const times = [];
  const first = [];
  let pendingShown = 0;
  let registered = null;
  const count = config.warmup + config.tagRuns;
  for (let n = 0; n < count; n++) {
    const lines = await scrollArticleTo(page, tagPosition(n, count), '[aria-label="Article text"]');
    const word = pickWord(inputs.text, inputs.free, lines, used);
    await dragSelectWord(page, word, starts[word.line]);
    const result = await tagSelection(page);
    registered = result.registered;
    if (n >= config.warmup) {
      times.push(result.ms);
      first.push(result.firstMs);
      if (result.pending) pendingShown++;
    }
  }
  log(
    `tag: median ${median(times).toFixed(1)} ms saved, ${median(first).toFixed(1)} ms first painted (pending in ${pendingShown} of ${times.length}; ${registered} ranges registered)`,
  );
  return { times, first, pendingShown, registered };
}

async function measureScroll(page, config) {
  const runs = [];
  for (let n = 0; n < config.scrollWarmup + config.scrollRuns; n++) {
    const figures = frameFigures(await scrollEndToEnd(page, '.article-scroll', 300));
    if (n >= config.scrollWarmup) runs.push(figures);
  }
  return runs;
}

/** Seeds the article documents in a fresh profile and measures Open, Tag and Scroll with their baselines. */
export async function articleScenarios({ browser, origin, inputs, config, log }) {
  const { context, page } = await newPage(browser);
  try {
    await openApp(page, origin);
    const rows = articleRows(inputs);
    await seed(page, rows);
    // The tagged document has a full undo history, as it would after a researcher's work on it.
    const tagged = rows.documents.find((doc) => doc.title === titleOf('10k'));
    await seedHistory(
      page,
      tagged.id,
      rows.spans.filter((span) => span.docId === tagged.id),
    );
    const { open, registered } = await measureOpen(page, origin, inputs, config, log);
    const tag = await measureTag(page, origin, inputs, config, log);
    // Scroll the app's 10k article (still open after tagging), then the same text as plain paragraphs.
    const scroll = await measureScroll(page, config);
    await openPage(page, origin, 'baseline', inputs.text);
    const scrollBaseline = await measureScroll(page, config);
    log(`scroll: app max frame ${Math.max(...scroll.map((r) => r.maxFrame)).toFixed(0)} ms`);
    return { open, registered, tag, scroll, scrollBaseline };
  } finally {
    await context.close();
  }
}
