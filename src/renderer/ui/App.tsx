import { type DragEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDraft, SpanlightDocument } from '../../core/document';
import { DOCUMENT_STATUSES, type DocumentStatus, statusName } from '../../core/documentStatus';
import { toFormatDocuments } from '../../core/export/toFormatDocuments';
import type { FormatDocument, FormatFile } from '../../core/formats/types';
import { type LabelKey, labelByKey } from '../../core/labels';
import { insertSorted, type Span } from '../../core/spans/span';
import { documentDirection, type TextDirection } from '../../core/text/direction';
import { ARTICLE_EXTENSIONS } from '../../shared/ipc';
import { type ArticleSelection, ArticleView, type ArticleViewHandle } from '../editor/ArticleView';
import { entriesOfDrop, readDropped } from '../intake/droppedFiles';
import type { Platform } from '../platform/platform';
import type { AnnotationStore, DocumentMetadata, DocumentSummary } from '../storage/annotationStore';
import type { DuplicatePolicy } from '../storage/importDocuments';
import { AnnotationList } from './AnnotationList';
import { BackupsDialog } from './BackupsDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { DocumentDetailsDialog } from './DocumentDetailsDialog';
import { DocumentList } from './DocumentList';
import { AgreementDialog } from './datasets/AgreementDialog';
import { type ExportChoice, ExportDialog } from './datasets/ExportDialog';
import { exportInFormat } from './datasets/exportFormat';
import { ImportDatasetDialog } from './datasets/ImportDatasetDialog';
import { readDatasetFiles } from './datasets/readDatasetFiles';
import { exportDatasetJson } from './exportDataset';
import { readBrowserFiles } from './fileIntake';
import { ImportDialog } from './ImportDialog';
import { NewFromTextDialog } from './NewFromTextDialog';
import { PreferencesDialog } from './PreferencesDialog';
import { usePreferences } from './preferences';
import { markSampleSeeded, SAMPLE_ARTICLE, shouldSeedSample } from './sampleArticle';
import { TagToolbar } from './TagToolbar';
import { useBackups } from './useBackups';
import { useImport } from './useImport';
import { useTaggingKeys } from './useTaggingKeys';

interface Props {
  store: AnnotationStore;
  platform: Platform;
}

type Message = { kind: 'status' | 'error'; text: string };

export function App({ store, platform }: Props) {
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [openDoc, setOpenDoc] = useState<SpanlightDocument | null>(null);
  const [spans, setSpans] = useState<Span[]>([]);
  const [detectedDirection, setDetectedDirection] = useState<TextDirection>('rtl');
  // Set when the user flips the article's direction; null follows detection.
  const [chosenDirection, setChosenDirection] = useState<TextDirection | null>(null);
  const direction = chosenDirection ?? detectedDirection;
  const [selection, setSelection] = useState<ArticleSelection | null>(null);
  const [selectedSpanId, setSelectedSpanId] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [newDialogOpen, setNewDialogOpen] = useState(false);
  const [pendingDelete, setPendingDelete] = useState<DocumentSummary | null>(null);
  const [editingDetails, setEditingDetails] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [preferences, savePreferences] = usePreferences();
  const [preferencesOpen, setPreferencesOpen] = useState(false);
  const [agreementDocs, setAgreementDocs] = useState<FormatDocument[] | null>(null);
  const [datasetFiles, setDatasetFiles] = useState<FormatFile[] | null>(null);
  const [library, setLibrary] = useState<Array<Pick<FormatDocument, 'id' | 'title' | 'text' | 'url'>>>([]);
  const datasetInput = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState(false);
  const article = useRef<ArticleViewHandle>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = useRef(false);

  useEffect(() => store.onProblem((text) => setMessage({ kind: 'error', text })), [store]);

  // Confirmations fade after a while; errors stay until the next message so they cannot be missed.
  useEffect(() => {
    if (message?.kind !== 'status') return;
    const timer = setTimeout(() => setMessage((current) => (current === message ? null : current)), 6000);
    return () => clearTimeout(timer);
  }, [message]);

  const report = useCallback((error: unknown) => {
    setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
  }, []);

  const refreshDocuments = useCallback(async () => setDocuments(await store.listDocuments()), [store]);

  const openDocument = useCallback(
    async (id: string) => {
      // For the benchmark: "open" runs from here to the article-painted mark of the highlight painter.
      performance.mark('spanlight:open-document', { detail: { id } });
      try {
        const doc = await store.getDocument(id);
        if (!doc) return;
        const docSpans = await store.listSpans(id);
        setSelection(null);
        setSelectedSpanId(null);
        setSpans(docSpans);
        setDetectedDirection(documentDirection(doc.text, doc.lang));
        setChosenDirection(null);
        setOpenDoc(doc);
      } catch (error) {
        report(error);
      }
    },
    [store, report],
  );

  // First load: list the library, offer the sample article on the very first launch, open the newest document.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        let list = await store.listDocuments();
        if (shouldSeedSample(list.length)) {
          await store.createDocument(SAMPLE_ARTICLE);
          markSampleSeeded();
          list = await store.listDocuments();
        }
        if (cancelled) return;
        setDocuments(list);
        const newest = list[list.length - 1];
        if (newest) await openDocument(newest.id);
      } catch (error) {
        report(error);
      } finally {
        if (!cancelled) setLoaded(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [store, openDocument, report]);

  const tag = useCallback(
    async (label: LabelKey) => {
      if (!openDoc || !selection || busy.current) return;
      busy.current = true;
      try {
        const span = await store.addSpan(
          openDoc.id,
          selection.start,
          selection.end,
          label,
          preferences.annotator,
        );
        // Shown only now that the transaction has committed.
        setSpans((current) => insertSorted(current, span));
        setDocuments((current) =>
          current.map((d) =>
            d.id === openDoc.id
              ? {
                  ...d,
                  spanCount: d.spanCount + 1,
                  status: d.status && d.status !== 'todo' ? d.status : 'in_progress',
                }
              : d,
          ),
        );
        setSelection(null);
        window.getSelection()?.removeAllRanges();
        setMessage({ kind: 'status', text: `Saved “${span.text}” as ${labelByKey(label).name}.` });
      } catch (error) {
        report(error);
      } finally {
        busy.current = false;
      }
    },
    [openDoc, selection, store, report, preferences.annotator],
  );

  const relabel = useCallback(
    async (spanId: string, label: LabelKey) => {
      try {
        const updated = await store.relabelSpan(spanId, label);
        setSpans((current) => current.map((span) => (span.id === spanId ? updated : span)));
        setMessage({ kind: 'status', text: `Relabelled “${updated.text}” as ${labelByKey(label).name}.` });
      } catch (error) {
        report(error);
      }
    },
    [store, report],
  );

  const deleteSpan = useCallback(
    async (spanId: string) => {
      if (!openDoc) return;
      try {
        const span = spans.find((candidate) => candidate.id === spanId);
        await store.deleteSpan(spanId);
        setSpans((current) => current.filter((candidate) => candidate.id !== spanId));
        setDocuments((current) =>
          current.map((d) => (d.id === openDoc.id ? { ...d, spanCount: Math.max(0, d.spanCount - 1) } : d)),
        );
        setSelectedSpanId(null);
        setMessage({ kind: 'status', text: `Deleted the annotation “${span?.text ?? ''}”.` });
      } catch (error) {
        report(error);
      }
    },
    [openDoc, spans, store, report],
  );

  const selectSpan = useCallback((spanId: string | null, scroll = false) => {
    setSelectedSpanId(spanId);
    if (spanId && scroll) article.current?.scrollToSpan(spanId);
  }, []);

  const undoOrRedo = useCallback(
    async (which: 'undo' | 'redo') => {
      if (!openDoc) return;
      try {
        const entry = which === 'undo' ? await store.undo(openDoc.id) : await store.redo(openDoc.id);
        if (!entry) {
          setMessage({ kind: 'status', text: which === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.' });
          return;
        }
        setSpans(await store.listSpans(openDoc.id));
        setDocuments(await store.listDocuments());
        setSelectedSpanId(null);
        const what = { add: 'tagging', delete: 'deleting', relabel: 'relabelling' }[entry.kind];
        setMessage({
          kind: 'status',
          text: `${which === 'undo' ? 'Undid' : 'Redid'} ${what} “${entry.span.text}”.`,
        });
      } catch (error) {
        report(error);
      }
    },
    [openDoc, store, report],
  );

  // Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes (Cmd on macOS); text fields keep their own undo.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, dialog[open]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        void undoOrRedo(event.shiftKey ? 'redo' : 'undo');
      } else if (key === 'y') {
        event.preventDefault();
        void undoOrRedo('redo');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undoOrRedo]);

  useTaggingKeys({
    onLabel(label) {
      if (selection) {
        void tag(label);
        return true;
      }
      if (selectedSpanId) {
        void relabel(selectedSpanId, label);
        return true;
      }
      return false;
    },
    onDelete() {
      if (!selectedSpanId || selection) return false;
      void deleteSpan(selectedSpanId);
      return true;
    },
    onEscape() {
      if (selection) {
        setSelection(null);
        window.getSelection()?.removeAllRanges();
        return true;
      }
      if (selectedSpanId) {
        setSelectedSpanId(null);
        return true;
      }
      return false;
    },
  });

  const createFromText = useCallback(
    async (draft: DocumentDraft) => {
      try {
        const { document, existing } = await store.createDocument(draft);
        setNewDialogOpen(false);
        await refreshDocuments();
        await openDocument(document.id);
        setMessage({
          kind: 'status',
          text: existing
            ? `This text is already in the library as “${document.title}”; opened it.`
            : `Created “${document.title}”.`,
        });
      } catch (error) {
        report(error);
      }
    },
    [store, refreshDocuments, openDocument, report],
  );

  const backups = useBackups({
    store,
    platform,
    ready: loaded,
    onMessage: (kind, text) => setMessage({ kind, text }),
    async onRestored() {
      const list = await store.listDocuments();
      setDocuments(list);
      setOpenDoc(null);
      setSpans([]);
      const newest = list[list.length - 1];
      if (newest) await openDocument(newest.id);
    },
  });

  const importer = useImport({
    store,
    beforeCommit: () => backups.backUp('before-import'),
    onMessage: (kind, text) => setMessage({ kind, text }),
    async onImported({ created, warnings }) {
      await refreshDocuments();
      const last = created[created.length - 1];
      if (last) await openDocument(last.document.id);
      const added = created.filter((result) => !result.existing).length;
      const skipped = created.length - added;
      const parts = [`Imported ${added} document${added === 1 ? '' : 's'}`];
      if (skipped) parts.push(`${skipped} already in the library ${skipped === 1 ? 'was' : 'were'} skipped`);
      if (warnings.length)
        parts.push(`${warnings.length} warning${warnings.length === 1 ? '' : 's'}: ${warnings.join(' ')}`);
      setMessage({ kind: 'status', text: `${parts.join('; ')}.` });
    },
  });

  const open = useCallback(async () => {
    const native = platform.openFiles();
    if (!native) {
      fileInput.current?.click();
      return;
    }
    try {
      const { files, refused } = await native;
      if (refused.length > 0) {
        // All or nothing: main's reasons already name each file.
        const reasons = refused.map((file) => (file.reason.endsWith('.') ? file.reason : `${file.reason}.`));
        setMessage({ kind: 'error', text: `${reasons.join(' ')} Nothing was imported.` });
        return;
      }
      await importer.start(files);
    } catch (error) {
      report(error);
    }
  }, [platform, importer.start, report]);

  const [dragging, setDragging] = useState(false);
  const onDrop = useCallback(
    async (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      // Entries must be taken during the event; reading them may take longer.
      const entries = entriesOfDrop(event.dataTransfer);
      try {
        const { files, skippedHidden } = await readDropped(entries);
        await importer.start(files, { fromFolder: files.some((file) => file.relativePath), skippedHidden });
      } catch (error) {
        report(error);
      }
    },
    [importer.start, report],
  );

  const exportJson = useCallback(
    async (docIds?: string[]) => {
      try {
        const { fileName, content, documentCount } = await exportDatasetJson(store, docIds);
        const where = await platform.saveExport(fileName, content);
        if (where)
          setMessage({
            kind: 'status',
            text: `Exported ${documentCount} document${documentCount === 1 ? '' : 's'}. ${where}.`,
          });
      } catch (error) {
        setMessage({
          kind: 'error',
          text: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    },
    [store, platform],
  );

  const exportFormat = useCallback(
    async (choice: ExportChoice) => {
      try {
        const ids = choice.scope === 'document' && openDoc ? [openDoc.id] : undefined;
        const result = await exportInFormat(store, choice.format, ids, { tokens: choice.tokens });
        const where = await platform.saveExport(result.fileName, result.content, result.encoding);
        setExportOpen(false);
        if (!where) return;
        const count = `${result.documentCount} document${result.documentCount === 1 ? '' : 's'}`;
        // What a format could not hold exactly is said, never dropped silently.
        const warned = result.warnings.length
          ? ` ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}: ${result.warnings.join(' ')}`
          : '';
        setMessage({
          kind: result.warnings.length ? 'error' : 'status',
          text: `Exported ${count}. ${where}.${warned}`,
        });
      } catch (error) {
        setMessage({
          kind: 'error',
          text: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    },
    [store, platform, openDoc],
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
      setMessage({
        kind: 'error',
        text: `${refused.map((file) => file.reason).join(' ')} Nothing was imported.`,
      });
      return;
    }
    if (files.length) await chooseDataset(files);
  }, [platform, chooseDataset]);

  const importDataset = useCallback(
    async (documents: FormatDocument[], duplicates: DuplicatePolicy) => {
      try {
        await backups.backUp('before-import');
        const result = await store.importDocuments(documents, { duplicates });
        setDatasetFiles(null);
        const list = await store.listDocuments();
        setDocuments(list);
        const last = list[list.length - 1];
        if (openDoc) await openDocument(openDoc.id);
        else if (last) await openDocument(last.id);
        const parts = [
          `Imported ${result.added} new document${result.added === 1 ? '' : 's'} and ${result.spans} annotations`,
        ];
        if (result.skipped) parts.push(`${result.skipped} already in the library skipped`);
        if (result.replaced) parts.push(`${result.replaced} replaced`);
        if (result.merged) parts.push(`${result.merged} kept alongside the existing annotations`);
        setMessage({ kind: 'status', text: `${parts.join('; ')}.` });
      } catch (error) {
        report(error);
      }
    },
    [store, backups, openDoc, openDocument, report],
  );

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'open') void open();
        if (command === 'export-json') void exportJson();
        if (command === 'backup-now') void backups.backUp('manual');
        if (command === 'restore-backup') void backups.show();
      }),
    [platform, open, exportJson, backups.backUp, backups.show],
  );

  const saveDetails = useCallback(
    async (changes: DocumentMetadata) => {
      if (!openDoc) return;
      try {
        const updated = await store.updateMetadata(openDoc.id, changes);
        setOpenDoc(updated);
        await refreshDocuments();
        setEditingDetails(false);
        setMessage({ kind: 'status', text: `Saved the details of “${updated.title}”.` });
      } catch (error) {
        report(error);
      }
    },
    [openDoc, store, refreshDocuments, report],
  );

  const confirmDelete = useCallback(async () => {
    const doc = pendingDelete;
    setPendingDelete(null);
    if (!doc) return;
    try {
      await store.deleteDocument(doc.id);
      const list = await store.listDocuments();
      setDocuments(list);
      if (openDoc?.id === doc.id) {
        setOpenDoc(null);
        setSpans([]);
        const next = list[list.length - 1];
        if (next) await openDocument(next.id);
      }
      setMessage({ kind: 'status', text: `Deleted “${doc.title}”.` });
    } catch (error) {
      report(error);
    }
  }, [pendingDelete, store, openDoc, openDocument, report]);

  const docTitleId = useMemo(() => `doc-title-${openDoc?.id ?? 'none'}`, [openDoc]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the window is a drop target for files; "Open…" is the keyboard path.
    <div
      className="app"
      data-loaded={loaded ? 'true' : 'false'}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target || !event.relatedTarget) setDragging(false);
      }}
      onDrop={(event) => void onDrop(event)}
    >
      {dragging && <div className="drop-overlay">Drop articles or folders to import them</div>}
      <aside className="library" aria-label="Library">
        <div className="library-actions">
          <button type="button" onClick={() => setNewDialogOpen(true)}>
            New from text…
          </button>
          <button type="button" onClick={() => void open()} aria-keyshortcuts="Control+O">
            Open…
          </button>
          <button type="button" onClick={() => void exportJson()}>
            Export JSON
          </button>
          <button type="button" onClick={() => setExportOpen(true)}>
            Export…
          </button>
          <button type="button" onClick={() => void openDataset()}>
            Import dataset…
          </button>
          <input
            ref={datasetInput}
            type="file"
            multiple
            hidden
            accept=".json,.jsonl,.jsonld,.ann,.txt,.conll,.iob,.bio,.csv,.zip,.conf"
            aria-label="Open dataset files"
            onChange={async (event) => {
              const input = event.currentTarget;
              const list = input.files ? Array.from(input.files) : [];
              input.value = '';
              if (list.length) await chooseDataset(await readBrowserFiles(list));
            }}
          />
          <button type="button" onClick={() => void backups.show()}>
            Backups…
          </button>
          <button type="button" onClick={() => setPreferencesOpen(true)}>
            Preferences…
          </button>
          <button
            type="button"
            onClick={async () => {
              try {
                setAgreementDocs(toFormatDocuments(await store.snapshot()));
              } catch (error) {
                report(error);
              }
            }}
          >
            Agreement…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept={ARTICLE_EXTENSIONS.map((extension) => `.${extension}`).join(',')}
            multiple
            hidden
            aria-label="Open text files"
            data-testid="open-file-input"
            onChange={async (event) => {
              // Read before awaiting: React clears currentTarget once the handler yields.
              const input = event.currentTarget;
              const list = input.files ? Array.from(input.files) : [];
              input.value = '';
              if (list.length) await importer.start(await readBrowserFiles(list));
            }}
          />
        </div>
        <h2 className="library-heading">Documents</h2>
        <DocumentList
          documents={documents}
          openId={openDoc?.id ?? null}
          onOpen={(id) => void openDocument(id)}
          onDelete={setPendingDelete}
        />
      </aside>

      <main className="workspace">
        {openDoc ? (
          <>
            <header className="doc-header">
              <h1 id={docTitleId} dir="auto">
                {openDoc.title}
              </h1>
              <div className="doc-actions">
                <select
                  aria-label="Status"
                  value={documents.find((d) => d.id === openDoc.id)?.status ?? 'todo'}
                  onChange={async (event) => {
                    const status = event.target.value as DocumentStatus;
                    try {
                      await store.setStatus(openDoc.id, status);
                      setDocuments(await store.listDocuments());
                      setMessage({
                        kind: 'status',
                        text: `“${openDoc.title}” is now ${statusName(status).toLowerCase()}.`,
                      });
                    } catch (error) {
                      report(error);
                    }
                  }}
                >
                  {DOCUMENT_STATUSES.map((status) => (
                    <option key={status.key} value={status.key}>
                      {status.name}
                    </option>
                  ))}
                </select>
                <button type="button" onClick={() => void undoOrRedo('undo')} aria-keyshortcuts="Control+Z">
                  Undo
                </button>
                <button
                  type="button"
                  onClick={() => void undoOrRedo('redo')}
                  aria-keyshortcuts="Control+Shift+Z Control+Y"
                >
                  Redo
                </button>
                <button type="button" onClick={() => setEditingDetails(true)}>
                  Edit details…
                </button>
                <button
                  type="button"
                  aria-pressed={direction === 'rtl'}
                  onClick={() => setChosenDirection(direction === 'rtl' ? 'ltr' : 'rtl')}
                >
                  Right to left
                </button>
                <button type="button" onClick={() => void exportJson([openDoc.id])}>
                  Export document JSON
                </button>
              </div>
            </header>
            <div className="article-scroll">
              <ArticleView
                document={openDoc}
                direction={direction}
                uniformDirection={chosenDirection !== null}
                spans={spans}
                selectedSpanId={selectedSpanId}
                onSelectionChange={setSelection}
                onSpanClick={(id) => selectSpan(id)}
                handle={article}
              />
            </div>
          </>
        ) : (
          <p className="empty">
            {loaded ? 'No document open. Use “New from text…” or “Open…”.' : 'Loading…'}
          </p>
        )}
      </main>

      {openDoc && (
        <AnnotationList
          spans={spans}
          selectedSpanId={selectedSpanId}
          onSelect={(id) => selectSpan(id, true)}
          onRelabel={(id, label) => void relabel(id, label)}
          onDelete={(id) => void deleteSpan(id)}
        />
      )}

      {selection && <TagToolbar anchor={selection.rect} onTag={(label) => void tag(label)} />}

      <div className="messages">
        <p role="status" className="status">
          {message?.kind === 'status' ? message.text : ''}
        </p>
        <p role="alert" className="error">
          {message?.kind === 'error' ? message.text : ''}
        </p>
      </div>

      <ImportDatasetDialog
        files={datasetFiles}
        library={library}
        onImport={importDataset}
        onClose={() => setDatasetFiles(null)}
      />
      <AgreementDialog
        documents={agreementDocs}
        onExportCsv={async (csv) => {
          const where = await platform.saveExport('spanlight-agreement.csv', csv);
          if (where) setMessage({ kind: 'status', text: `Exported the agreement report. ${where}.` });
        }}
        onClose={() => setAgreementDocs(null)}
      />
      <PreferencesDialog
        open={preferencesOpen}
        preferences={preferences}
        onSave={(next) => {
          savePreferences(next);
          setPreferencesOpen(false);
          setMessage({ kind: 'status', text: 'Preferences saved.' });
        }}
        onClose={() => setPreferencesOpen(false)}
      />
      <ExportDialog
        open={exportOpen}
        hasOpenDocument={openDoc !== null}
        onExport={exportFormat}
        onClose={() => setExportOpen(false)}
      />
      <BackupsDialog
        open={backups.open}
        available={backups.available}
        where={backups.where}
        backups={backups.backups}
        loss={backups.loss}
        onBackUp={() => void backups.backUp('manual')}
        onRestore={(name) => void backups.restore(name)}
        onClose={backups.close}
      />
      <ImportDialog
        state={importer.state}
        onCancel={importer.cancel}
        onConfirm={() => void importer.confirm()}
        onEncoding={importer.chooseEncoding}
        onMapping={importer.mapColumns}
      />
      <NewFromTextDialog
        open={newDialogOpen}
        onCreate={createFromText}
        onClose={() => setNewDialogOpen(false)}
      />
      <DocumentDetailsDialog
        document={editingDetails ? openDoc : null}
        onSave={saveDetails}
        onClose={() => setEditingDetails(false)}
      />
      <ConfirmDialog
        message={
          pendingDelete
            ? `Delete “${pendingDelete.title}” and its ${pendingDelete.spanCount} annotations? This cannot be undone.`
            : null
        }
        confirmLabel="Delete"
        onConfirm={() => void confirmDelete()}
        onCancel={() => setPendingDelete(null)}
      />
    </div>
  );
}
