import type { EventRow } from './eventRows';

/** The events export in JSON: the same rows as the CSV, with numbers as numbers and span ids as an array. */
export interface EventsFile {
  format: 'spanlight.events';
  version: 1;
  exported_at: string;
  events: EventRow[];
}

export function eventsToJson(rows: readonly EventRow[], exportedAt: Date): string {
  const file: EventsFile = {
    format: 'spanlight.events',
    version: 1,
    exported_at: exportedAt.toISOString(),
    events: [...rows],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** spanlight-events-<scope>-<UTC time>.<csv|json> */
export function eventsFileName(
  exportedAt: Date,
  scope: 'document' | 'library',
  extension: 'csv' | 'json',
): string {
  const stamp = exportedAt.toISOString().replace(/[:]/g, '-').replace(/\..+$/, '');
  return `spanlight-events-${scope}-${stamp}.${extension}`;
}
