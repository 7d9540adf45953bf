import { useCallback, useRef, useState } from 'react';
import { toFormatDocuments } from '../../../core/export/toFormatDocuments';
import type { FormatDocument, FormatFile } from '../../../core/formats/types';
import type { Platform } from '../../platform/platform';
import type { AnnotationStore } from '../../storage/annotationStore';
import type { DuplicatePolicy } from '../../storage/importDocuments';
import { exportDatasetJson } from '../exportDataset';
import type { Say } from '../useMessages';
import type { Workspace } from '../useWorkspace';
import type { ExportChoice } from './ExportDialog';
import { exportInFormat } from './exportFormat';
import { readDatasetFiles } from './readDatasetFiles';

interface Options {
  store: AnnotationStore;
  platform: Platform;
  workspace: Workspace;
  /** Taken before anything is imported, so an import can always be undone by a restore. */
  backUp: () => Promise<unknown>;
  say: Say;
  report: (error: unknown) => void;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Datasets in and out of the library: Export JSON, Export…, Import dataset…, Agreement…. */
export function useDatasets({ store, platform, workspace, backUp, say, report }: Options) {
  const { openDoc, reopen } = workspace;
  const [exportOpen, setExportOpen] = useState(false);
  const [agreementDocs, setAgreementDocs] = useState<FormatDocument[] | null>(null);
  const [datasetFiles, setDatasetFiles] = useState<FormatFile[] | null>(null);
  const [library, setLibrary] = useState<Array<Pick<FormatDocument, 'id' | 'title' | 'text' | 'url'>>>([]);
  const datasetInput = useRef<HTMLInputElement>(null);

  const failed = useCallback(
    (error: unknown) =>
      say('error', `Export failed: ${error instanceof Error ? error.message : String(error)}`),
    [say],
  );

  const exportJson = useCallback(
    async (docIds?: string[]) => {
      try {
        const { fileName, content, documentCount } = await exportDatasetJson(store, docIds);
        const where = await platform.saveExport(fileName, content);
        if (where) say('status', `Exported ${plural(documentCount, 'document')}. ${where}.`);
      } catch (error) {
        failed(error);
      }
    },
    [store, platform, say, failed],
  );

  const exportFormat = useCallback(
    async (choice: ExportChoice) => {
      try {
        const ids = choice.scope === 'document' && openDoc ? [openDoc.id] : undefined;
        const result = await exportInFormat(store, choice.format, ids, { tokens: choice.tokens });
        const where = await platform.saveExport(result.fileName, result.content, result.encoding);
        setExportOpen(false);
        if (!where) return;
        // What a format could not hold exactly is said, never dropped silently.
        const warned = result.warnings.length
          ? ` ${plural(result.warnings.length, 'warning')}: ${result.warnings.join(' ')}`
          : '';
        say(
          result.warnings.length ? 'error' : 'status',
          `Exported ${plural(result.documentCount, 'document')}. ${where}.${warned}`,
        );
      } catch (error) {
        failed(error);
      }
    },
    [store, platform, openDoc, say, failed],
  );

  const chooseDataset = useCallback(
    async (files: Parameters<typeof readDatasetFiles>[0]) => {
      try {
        const read = await readDatasetFiles(files);
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
      say('error', `${refused.map((file) => file.reason).join(' ')} Nothing was imported.`);
      return;
    }
    if (files.length) await chooseDataset(files);
  }, [platform, chooseDataset, say]);

  const importDataset = useCallback(
    async (documents: FormatDocument[], duplicates: DuplicatePolicy) => {
      try {
        await backUp();
        const result = await store.importDocuments(documents, { duplicates });
        setDatasetFiles(null);
        await reopen(await store.listDocuments(), openDoc?.id);
        const parts = [`Imported ${plural(result.added, 'new document')} and ${result.spans} annotations`];
        if (result.skipped) parts.push(`${result.skipped} already in the library skipped`);
        if (result.replaced) parts.push(`${result.replaced} replaced`);
        if (result.merged) parts.push(`${result.merged} kept alongside the existing annotations`);
        say('status', `${parts.join('; ')}.`);
      } catch (error) {
        report(error);
      }
    },
    [store, backUp, openDoc, reopen, say, report],
  );

  const openAgreement = useCallback(async () => {
    try {
      setAgreementDocs(toFormatDocuments(await store.snapshot()));
    } catch (error) {
      report(error);
    }
  }, [store, report]);

  return {
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
    closeImport: () => setDatasetFiles(null),
    agreementDocs,
    openAgreement,
    closeAgreement: () => setAgreementDocs(null),
  };
}
