// Turns the measurements into the report's entries, with the budgets (issue 4).
import { datasetFigures } from './dataset-scenarios.mjs';
import { PEERS } from './pages.mjs';
import { searchFigures } from './search-scenarios.mjs';
import { figure, median, speedup } from './stats.mjs';

function openFigures({ article, peers }, config) {
  const { open, registered } = article;
  const base = median(open.baseline);
  const entries = [
    figure({
      scenario: 'open',
      metric: 'baseline: same text as plain `<p>` paragraphs',
      unit: 'ms',
      values: open.baseline,
    }),
  ];
  for (const set of config.appSets) {
    const budgeted = set !== '1k';
    entries.push(
      figure({
        scenario: 'open',
        metric: `app, ${set} spans (click → article-painted)`,
        unit: 'ms',
        values: open[set],
        baseline: Number(base.toFixed(1)),
        budget: budgeted ? { on: 'ratio', max: 1.5 } : undefined,
        note: `${registered[set]} ranges registered at first paint`,
      }),
    );
  }
  for (const peer of PEERS) {
    if (!peers?.[peer]) continue;
    for (const set of config.peerSets) {
      const values = peers[peer].open[set];
      entries.push(
        figure({
          scenario: 'open',
          metric: `${peer}, ${set} spans`,
          unit: 'ms',
          values,
          baseline: Number(base.toFixed(1)),
        }),
      );
      if (!open[set]) continue;
      entries.push(
        speedup({
          scenario: 'open',
          metric: `app faster than ${peer}, ${set} spans`,
          ours: open[set],
          peer: values,
          budget: set === '1k' ? undefined : { min: 10 },
        }),
      );
    }
  }
  return entries;
}

function tagFigures({ article, peers }, config) {
  const entries = [
    figure({
      scenario: 'tag',
      metric: 'app, at 10k spans (key "1" → new highlight first painted, saved or pending)',
      unit: 'ms',
      values: article.tag.first,
      budget: { max: 16 },
      note: `tag-first-painted: saved when the commit comes within a frame, else in its "saving" style after 16 ms (pending in ${article.tag.pendingShown} of ${article.tag.times.length} tags)`,
    }),
    figure({
      scenario: 'tag',
      metric: 'app, at 10k spans (key "1" → span committed and painted as saved)',
      unit: 'ms',
      values: article.tag.times,
      budget: { max: 16 },
      note: `spans-painted: IndexedDB commit with strict durability, then the saved highlight's frame; ${article.tag.registered} ranges registered after the last tag`,
    }),
  ];
  for (const peer of PEERS) {
    if (!peers?.[peer]) continue;
    const set = config.peerTagSet;
    entries.push(
      figure({
        scenario: 'tag',
        metric: `${peer}, at ${set} spans (key → add → painted)`,
        unit: 'ms',
        values: peers[peer].tag,
      }),
    );
    if (set === '10k') {
      entries.push(
        speedup({
          scenario: 'tag',
          metric: `app (first painted) faster than ${peer}, at 10k spans`,
          ours: article.tag.first,
          peer: peers[peer].tag,
          budget: { above: 1 },
        }),
        speedup({
          scenario: 'tag',
          metric: `app (committed and painted as saved) faster than ${peer}, at 10k spans`,
          ours: article.tag.times,
          peer: peers[peer].tag,
          budget: { above: 1 },
        }),
      );
    }
  }
  return entries;
}

function scrollFigures({ article }) {
  const entries = [];
  for (const [who, runs] of [
    ['app, 10k spans', article.scroll],
    ['baseline', article.scrollBaseline],
  ]) {
    const app = who.startsWith('app');
    entries.push(
      figure({
        scenario: 'scroll',
        metric: `${who}: longest frame`,
        unit: 'ms',
        values: runs.map((r) => r.maxFrame),
        budget: app ? { max: 50 } : undefined,
        note: `${runs[0]?.frames} frames per pass, 300 equal steps end to end`,
      }),
      figure({
        scenario: 'scroll',
        metric: `${who}: frames over 50 ms`,
        unit: 'frames',
        values: runs.map((r) => r.over50),
        budget: app ? { max: 0 } : undefined,
      }),
    );
    if (runs[0]?.maxLongFrame !== null) {
      entries.push(
        figure({
          scenario: 'scroll',
          metric: `${who}: longest long-animation-frame entry`,
          unit: 'ms',
          values: runs.map((r) => r.maxLongFrame),
        }),
      );
    }
  }
  return entries;
}

function libraryFigures({ library }, config) {
  const docs = config.libraryDocs.toLocaleString('en');
  const small =
    config.libraryDocs < 10_000 ? 'quick run: smaller library; the budget is for 10,000' : undefined;
  if (!library) {
    return [figure({ scenario: 'library', metric: 'skipped (--no-library)', unit: 'ms', values: [] })];
  }
  const entries = [
    figure({
      scenario: 'library',
      metric: `${docs} documents: reload → first list item painted`,
      unit: 'ms',
      values: library.paint,
      budget: { max: 500 },
      note: [`${library.items} list items rendered`, small].filter(Boolean).join('; '),
    }),
    figure({
      scenario: 'library',
      metric: `${docs} documents: list scroll, longest frame`,
      unit: 'ms',
      values: library.scroll.map((r) => r.maxFrame),
    }),
    figure({
      scenario: 'library',
      metric: `${docs} documents: filter (input → list shows the match)`,
      unit: 'ms',
      values: library.filter ?? [],
      budget: { below: 100 },
      note: library.filter ? small : 'no filter in the app yet (no searchbox "Filter documents")',
    }),
  ];
  entries.push(...datasetFigures(library.datasets, config), ...searchFigures(library.search, config));
  return entries;
}

export function allFigures(results, config) {
  return [
    ...openFigures(results, config),
    ...tagFigures(results, config),
    ...scrollFigures(results),
    ...libraryFigures(results, config),
  ];
}
