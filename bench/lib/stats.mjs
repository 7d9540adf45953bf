// Figures: the median of several runs with min and max, compared with a baseline and checked against a budget.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (value, digits = 1) => (value === null ? null : Number(value.toFixed(digits)));

const KINDS = {
  max: { sign: '≤', ok: (value, limit) => value <= limit, upper: true },
  below: { sign: '<', ok: (value, limit) => value < limit, upper: true },
  min: { sign: '≥', ok: (value, limit) => value >= limit, upper: false },
  above: { sign: '>', ok: (value, limit) => value > limit, upper: false },
};

function kindOf(budget) {
  const key = Object.keys(KINDS).find((name) => budget[name] !== undefined);
  return { ...KINDS[key], limit: budget[key] };
}

/**
 * One entry of the report. `values` are the measured runs (empty when the feature is missing). `budget` is
 * one of `{ max }` (≤), `{ below }` (<), `{ min }` (≥), `{ above }` (>), on the figure itself or, with
 * `on: 'ratio'`, on its ratio to the baseline.
 */
export function figure({ scenario, metric, unit, values, baseline, budget, note }) {
  const digits = unit === 'ms' ? 1 : 2;
  const entry = { scenario, metric, unit, median: null, min: null, max: null, runs: values.length };
  if (values.length) {
    entry.median = round(median(values), digits);
    entry.min = round(Math.min(...values), digits);
    entry.max = round(Math.max(...values), digits);
  }
  if (baseline !== undefined) {
    entry.baseline = baseline;
    entry.ratio = entry.median !== null && baseline ? round(entry.median / baseline, 2) : null;
  }
  if (budget) {
    const kind = kindOf(budget);
    const checked = budget.on === 'ratio' ? entry.ratio : entry.median;
    const what = budget.on === 'ratio' ? '× baseline' : ` ${unit}`;
    entry.budget = `${kind.sign} ${kind.limit}${what}`;
    entry.within_budget = checked === null ? null : kind.ok(checked, kind.limit);
    if (entry.within_budget === false)
      entry.missed_by = missedBy(checked, kind, budget.on === 'ratio' ? '×' : ` ${unit}`);
  }
  entry.values = values.map((value) => round(value, digits));
  if (note) entry.note = note;
  return entry;
}

/** How far a figure is from its budget, in the budget's own terms and as a factor. */
function missedBy(value, { limit, upper }, what) {
  const gap = round(Math.abs(value - limit), 2);
  const factor = limit && value ? round(upper ? value / limit : limit / value, 2) : null;
  return `${gap}${what} ${upper ? 'over' : 'under'}${factor ? ` (${factor}× the budget)` : ''}`;
}

/** A peer's median over ours: how many times faster the app is (one value, from the two medians). */
export function speedup({ scenario, metric, ours, peer, budget, note }) {
  const values = ours.length && peer.length ? [median(peer) / median(ours)] : [];
  return figure({ scenario, metric, unit: '×', values, budget, note });
}
