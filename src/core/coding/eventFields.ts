import type { EventRecord } from './eventRecord';
import type { GeoPrecision } from './place';

/** What a researcher may change on an event. `null` clears an optional field. */
export interface EventChanges {
  date?: string | null;
  eventType?: string | null;
  notes?: string;
  geoPrecision?: GeoPrecision | null;
  /** Registry actors exported as actor 1 / actor 2 (e.g. the attacker first); null: the actor spans' order. */
  actor1?: string | null;
  actor2?: string | null;
  /** Overrides the figures read from the casualty spans; null goes back to them. */
  fatalities?: { low: number; best: number; high: number } | null;
}

/**
 * An event date as ACLED and UCDP code it: yyyy-mm-dd, or yyyy-mm / yyyy when the article says no more. The
 * day must exist in that month (2023-02-30 is refused). Returns why not, or null when the date is fine.
 */
export function invalidEventDateReason(date: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return `“${date}” is not a date: write yyyy-mm-dd (or yyyy-mm, or yyyy)`;
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12))
    return `“${date}” has no month ${month}`;
  if (day !== undefined) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > last) return `“${date}” has no day ${day}`;
  }
  return null;
}

/** Why fatality figures cannot be saved (whole numbers, not negative, low ≤ best ≤ high), or null. */
export function invalidFatalitiesReason(figures: { low: number; best: number; high: number }): string | null {
  for (const key of ['low', 'best', 'high'] as const) {
    const value = figures[key];
    if (!Number.isInteger(value) || value < 0) return `fatalities ${key} must be a whole number, 0 or more`;
  }
  if (figures.low > figures.best || figures.best > figures.high)
    return 'fatalities must read low ≤ best ≤ high';
  return null;
}

/** The reasons these changes cannot be saved; empty when they can. */
export function invalidChangesReasons(changes: EventChanges): string[] {
  const reasons: string[] = [];
  if (changes.date) {
    const reason = invalidEventDateReason(changes.date);
    if (reason) reasons.push(reason);
  }
  if (changes.fatalities) {
    const reason = invalidFatalitiesReason(changes.fatalities);
    if (reason) reasons.push(reason);
  }
  return reasons;
}

/** The event with the changes applied (validate first); `updatedAt` is the caller's. */
export function applyEventChanges(event: EventRecord, changes: EventChanges, updatedAt: number): EventRecord {
  const next: EventRecord = { ...event, updatedAt };
  if ('notes' in changes) next.notes = changes.notes ?? '';
  if ('date' in changes) {
    const date = changes.date?.trim();
    if (date) next.date = date;
    else delete next.date;
  }
  if ('eventType' in changes) {
    const eventType = changes.eventType?.trim();
    if (eventType) next.eventType = eventType;
    else delete next.eventType;
  }
  for (const key of ['actor1', 'actor2'] as const) {
    if (!(key in changes)) continue;
    const actorId = changes[key];
    if (actorId) next[key] = actorId;
    else delete next[key];
  }
  if ('geoPrecision' in changes) {
    if (changes.geoPrecision) next.geoPrecision = changes.geoPrecision;
    else delete next.geoPrecision;
  }
  if ('fatalities' in changes) {
    if (changes.fatalities) next.fatalities = { ...changes.fatalities };
    else delete next.fatalities;
  }
  return next;
}
