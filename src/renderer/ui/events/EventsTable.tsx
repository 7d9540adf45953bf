import { useTranslation } from 'react-i18next';
import { eventRow } from '../../../core/coding/eventRows';
import type { ResolvedEvent } from '../../../core/coding/resolveEvent';
import { translateCoreReason } from '../../i18n/coreReasons';
import { useInterfaceFormat } from '../../i18n/useInterfaceFormat';

interface Props {
  events: readonly ResolvedEvent[];
  /** The library view adds the document's title. */
  showDocument?: boolean;
  onEdit(event: ResolvedEvent): void;
  /** `number`: the event's number in this table, as shown in its row. */
  onDelete(event: ResolvedEvent, number: number): void;
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
  const { t } = useTranslation();
  const format = useInterfaceFormat();
  return (
    <table aria-label={t('events.table')} className="events-table">
      <thead>
        <tr>
          <th scope="col">#</th>
          {showDocument && <th scope="col">{t('events.document')}</th>}
          <th scope="col">{t('events.date')}</th>
          <th scope="col">{t('events.type')}</th>
          <th scope="col">{t('events.actor1')}</th>
          <th scope="col">{t('events.actor2')}</th>
          <th scope="col">{t('events.place')}</th>
          <th scope="col">{t('events.coordinates')}</th>
          <th scope="col">{t('events.fatalities')}</th>
          <th scope="col">{t('events.notes')}</th>
          <th scope="col">{t('events.toCheck')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('events.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {events.map((resolved, index) => {
          const row = eventRow(resolved);
          const number = index + 1;
          return (
            <tr key={row.event_id} data-event-id={row.event_id}>
              <th scope="row">{format.count(number)}</th>
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
                {resolved.fatalities?.overridden ? t('events.setByHand') : ''}
              </td>
              <td>
                <bdi>{dash(row.notes)}</bdi>
              </td>
              <td>
                {resolved.problems.length === 0 ? (
                  t('events.nothing')
                ) : (
                  <details>
                    <summary>{t('events.problems', { count: resolved.problems.length })}</summary>
                    <ul className="event-problems">
                      {distinct(resolved.problems).map((problem) => (
                        <li key={problem.message} className={problem.severity}>
                          {translateCoreReason(t, problem.message)}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </td>
              <td className="event-actions">
                <button type="button" onClick={() => onEdit(resolved)}>
                  {t('events.edit', { number })}
                </button>
                <button type="button" className="danger" onClick={() => onDelete(resolved, number)}>
                  {t('events.delete', { number })}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
