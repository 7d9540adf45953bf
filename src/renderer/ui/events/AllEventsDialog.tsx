import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../useModalDialog';
import { EventsTable } from './EventsTable';
import type { EventsState } from './useEvents';

/** "All events…": every event of the library, with its document, and the library's export. */
export function AllEventsDialog({ events }: { events: EventsState }) {
  const { t } = useTranslation();
  const all = events.allEvents;
  const dialog = useModalDialog(all !== null);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="all-events-heading"
      className="dialog all-events-dialog"
      onClose={events.closeAll}
    >
      {all !== null && (
        <>
          <h2 id="all-events-heading">{t('events.allHeading', { count: all?.length ?? 0 })}</h2>
          {all && all.length > 0 ? (
            <div className="events-scroll">
              <EventsTable
                events={all}
                showDocument
                onEdit={(resolved) => void events.edit(resolved)}
                onDelete={(resolved, number) => events.askRemove(resolved.event.id, number)}
              />
            </div>
          ) : (
            <p>{t('events.noneInLibrary')}</p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={() => void events.exportEvents('csv', 'library')}>
              {t('events.exportAllCsv')}
            </button>
            <button type="button" onClick={() => void events.exportEvents('json', 'library')}>
              {t('events.exportAllJson')}
            </button>
            <button type="button" onClick={events.closeAll}>
              {t('events.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
