import type { TFunction } from 'i18next';
import { useCallback, useRef, useState } from 'react';
import type { Actor } from '../../../core/coding/actor';
import type { Place } from '../../../core/coding/place';
import { toFormatDocuments } from '../../../core/export/toFormatDocuments';
import type { FormatDocument, FormatFile } from '../../../core/formats/types';
import type { LabelDefinition } from '../../../core/labels';
import type { Platform } from '../../platform/platform';
import type { AnnotationStore } from '../../storage/annotationStore';
import type { DuplicatePolicy } from '../../storage/importDocuments';
import { StorageError } from '../../storage/storageError';
import type { Say } from '../useMessages';
import type { Workspace } from '../useWorkspace';
import type { ExportChoice } from './ExportDialog';
import type { DatasetPreview } from './prepareDataset';
import { readDatasetFiles } from './readDatasetFiles';
import { isLargeSpanlightJson, readLargeSpanlightJson } from './readLargeDataset';
import { useProgressTask } from './useProgressTask';
import { useStreamedExport } from './useStreamedExport';

interface Options {
  store: AnnotationStore;
  platform: Platform;
  workspace: Workspace;
  /** Taken before anything is imported, so an import can always be undone by a restore. */
  backUp: () => Promise<unknown>;
  say: Say;
  report: (error: unknown) => void;
  /** Messages in the interface language. */
  t: TFunction;
  /** Called after an import added labels to the current project. */
  onLabelsChanged?: () => Promise<unknown>;
}

/** Datasets in and out of the library: Export JSON, Export…, Import dataset…, Agreement…. */
export function useDatasets({
  store,
  platform,
  workspace,
  backUp,
  say,
  report,
  t,
  onLabelsChanged,
}: Options) {
  const { openDoc, reopen } = workspace;
  const [exportOpen, setExportOpen] = useState(false);
  const [agreementDocs, setAgreementDocs] = useState<FormatDocument[] | null>(null);
  const [datasetFiles, setDatasetFiles] = useState<FormatFile[] | null>(null);
  const [library, setLibrary] = useState<Array<Pick<FormatDocument, 'id' | 'title' | 'text' | 'url'>>>([]);
  const datasetInput = useRef<HTMLInputElement>(null);
  const [preparsed, setPreparsed] = useState<DatasetPreview | null>(null);
  const importTask = useProgressTask();

  const failed = useCallback(
    (error: unknown) => {
      if (error instanceof StorageError && error.causeName === 'AbortError')
        say('status', t('datasetMessages.exportCancelled'));
      else
        say(
          'error',
          t('messages.exportFailed', { reason: error instanceof Error ? error.message : String(error) }),
        );
    },
    [say, t],
  );

  // Large exports stream a batch of documents at a time, with a progress bar and Cancel (streamExport.ts).
  const streamed = useStreamedExport(store, platform);
  const runStreamed = streamed.run;

  const exportJson = useCallback(
    async (docIds?: string[]) => {
      try {
        // The library's own copy: a stored span that is not a range of its text refuses the export.
        const result = await runStreamed({
          format: 'spanlight-json',
          ...(docIds ? { docIds } : {}),
          invalidAnnotations: 'throw',
        });
        if (result.where)
          say('status', t('datasetMessages.exported', { count: result.documentCount, where: result.where }));
      } catch (error) {
        failed(error);
      }
    },
    [runStreamed, say, failed, t],
  );

  const exportFormat = useCallback(
    async (choice: ExportChoice, shownIds?: readonly string[] | null) => {
      try {
        const ids =
          choice.scope === 'document' && openDoc
            ? [openDoc.id]
            : choice.scope === 'shown' && shownIds
              ? [...shownIds]
              : undefined;
        // Every format streams (streamExport.ts). Closed first: the modal dialog would make the progress bar and
        // its Cancel button unreachable.
        setExportOpen(false);
        const result = await runStreamed({
          format: choice.format,
          ...(ids ? { docIds: ids } : {}),
          tokens: choice.tokens,
        });
        const { where } = result;
        if (!where) return;
        // What a format could not hold exactly is said, never dropped silently.
        const warned = result.warnings.length
          ? t('datasetMessages.warned', {
              count: result.warnings.length,
              warnings: result.warnings.join(' '),
            })
          : '';
        say(
          result.warnings.length ? 'error' : 'status',
          `${t('datasetMessages.exported', { count: result.documentCount, where })}${warned}`,
        );
      } catch (error) {
        failed(error);
      }
    },
    [openDoc, runStreamed, say, failed, t],
  );

  const chooseDataset = useCallback(
    async (files: Parameters<typeof readDatasetFiles>[0]) => {
      try {
        const read = await readDatasetFiles(files);
        setPreparsed(null);
        // Span files without texts (CSV, W3C) anchor on the library's documents.
        const entries = await store.snapshot();
        setLibrary(
          entries.map(({ document }) => ({
            id: document.id,
            title: document.title,
            text: document.text,
            url: document.url,
          })),
        );
        setDatasetFiles(read);
      } catch (error) {
        report(error);
      }
    },
    [store, report],
  );

  const openDataset = useCallback(async () => {
    const native = platform.openFiles();
    if (!native) {
      datasetInput.current?.click();
      return;
    }
    const { files, refused } = await native;
    if (refused.length) {
      say(
        'error',
        t('messages.refusedNothingImported', { reasons: refused.map((file) => file.reason).join(' ') }),
      );
      return;
    }
    if (files.length) await chooseDataset(files);
  }, [platform, chooseDataset, say, t]);

  /**
   * A large Spanlight JSON file (browser mode's file input) read as a stream, with its progress; true when the file
   * was taken this way (the preview then shows what was read), false for the usual whole-file path.
   */
  const openLargeDataset = useCallback(
    async (file: File): Promise<boolean> => {
      if (!(await isLargeSpanlightJson(file))) return false;
      const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));
      try {
        const outcome = await importTask.run('MB read', (signal, onProgress) =>
          readLargeSpanlightJson(file, {
            signal,
            onProgress: (read, total) => onProgress(megabytes(read), megabytes(total)),
          }),
        );
        if (!outcome.ok) {
          say('error', t('datasetMessages.cannotImport', { name: file.name, reason: outcome.reason }));
          return true;
        }
        setPreparsed({ formatId: 'spanlight-json', outcome });
        setLibrary([]);
        setDatasetFiles([{ path: file.name, content: '' }]);
      } catch (error) {
        report(error);
      }
      return true;
    },
    [importTask.run, say, report, t],
  );

  const closeImport = useCallback(() => {
    setDatasetFiles(null);
    setPreparsed(null);
  }, []);

  const importDataset = useCallback(
    async (
      documents: FormatDocument[],
      duplicates: DuplicatePolicy,
      actors?: readonly Actor[],
      places?: readonly Place[],
      newLabels?: readonly LabelDefinition[],
    ) => {
      // The dialog stays open (showing the progress and "Cancel import") until the import has committed.
      try {
        await backUp();
        // One transaction: all or nothing, also when cancelled.
        const result = await importTask.run('documents', (signal, onProgress) =>
          store.importDocuments(documents, {
            duplicates,
            signal,
            onProgress,
            ...(actors ? { actors } : {}),
            ...(places ? { places } : {}),
            ...(newLabels?.length ? { newLabels } : {}),
          }),
        );
        closeImport();
        // The labels the import added to the project: the toolbar and lists show them at once.
        if (newLabels?.length) await onLabelsChanged?.();
        await reopen(await store.listDocuments(), openDoc?.id);
        const parts: string[] = [
          t('datasetMessages.importedNew', { count: result.added, spans: result.spans }),
        ];
        if (result.skipped) parts.push(t('datasetMessages.skipped', { count: result.skipped }));
        if (result.replaced) parts.push(t('datasetMessages.replaced', { count: result.replaced }));
        if (result.merged) parts.push(t('datasetMessages.merged', { count: result.merged }));
        say('status', `${parts.join(t('datasetMessages.separator'))}.`);
      } catch (error) {
        if (error instanceof StorageError && error.causeName === 'AbortError')
          say('status', t('datasetMessages.importCancelled'));
        else report(error);
      }
    },
    [store, backUp, openDoc, reopen, say, report, closeImport, importTask.run, t, onLabelsChanged],
  );

  const openAgreement = useCallback(async () => {
    try {
      setAgreementDocs(toFormatDocuments(await store.snapshot()));
    } catch (error) {
      report(error);
    }
  }, [store, report]);

  return {
    /** Documents written of all while a streamed export runs, else null; cancelExport stops it. */
    exportProgress: streamed.progress,
    cancelExport: streamed.cancel,
    exportOpen,
    setExportOpen,
    exportJson,
    exportFormat,
    datasetInput,
    datasetFiles,
    library,
    chooseDataset,
    openDataset,
    importDataset,
    closeImport,
    /** A large Spanlight JSON read ahead of the dialog (openLargeDataset), shown instead of parsing `datasetFiles`. */
    preparsed,
    openLargeDataset,
    /** Reading or writing a large import: its progress, else null; cancelImport stops it (nothing is written). */
    importProgress: importTask.progress,
    cancelImport: importTask.cancel,
    agreementDocs,
    openAgreement,
    closeAgreement: () => setAgreementDocs(null),
  };
}
