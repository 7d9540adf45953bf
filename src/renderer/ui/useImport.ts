import type { TFunction } from 'i18next';
import { useCallback, useRef, useState } from 'react';
import type { CsvMapping } from '../../core/intake/csv';
import type { TextEncodingChoice } from '../../core/intake/decodeText';
import type { IntakeFile } from '../../core/intake/types';
import { translateError } from '../i18n/storageErrors';
import {
  needsReview,
  type PreparedFile,
  prepareFile,
  refusalMessage,
  withCsvMapping,
  withEncoding,
} from '../intake/prepareImport';
import type { AnnotationStore, CreatedDocument } from '../storage/annotationStore';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading' | 'saving'; done: number; total: number; current: string }
  | { phase: 'review'; files: PreparedFile[]; skippedHidden: number };

export interface ImportOutcome {
  created: CreatedDocument[];
  warnings: string[];
}

interface Options {
  store: AnnotationStore;
  /** Runs before anything is written (a backup of the library as it was). */
  beforeCommit?(): Promise<unknown>;
  onImported(outcome: ImportOutcome): Promise<void> | void;
  onMessage(kind: 'status' | 'error', text: string): void;
  /** The interface language's strings, read when a message is said. */
  t: TFunction;
}

/**
 * An import from start to commit: read and parse each file (progress, cancellable), let the researcher check
 * guessed encodings and CSV columns, then write every document in one transaction — all or nothing.
 */
export function useImport({ store, beforeCommit, onImported, onMessage, t }: Options) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const commit = useCallback(
    async (files: PreparedFile[]) => {
      const drafts = files.flatMap((file) => file.drafts);
      const abort = new AbortController();
      controller.current = abort;
      setState({ phase: 'saving', done: 0, total: drafts.length, current: '' });
      try {
        await beforeCommit?.().catch(() => {});
        const created = await store.createDocuments(drafts, {
          signal: abort.signal,
          onProgress: (done, total) =>
            setState({ phase: 'saving', done, total, current: drafts[done]?.title ?? '' }),
        });
        setState({ phase: 'idle' });
        await onImported({ created, warnings: files.flatMap((file) => file.warnings) });
      } catch (error) {
        setState({ phase: 'idle' });
        onMessage('error', translateError(t, error));
      } finally {
        controller.current = null;
      }
    },
    [store, beforeCommit, onImported, onMessage, t],
  );

  const start = useCallback(
    async (files: readonly IntakeFile[], options: { fromFolder?: boolean; skippedHidden?: number } = {}) => {
      if (files.length === 0) return;
      const abort = new AbortController();
      controller.current = abort;
      const prepared: PreparedFile[] = [];
      for (const [index, file] of files.entries()) {
        setState({
          phase: 'reading',
          done: index,
          total: files.length,
          current: file.relativePath ?? file.name,
        });
        const result = await prepareFile(file, abort.signal);
        if (abort.signal.aborted) {
          setState({ phase: 'idle' });
          onMessage('status', t('messages.importCancelled'));
          return;
        }
        // Inside a dropped folder, files that are not articles (images, spreadsheets) are left out, not fatal.
        if (options.fromFolder && file.relativePath && !result.kind) continue;
        prepared.push(result);
      }
      controller.current = null;
      if (prepared.length === 0) {
        setState({ phase: 'idle' });
        onMessage('error', t('messages.nothingToImport'));
        return;
      }
      if (prepared.some(needsReview)) {
        setState({ phase: 'review', files: prepared, skippedHidden: options.skippedHidden ?? 0 });
        return;
      }
      await commit(prepared);
    },
    [commit, onMessage, t],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState((current) => (current.phase === 'review' ? { phase: 'idle' } : current));
  }, []);

  const update = useCallback((index: number, change: (file: PreparedFile) => PreparedFile) => {
    setState((current) =>
      current.phase === 'review'
        ? { ...current, files: current.files.map((file, i) => (i === index ? change(file) : file)) }
        : current,
    );
  }, []);

  return {
    state,
    start,
    cancel,
    confirm: () => (state.phase === 'review' ? commit(state.files) : Promise.resolve()),
    chooseEncoding: (index: number, encoding: TextEncodingChoice) =>
      update(index, (file) => withEncoding(file, encoding)),
    mapColumns: (index: number, mapping: CsvMapping) =>
      update(index, (file) => withCsvMapping(file, mapping)),
  };
}

export { refusalMessage };
