import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import type { Actor } from '../../../core/coding/actor';
import type { EventChanges } from '../../../core/coding/eventFields';
import { eventRow } from '../../../core/coding/eventRows';
import { eventsToCsv } from '../../../core/coding/eventsCsv';
import { eventsFileName, eventsToJson } from '../../../core/coding/eventsJson';
import type { ResolvedEvent } from '../../../core/coding/resolveEvent';
import type { Span } from '../../../core/spans/span';
import type { Platform } from '../../platform/platform';
import type { AnnotationStore } from '../../storage/annotationStore';

export type EventsFormat = 'csv' | 'json';

interface Options {
  store: AnnotationStore;
  platform: Platform;
  /** The open document, or null. */
  docId: string | null;
  /** The open document's spans: when they change (a span deleted, linked, re-coded) the events are re-read. */
  spans: readonly Span[];
  say(kind: 'status' | 'error', text: string): void;
  report(error: unknown): void;
  /** Messages in the interface language. */
  t: TFunction;
}

/**
 * Events of the open document and of the library: creating one from annotations, editing, deleting, and
 * exporting them as CSV or JSON through the platform's save path (a native dialog, or a download).
 */
export function useEvents({ store, platform, docId, spans, say, report, t }: Options) {
  const [events, setEvents] = useState<ResolvedEvent[]>([]);
  /** The library's events while "All events" is open; null when it is closed. */
  const [allEvents, setAllEvents] = useState<ResolvedEvent[] | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [editing, setEditing] = useState<ResolvedEvent | null>(null);
  /** The actor registry, offered as actor 1 / actor 2 while an event is edited. */
  const [actors, setActors] = useState<Actor[]>([]);

  const reload = useCallback(async () => {
    if (!docId) {
      setEvents([]);
      return;
    }
    try {
      setEvents(await store.events.resolve([docId]));
    } catch (error) {
      report(error);
    }
  }, [store, docId, report]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the spans are the trigger: a span edit changes the events' rows.
  useEffect(() => {
    void reload();
  }, [reload, spans]);

  const refreshAll = useCallback(async () => {
    if (allEvents) setAllEvents(await store.events.resolve());
  }, [store, allEvents]);

  const create = useCallback(
    async (spanIds: readonly string[]) => {
      if (!docId) return;
      try {
        await store.events.createFromSpans(docId, spanIds);
        setChoosing(false);
        await reload();
        say('status', t('eventMessages.created', { count: spanIds.length }));
      } catch (error) {
        report(error);
      }
    },
    [store, docId, reload, say, report, t],
  );

  const update = useCallback(
    async (id: string, changes: EventChanges) => {
      try {
        await store.events.update(id, changes);
        setEditing(null);
        await reload();
        await refreshAll();
        say('status', t('eventMessages.saved'));
      } catch (error) {
        report(error);
      }
    },
    [store, reload, refreshAll, say, report, t],
  );

  /**
   * The event waiting for "Delete" to be confirmed, with the number it has in the table it was chosen from:
   * an event holds the researcher's own work (date, type, notes, overrides), and deleting it cannot be undone.
   */
  const [deleting, setDeleting] = useState<{ id: string; number: number } | null>(null);
  const askRemove = useCallback((id: string, number: number) => setDeleting({ id, number }), []);
  const cancelRemove = useCallback(() => setDeleting(null), []);

  const remove = useCallback(
    async (id: string) => {
      setDeleting(null);
      try {
        await store.events.delete(id);
        await reload();
        await refreshAll();
        say('status', t('eventMessages.deleted'));
      } catch (error) {
        report(error);
      }
    },
    [store, reload, refreshAll, say, report, t],
  );

  const exportEvents = useCallback(
    async (format: EventsFormat, scope: 'document' | 'library') => {
      try {
        const resolved =
          scope === 'document' && docId ? await store.events.resolve([docId]) : await store.events.resolve();
        const rows = resolved.map(eventRow);
        const now = new Date();
        const content = format === 'csv' ? eventsToCsv(rows) : eventsToJson(rows, now);
        const where = await platform.saveExport(eventsFileName(now, scope, format), content);
        if (where) say('status', t('eventMessages.exported', { count: rows.length, where }));
      } catch (error) {
        say(
          'error',
          t('messages.exportFailed', { reason: error instanceof Error ? error.message : String(error) }),
        );
      }
    },
    [store, platform, docId, say, t],
  );

  const showAll = useCallback(async () => {
    try {
      setAllEvents(await store.events.resolve());
    } catch (error) {
      report(error);
    }
  }, [store, report]);

  const edit = useCallback(
    async (resolved: ResolvedEvent | null) => {
      setEditing(resolved);
      if (!resolved) return;
      try {
        setActors(await store.coding.listActors());
      } catch (error) {
        report(error);
      }
    },
    [store, report],
  );

  return {
    events,
    actors,
    allEvents,
    choosing,
    editing,
    create,
    update,
    remove,
    deleting,
    askRemove,
    cancelRemove,
    exportEvents,
    showAll,
    closeAll: () => setAllEvents(null),
    choose: () => setChoosing(true),
    closeChooser: () => setChoosing(false),
    edit,
  };
}

export type EventsState = ReturnType<typeof useEvents>;
