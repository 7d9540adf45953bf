import { useTranslation } from 'react-i18next';
import type { Span } from '../../../core/spans/span';
import { ConfirmDialog } from '../ConfirmDialog';
import { AllEventsDialog } from './AllEventsDialog';
import { EventEditDialog } from './EventEditDialog';
import { EventsTable } from './EventsTable';
import { NewEventDialog } from './NewEventDialog';
import type { EventsState } from './useEvents';
import './events.css';

interface Props {
  events: EventsState;
  /** The open document's annotations, in text order. */
  spans: readonly Span[];
  selectedSpanId: string | null;
}

/**
 * The open document's events (region "Events"): "New event…" chooses annotations and makes an event of them,
 * each event can be edited or deleted, and the document's or the library's events exported as CSV or JSON.
 */
export function EventsPanel({ events, spans, selectedSpanId }: Props) {
  const { t } = useTranslation();
  return (
    <section className="events-panel" aria-labelledby="events-heading">
      <div className="events-header">
        <h2 id="events-heading">{t('events.heading', { count: events.events.length })}</h2>
        <div className="events-actions">
          <button type="button" onClick={events.choose} disabled={spans.length === 0}>
            {t('events.newEvent')}
          </button>
          <button type="button" onClick={() => void events.exportEvents('csv', 'document')}>
            {t('events.exportCsv')}
          </button>
          <button type="button" onClick={() => void events.exportEvents('json', 'document')}>
            {t('events.exportJson')}
          </button>
          <button type="button" onClick={() => void events.showAll()}>
            {t('events.allEvents')}
          </button>
        </div>
      </div>
      {events.events.length === 0 ? (
        <p className="hint">{t('events.noneYet')}</p>
      ) : (
        <div className="events-scroll">
          <EventsTable
            events={events.events}
            onEdit={(resolved) => void events.edit(resolved)}
            onDelete={(resolved, number) => events.askRemove(resolved.event.id, number)}
          />
        </div>
      )}
      <NewEventDialog
        open={events.choosing}
        spans={spans}
        preselected={selectedSpanId}
        onCreate={(ids) => void events.create(ids)}
        onClose={events.closeChooser}
      />
      <AllEventsDialog events={events} />
      <EventEditDialog
        event={events.editing}
        actors={events.actors}
        onSave={(id, changes) => void events.update(id, changes)}
        onClose={() => void events.edit(null)}
      />
      <ConfirmDialog
        message={events.deleting ? t('events.confirmDelete', { number: events.deleting.number }) : null}
        confirmLabel={t('events.delete', { number: events.deleting?.number ?? '' })}
        onConfirm={() => {
          if (events.deleting) void events.remove(events.deleting.id);
        }}
        onCancel={events.cancelRemove}
      />
    </section>
  );
}
