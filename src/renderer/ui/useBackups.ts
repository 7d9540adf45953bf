import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { importSpanlightJson } from '../../core/formats/spanlightJson';
import type { BackupInfo, BackupReason, Sentinel } from '../../shared/ipc';
import type { Platform } from '../platform/platform';
import type { AnnotationStore } from '../storage/annotationStore';
import { exportDatasetJson } from './exportDataset';

/** A scheduled backup is taken this often while there are unsaved-to-backup changes. */
const BACKUP_INTERVAL_MS = 5 * 60 * 1000;
/** The sentinel is rewritten this long after the last write (writes come in bursts). */
const SENTINEL_DELAY_MS = 400;

/**
 * Whether the database holds clearly less than the sentinel says. The sentinel is written a moment after each
 * write and, in browser mode, lives in localStorage, which Chromium flushes lazily: after a crash it can still
 * count a few annotations deleted just before. So a handful of missing annotations is not called a loss (the
 * crash test saw exactly that); a missing document, an empty library or a tenth of the annotations gone is.
 */
export function looksLost(sentinel: Sentinel, found: { documents: number; spans: number }): boolean {
  if (sentinel.documents > 0 && found.documents === 0) return true;
  if (found.documents < sentinel.documents) return true;
  return found.spans < sentinel.spans - Math.max(5, Math.ceil(sentinel.spans * 0.1));
}

export interface SuspectedLoss {
  sentinel: Sentinel;
  found: { documents: number; spans: number };
}

interface Options {
  store: AnnotationStore;
  platform: Platform;
  /** False until the library's first load finished (the sample article may be written then). */
  ready: boolean;
  onRestored(): Promise<void>;
  onMessage(kind: 'status' | 'error', text: string): void;
  /** The interface language's strings, read when a message is said. */
  t: TFunction;
}

/**
 * Snapshots of the library outside IndexedDB: on a schedule, before imports, and on request; a sentinel
 * with the counts of the last write; at start, a database smaller than the sentinel says is reported and
 * the newest backup offered instead of silently starting fresh.
 */
export function useBackups({ store, platform, ready, onRestored, onMessage, t }: Options) {
  const target = platform.backups;
  const [open, setOpen] = useState(false);
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [loss, setLoss] = useState<SuspectedLoss | null>(null);
  const dirty = useRef(false);
  const sentinelTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const checked = useRef(false);

  const refreshList = useCallback(async () => {
    if (target) setBackups(await target.list());
  }, [target]);

  const writeSentinel = useCallback(async () => {
    if (!target) return;
    const counts = await store.counts();
    await target.writeSentinel({ ...counts, lastWriteAt: new Date().toISOString() });
  }, [store, target]);

  // After every committed write: the sentinel follows, and the next scheduled backup has work to do.
  useEffect(
    () =>
      store.subscribe(() => {
        dirty.current = true;
        if (sentinelTimer.current) clearTimeout(sentinelTimer.current);
        sentinelTimer.current = setTimeout(() => void writeSentinel().catch(() => {}), SENTINEL_DELAY_MS);
      }),
    [store, writeSentinel],
  );

  const backUp = useCallback(
    async (reason: BackupReason): Promise<boolean> => {
      if (!target) return false;
      const counts = await store.counts();
      // An empty library is never backed up: it must not push a good backup out of the kept set.
      if (counts.documents === 0) return false;
      const { content } = await exportDatasetJson(store);
      const result = await target.write(reason, content, counts);
      if (!result.ok) {
        onMessage('error', t('messages.backupNotWritten', { reason: result.reason }));
        return false;
      }
      dirty.current = false;
      if (reason === 'manual')
        onMessage('status', t('messages.backedUp', { documents: counts.documents, spans: counts.spans }));
      return true;
    },
    [store, target, onMessage, t],
  );

  useEffect(() => {
    if (!target) return;
    const timer = setInterval(() => {
      if (dirty.current) void backUp('scheduled');
    }, BACKUP_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [target, backUp]);

  // At start: compare the database with the sentinel written at its last write.
  useEffect(() => {
    if (!ready || !target || checked.current) return;
    checked.current = true;
    void (async () => {
      const sentinel = await target.readSentinel();
      const found = await store.counts();
      if (sentinel && looksLost(sentinel, found)) {
        setLoss({ sentinel, found });
        await refreshList();
        setOpen(true);
      } else {
        await writeSentinel();
      }
    })().catch(() => {});
  }, [ready, target, store, refreshList, writeSentinel]);

  const restore = useCallback(
    async (name: string) => {
      if (!target) return;
      const read = await target.read(name);
      if (!read.ok) {
        onMessage('error', t('messages.backupNotRead', { reason: read.reason }));
        return;
      }
      const parsed = importSpanlightJson(read.content);
      if (!parsed.ok) {
        onMessage('error', t('messages.backupDamaged', { reason: parsed.reason }));
        return;
      }
      try {
        // The backup's actor registry replaces the library's (absent in the file: it had none). Its places
        // replace the library's too, but a backup without any (written before places were exported) keeps them:
        // its spans may link to them.
        const result = await store.restoreDocuments(parsed.documents, parsed.actors ?? [], parsed.places);
        await writeSentinel();
        setLoss(null);
        setOpen(false);
        await onRestored();
        onMessage('status', t('messages.restored', { documents: result.added, spans: result.spans }));
      } catch (error) {
        onMessage('error', error instanceof Error ? error.message : String(error));
      }
    },
    [store, target, writeSentinel, onRestored, onMessage, t],
  );

  return {
    available: target !== null,
    where: target?.where ?? '',
    open,
    backups,
    loss,
    show: async () => {
      await refreshList();
      setOpen(true);
    },
    close: () => {
      setOpen(false);
      if (loss) {
        // "Keep the library as it is": the current counts become the new reference.
        setLoss(null);
        void writeSentinel();
      }
    },
    backUp: async (reason: BackupReason) => {
      const done = await backUp(reason);
      if (done) await refreshList();
      return done;
    },
    restore,
  };
}
