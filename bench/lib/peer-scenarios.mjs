// Scenario 7: the peers' Open and Tag on the same text and spans, in the same browser as the app.
import { newPage } from './browser.mjs';
import { openPage, PEERS, tagOnPage } from './pages.mjs';
import { median } from './stats.mjs';
import { lineStarts, toW3C } from './w3c.mjs';

/** Opens each peer on each span set (the tag set last, so its page stays open for tagging), then tags. */
export async function peerScenarios({ browser, origin, inputs, config, log }) {
  const starts = lineStarts(inputs.text);
  const annotations = Object.fromEntries(
    config.peerSets.map((set) => [set, inputs.sets[set].map((span) => toW3C(span, starts))]),
  );
  const sets = [...config.peerSets.filter((set) => set !== config.peerTagSet), config.peerTagSet];
  const results = {};
  for (const peer of PEERS) {
    const { context, page } = await newPage(browser);
    try {
      const open = {};
      // Warm-up on the smallest set: the peers take seconds to minutes per open on the big ones.
      if (config.warmup) await openPage(page, origin, peer, inputs.text, annotations[config.peerSets[0]]);
      for (const set of sets) {
        open[set] = [];
        for (let n = 0; n < config.peerRuns; n++) {
          open[set].push(await openPage(page, origin, peer, inputs.text, annotations[set]));
        }
        log(`${peer}: open ${set} median ${median(open[set]).toFixed(0)} ms`);
      }
      const used = new Set();
      const tag = [];
      const count = config.warmup + config.tagRuns;
      for (let n = 0; n < count; n++) {
        const ms = await tagOnPage(page, inputs, starts, (n + 1) / (count + 1), used);
        if (n >= config.warmup) tag.push(ms);
      }
      log(`${peer}: tag at ${config.peerTagSet} median ${median(tag).toFixed(1)} ms`);
      results[peer] = { open, tag };
    } finally {
      await context.close();
    }
  }
  return results;
}
