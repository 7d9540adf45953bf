// The report: a table on stdout and bench/results/latest.json plus a timestamped copy.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { BENCH } from './build.mjs';

const show = (value) => (value === null || value === undefined ? '–' : String(value));

export function table(entries) {
  const rows = entries.map((e) => [
    e.scenario,
    e.metric,
    e.median === null ? 'n/a' : `${e.median} ${e.unit}`,
    e.median === null ? '' : `${show(e.min)}–${show(e.max)}`,
    show(e.runs),
    e.ratio === undefined ? '' : show(e.ratio),
    e.budget ?? '',
    e.within_budget === undefined
      ? ''
      : e.within_budget === null
        ? '?'
        : e.within_budget
          ? 'yes'
          : `NO: ${e.missed_by}`,
  ]);
  const head = ['scenario', 'metric', 'median', 'min–max', 'runs', 'ratio', 'budget', 'within'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function machine(browser) {
  return {
    cpus: cpus().length,
    cpu_model: cpus()[0]?.model ?? null,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: browser.version(),
    /** 1-minute load average at the end of the run: above the CPU count, other work competed with the bench. */
    load_average: Number(loadavg()[0].toFixed(2)),
  };
}

/** Writes latest.json and a copy named after the run's start time; returns their paths. */
export function writeReport(report) {
  const dir = resolve(BENCH, 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = report.started_at.replace(/[:.]/g, '-');
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const paths = [resolve(dir, 'latest.json'), resolve(dir, `${stamp}.json`)];
  for (const path of paths) writeFileSync(path, json);
  return paths;
}
