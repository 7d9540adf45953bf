import { useCallback, useEffect, useRef, useState } from 'react';
import type { SpanlightDocument } from '../../core/document';
import type { Span } from '../../core/spans/span';
import { documentDirection, type TextDirection } from '../../core/text/direction';
import type { ArticleSelection } from '../editor/ArticleView';
import type { AnnotationStore, DocumentSummary } from '../storage/annotationStore';
import { afterNextPaint } from './afterNextPaint';
import { markSampleSeeded, SAMPLE_ARTICLE, shouldSeedSample } from './sampleArticle';
import { savedDocumentOrder } from './useSortedDocuments';

/** Rows of the library list shown before the whole list is read: more than a tall window shows. */
const FIRST_PAGE = 60;

/**
 * Starts the first load's read of the list's top rows (below) before the window first renders (main.tsx), in the
 * order the list will show; the first load then finds them read (AnnotationStore.prefetchFirstDocuments).
 */
export function prefetchFirstPage(store: AnnotationStore): void {
  const order = savedDocumentOrder();
  if (order === 'imported' || order === 'imported-newest')
    void store.prefetchFirstDocuments(FIRST_PAGE, order === 'imported-newest');
}

/**
 * What the window shows: the library list, the open document with its spans (as committed in storage), its
 * reading direction, and what is selected in it (new text or an existing annotation).
 */
export function useWorkspace(store: AnnotationStore, report: (error: unknown) => void) {
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [openDoc, setOpenDoc] = useState<SpanlightDocument | null>(null);
  const [spans, setSpans] = useState<Span[]>([]);
  const [detectedDirection, setDetectedDirection] = useState<TextDirection>('rtl');
  // Set when the user flips the article's direction; null follows detection.
  const [chosenDirection, setChosenDirection] = useState<TextDirection | null>(null);
  const [selection, setSelection] = useState<ArticleSelection | null>(null);
  const [selectedSpanId, setSelectedSpanId] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  // The top of the library list in import order, shown until the whole list has been read (first load only).
  const [firstPage, setFirstPage] = useState<DocumentSummary[]>([]);
  // Whether a document was opened (from the first rows) before the first load finished: it is kept open.
  const openedAny = useRef(false);

  const refreshDocuments = useCallback(async () => setDocuments(await store.listDocuments()), [store]);

  const openDocument = useCallback(
    async (id: string) => {
      // For the benchmark: "open" runs from here to the article-painted mark of the highlight painter.
      performance.mark('spanlight:open-document', { detail: { id } });
      openedAny.current = true;
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

  /** After the library changed under us (restore, delete, import): open `preferred` if it still exists, else the newest. */
  const reopen = useCallback(
    async (list: DocumentSummary[], preferred?: string | null) => {
      setDocuments(list);
      if (preferred && list.some((d) => d.id === preferred)) {
        await openDocument(preferred);
        return;
      }
      setOpenDoc(null);
      setSpans([]);
      const newest = list[list.length - 1];
      if (newest) await openDocument(newest.id);
    },
    [openDocument],
  );

  // First load: list the library, offer the sample article on the very first launch, open the newest document.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        // In import order (the default), the top of the list is a few rows of an index: shown at once, while
        // the whole list (a quarter of a second at 10,000 documents) is read. Other orders need every row.
        const order = savedDocumentOrder();
        if (order === 'imported' || order === 'imported-newest') {
          const head = await store.firstDocuments(FIRST_PAGE, order === 'imported-newest');
          if (!cancelled && head.length > 0) {
            setFirstPage(head);
            // The whole list is asked for once these rows are on screen: its answer is decoded on this thread
            // (~100 ms at 10,000 rows) and would otherwise hold back the frame that shows them.
            await afterNextPaint();
          }
        }
        let list = await store.listDocuments();
        if (shouldSeedSample(list.length)) {
          await store.createDocument(SAMPLE_ARTICLE);
          markSampleSeeded();
          list = await store.listDocuments();
        }
        if (cancelled) return;
        setDocuments(list);
        setFirstPage([]);
        const newest = list[list.length - 1];
        if (newest && !openedAny.current) await openDocument(newest.id);
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

  return {
    documents,
    setDocuments,
    openDoc,
    setOpenDoc,
    spans,
    setSpans,
    direction: chosenDirection ?? detectedDirection,
    chosenDirection,
    setChosenDirection,
    selection,
    setSelection,
    selectedSpanId,
    setSelectedSpanId,
    loaded,
    firstPage,
    refreshDocuments,
    openDocument,
    reopen,
  };
}

export type Workspace = ReturnType<typeof useWorkspace>;
