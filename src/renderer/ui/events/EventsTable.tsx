import { eventRow } from '../../../core/coding/eventRows';
import type { ResolvedEvent } from '../../../core/coding/resolveEvent';

interface Props {
  events: readonly ResolvedEvent[];
  /** The library view adds the document's title. */
  showDocument?: boolean;
  onEdit(event: ResolvedEvent): void;
  onDelete(event: ResolvedEvent): void;
}

/** A figure triple as "low–best–high", or the single figure when all three agree. */
function figures(low: number | null, best: number | null, high: number | null): string {
  if (best === null) return '—';
  return low === best && best === high ? String(best) : `${low}–${best}–${high}`;
}

/** The same sentence once (two casualty spans with the same text would say the same thing). */
function distinct(problems: ResolvedEvent['problems']): ResolvedEvent['problems'] {
  return problems.filter(
    (problem, index) => problems.findIndex((p) => p.message === problem.message) === index,
  );
}

const dash = (value: string | number | null) => (value === null || value === '' ? '—' : value);

/**
 * Events as the export will have them (the same rows), one per line, with what to check before exporting.
 * Cells holding article text are isolated (<bdi>) so Arabic names do not reorder the row around them.
 */
export function EventsTable({ events, showDocument = false, onEdit, onDelete }: Props) {
  return (
    <table aria-label="Events" className="events-table">
      <thead>
        <tr>
          <th scope="col">#</th>
          {showDocument && <th scope="col">Document</th>}
          <th scope="col">Date</th>
          <th scope="col">Type</th>
          <th scope="col">Actor 1</th>
          <th scope="col">Actor 2</th>
          <th scope="col">Place</th>
          <th scope="col">Coordinates</th>
          <th scope="col">Fatalities</th>
          <th scope="col">Notes</th>
          <th scope="col">To check</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {events.map((resolved, index) => {
          const row = eventRow(resolved);
          const number = index + 1;
          return (
            <tr key={row.event_id} data-event-id={row.event_id}>
              <th scope="row">{number}</th>
              {showDocument && (
                <td>
                  <bdi>{row.document_title}</bdi>
                </td>
              )}
              <td dir="ltr">{dash(row.date)}</td>
              <td>{dash(row.event_type)}</td>
              <td>
                <bdi>{dash(row.actor1)}</bdi>
              </td>
              <td>
                <bdi>{dash(row.actor2)}</bdi>
              </td>
              <td>
                <bdi>{dash(row.location)}</bdi>
              </td>
              <td dir="ltr">
                {row.latitude === null || row.longitude === null ? '—' : `${row.latitude}, ${row.longitude}`}
              </td>
              <td dir="ltr">
                {figures(row.fatalities_low, row.fatalities_best, row.fatalities_high)}
                {resolved.fatalities?.overridden ? ' (set by hand)' : ''}
              </td>
              <td>
                <bdi>{dash(row.notes)}</bdi>
              </td>
              <td>
                {resolved.problems.length === 0 ? (
                  'Nothing'
                ) : (
                  <details>
                    <summary>{resolved.problems.length} to check</summary>
                    <ul className="event-problems">
                      {distinct(resolved.problems).map((problem) => (
                        <li key={problem.message} className={problem.severity}>
                          {problem.message}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </td>
              <td className="event-actions">
                <button type="button" onClick={() => onEdit(resolved)}>
                  Edit event {number}
                </button>
                <button type="button" className="danger" onClick={() => onDelete(resolved)}>
                  Delete event {number}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
