import { type Span, sortSpans } from '../spans/span';
import { invalidEventDateReason } from './eventFields';
import type { EventRecord } from './eventRecord';

/**
 * A new event over some spans of one document. Actors, place and fatalities are not copied: they are read
 * from the spans whenever the event is shown or exported (see resolveEvent), so later coding of a span
 * (linking it to an actor, correcting its figure) reaches the event. The date starts as the document's
 * publication date when that is a valid date (most reports are of the day before or the same day; the
 * researcher corrects it), the notes empty.
 */
export function draftEvent(
  docId: string,
  spans: ReadonlyArray<Pick<Span, 'id' | 'docId' | 'start' | 'end'>>,
  options: { id: string; now: number; publishedAt?: string },
): EventRecord {
  const foreign = spans.find((span) => span.docId !== docId);
  if (foreign) throw new Error('An event is built from annotations of one document.');
  const event: EventRecord = {
    id: options.id,
    docId,
    spanIds: [...new Set(sortSpans(spans).map((span) => span.id))],
    notes: '',
    createdAt: options.now,
    updatedAt: options.now,
  };
  const date = options.publishedAt?.slice(0, 10);
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date) && !invalidEventDateReason(date)) event.date = date;
  return event;
}
