import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SpanlightDocument } from '../../core/document';
import { type LabelKey, labelByKey } from '../../core/labels';
import { compareSpans, type Span } from '../../core/spans/span';
import { documentDirection, type TextDirection } from '../../core/text/direction';
import { type ArticleSelection, ArticleView, type ArticleViewHandle } from '../editor/ArticleView';
import type { Platform } from '../platform/platform';
import type { AnnotationStore, DocumentSummary } from '../storage/annotationStore';
import { AnnotationList } from './AnnotationList';
import { ConfirmDialog } from './ConfirmDialog';
import { DocumentList } from './DocumentList';
import { exportDatasetJson } from './exportDataset';
import { draftsFromFiles, readBrowserFiles } from './fileIntake';
import { NewFromTextDialog } from './NewFromTextDialog';
import { markSampleSeeded, SAMPLE_ARTICLE, shouldSeedSample } from './sampleArticle';
import { TagToolbar } from './TagToolbar';
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
  const [loaded, setLoaded] = useState(false);
  const article = useRef<ArticleViewHandle>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = useRef(false);

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
        const span = await store.addSpan(openDoc.id, selection.start, selection.end, label);
        // Shown only now that the transaction has committed.
        setSpans((current) => [...current, span].sort(compareSpans));
        setDocuments((current) =>
          current.map((d) => (d.id === openDoc.id ? { ...d, spanCount: d.spanCount + 1 } : d)),
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
    [openDoc, selection, store, report],
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
    async (title: string, text: string) => {
      try {
        const { document, existing } = await store.createDocument({ title, text });
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

  const importFiles = useCallback(
    async (files: Parameters<typeof draftsFromFiles>[0], refused: string[] = []) => {
      const { drafts, problems } = draftsFromFiles(files, refused);
      if (problems.length > 0) {
        setMessage({ kind: 'error', text: problems.join(' ') });
        return;
      }
      if (drafts.length === 0) return;
      try {
        const results = await store.createDocuments(drafts);
        await refreshDocuments();
        const last = results[results.length - 1];
        if (last) await openDocument(last.document.id);
        const added = results.filter((result) => !result.existing).length;
        const skipped = results.length - added;
        setMessage({
          kind: 'status',
          text: `Opened ${added} document${added === 1 ? '' : 's'}${skipped ? `; ${skipped} already in the library` : ''}.`,
        });
      } catch (error) {
        report(error);
      }
    },
    [store, refreshDocuments, openDocument, report],
  );

  const open = useCallback(async () => {
    const native = platform.openFiles();
    if (!native) {
      fileInput.current?.click();
      return;
    }
    try {
      const { files, refused } = await native;
      await importFiles(
        files,
        // Main's reasons already name the file.
        refused.map((file) => (file.reason.endsWith('.') ? file.reason : `${file.reason}.`)),
      );
    } catch (error) {
      report(error);
    }
  }, [platform, importFiles, report]);

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

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'open') void open();
        if (command === 'export-json') void exportJson();
      }),
    [platform, open, exportJson],
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
    <div className="app" data-loaded={loaded ? 'true' : 'false'}>
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
          <input
            ref={fileInput}
            type="file"
            accept=".txt,text/plain"
            multiple
            hidden
            aria-label="Open text files"
            data-testid="open-file-input"
            onChange={async (event) => {
              // Read before awaiting: React clears currentTarget once the handler yields.
              const input = event.currentTarget;
              const list = input.files ? Array.from(input.files) : [];
              input.value = '';
              if (list.length) await importFiles(await readBrowserFiles(list));
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

      <NewFromTextDialog
        open={newDialogOpen}
        onCreate={createFromText}
        onClose={() => setNewDialogOpen(false)}
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
