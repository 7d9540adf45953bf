import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../core/coding/actor';
import { type EventChanges, invalidChangesReasons } from '../../../core/coding/eventFields';
import { ACLED_EVENT_TYPES } from '../../../core/coding/eventTypes';
import { GEO_PRECISIONS, type GeoPrecision } from '../../../core/coding/place';
import type { ResolvedEvent } from '../../../core/coding/resolveEvent';
import { translateCoreReason } from '../../i18n/coreReasons';
import { useModalDialog } from '../useModalDialog';

interface Props {
  /** The event being edited, or null when the dialog is closed. */
  event: ResolvedEvent | null;
  /** The actor registry, to choose actor 1 and actor 2 when the text order is not the roles' order. */
  actors: readonly Actor[];
  onSave(id: string, changes: EventChanges): void;
  onClose(): void;
}

interface Form {
  actor1: string;
  actor2: string;
  date: string;
  eventType: string;
  notes: string;
  geoPrecision: GeoPrecision | '';
  override: boolean;
  low: string;
  best: string;
  high: string;
}

function formOf({ event, fatalities }: ResolvedEvent): Form {
  const figures = event.fatalities ?? fatalities;
  return {
    actor1: event.actor1 ?? '',
    actor2: event.actor2 ?? '',
    date: event.date ?? '',
    eventType: event.eventType ?? '',
    notes: event.notes,
    geoPrecision: event.geoPrecision ?? '',
    override: event.fatalities !== undefined,
    low: figures ? String(figures.low) : '',
    best: figures ? String(figures.best) : '',
    high: figures ? String(figures.high) : '',
  };
}

const FATALITIES = {
  low: 'events.fatalitiesLow',
  best: 'events.fatalitiesBest',
  high: 'events.fatalitiesHigh',
} as const;

/** An empty figure field reads as NaN, which validation refuses with a sentence. */
const figure = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

/**
 * "Edit event": date, type (ACLED's offered, any allowed), notes, the place's precision, and fatalities set by
 * hand instead of the sum of the casualty spans. Invalid values are named and nothing is saved.
 */
export function EventEditDialog({ event, actors, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form | null>(null);
  const [reasons, setReasons] = useState<string[]>([]);

  const dialog = useModalDialog(event !== null, () => {
    if (event) setForm(formOf(event));
    setReasons([]);
  });

  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((current) => (current ? { ...current, [key]: value } : current));

  const submit = (submitted: FormEvent) => {
    submitted.preventDefault();
    if (!event || !form) return;
    const changes: EventChanges = {
      actor1: form.actor1 || null,
      actor2: form.actor2 || null,
      date: form.date.trim() || null,
      eventType: form.eventType.trim() || null,
      notes: form.notes,
      geoPrecision: form.geoPrecision || null,
      fatalities: form.override
        ? { low: figure(form.low), best: figure(form.best), high: figure(form.high) }
        : null,
    };
    const problems = invalidChangesReasons(changes);
    setReasons(problems);
    if (problems.length === 0) onSave(event.event.id, changes);
  };

  return (
    <dialog ref={dialog} aria-labelledby="edit-event-heading" className="dialog" onClose={onClose}>
      {event !== null && form && (
        <form onSubmit={submit} className="dialog-form event-edit-form">
          <h2 id="edit-event-heading">{t('events.editHeading')}</h2>
          {(['actor1', 'actor2'] as const).map((key, index) => (
            <label key={key}>
              {t('events.actorNumber', { number: index + 1 })}
              <select value={form[key]} onChange={(e) => set(key, e.target.value)}>
                <option value="">{t('events.fromAnnotations')}</option>
                {actors.map((actor) => (
                  <option key={actor.id} value={actor.id}>
                    {actor.name}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <label>
            {t('events.date')}
            <input
              dir="ltr"
              value={form.date}
              placeholder={t('events.datePlaceholder')}
              onChange={(e) => set('date', e.target.value)}
            />
          </label>
          <label>
            {t('events.eventType')}
            <input
              list="acled-event-types"
              value={form.eventType}
              onChange={(e) => set('eventType', e.target.value)}
            />
            <datalist id="acled-event-types">
              {ACLED_EVENT_TYPES.map((type) => (
                <option key={type} value={type} />
              ))}
            </datalist>
          </label>
          <label>
            {t('events.placePrecision')}
            <select
              value={form.geoPrecision}
              onChange={(e) => set('geoPrecision', e.target.value as GeoPrecision | '')}
            >
              <option value="">{t('events.asPlaceSays')}</option>
              {GEO_PRECISIONS.map((precision) => (
                <option key={precision.key} value={precision.key}>
                  {precision.code} – {t(`geoPrecisions.${precision.key}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.override}
              onChange={(e) => set('override', e.target.checked)}
            />
            {t('events.overrideFatalities')}
          </label>
          <div className="inline-field">
            {(['low', 'best', 'high'] as const).map((key) => (
              <label key={key}>
                {t(FATALITIES[key])}
                <input
                  type="number"
                  min={0}
                  step={1}
                  dir="ltr"
                  disabled={!form.override}
                  value={form[key]}
                  onChange={(e) => set(key, e.target.value)}
                />
              </label>
            ))}
          </div>
          <label>
            {t('events.notes')}
            <textarea dir="auto" rows={3} value={form.notes} onChange={(e) => set('notes', e.target.value)} />
          </label>
          {reasons.length > 0 && (
            <ul role="alert" className="form-problems">
              {reasons.map((reason) => (
                <li key={reason}>{translateCoreReason(t, reason)}</li>
              ))}
            </ul>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('events.cancel')}
            </button>
            <button type="submit">{t('events.save')}</button>
          </div>
        </form>
      )}
    </dialog>
  );
}
