// Figures: the median of several runs with min and max, compared with a baseline and checked against a budget.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (value, digits = 1) => (value === null ? null : Number(value.toFixed(digits)));

/**
 * One entry of the report. `values` are the measured runs (empty when the feature is missing). `budget` is
 * `{ max }` or `{ min }` on the figure itself, or on the ratio to the baseline with `on: 'ratio'`.
 */
export function figure({ scenario, metric, unit, values, baseline, budget, note }) {
  const entry = { scenario, metric, unit, median: null, min: null, max: null, runs: values.length };
  if (values.length) {
    entry.median = round(median(values), unit === 'ms' ? 1 : 2);
    entry.min = round(Math.min(...values), unit === 'ms' ? 1 : 2);
    entry.max = round(Math.max(...values), unit === 'ms' ? 1 : 2);
  }
  if (baseline !== undefined) {
    entry.baseline = baseline;
    entry.ratio = entry.median !== null && baseline ? round(entry.median / baseline, 2) : null;
  }
  if (budget) {
    const checked = budget.on === 'ratio' ? entry.ratio : entry.median;
    entry.budget = budgetText(budget, unit);
    entry.within_budget =
      checked === null ? null : budget.max !== undefined ? checked <= budget.max : checked >= budget.min;
    if (entry.within_budget === false) entry.missed_by = missedBy(checked, budget, unit);
  }
  if (note) entry.note = note;
  return entry;
}

function budgetText(budget, unit) {
  const what = budget.on === 'ratio' ? '× baseline' : ` ${unit}`;
  return budget.max !== undefined ? `≤ ${budget.max}${what}` : `≥ ${budget.min}${what}`;
}

/** How far a figure is from its budget, in the budget's own terms and as a factor. */
function missedBy(value, budget, unit) {
  const limit = budget.max ?? budget.min;
  const what = budget.on === 'ratio' ? '×' : ` ${unit}`;
  const gap = Math.abs(value - limit);
  const factor = limit ? (budget.max !== undefined ? value / limit : limit / value) : null;
  return `${round(gap, 2)}${what} ${budget.max !== undefined ? 'over' : 'under'}${
    factor ? ` (${round(factor, 2)}× the budget)` : ''
  }`;
}

/** A peer's median over ours: how many times faster the app is. */
export function speedup({ scenario, metric, ours, peer, budget, note }) {
  const values = ours.length && peer.length ? [median(peer) / median(ours)] : [];
  return { ...figure({ scenario, metric, unit: '×', values, budget, note }), runs: ours.length };
}
