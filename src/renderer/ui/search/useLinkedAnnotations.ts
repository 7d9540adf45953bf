import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnnotationStore } from '../../storage/annotationStore';
import {
  findLinkedAnnotations,
  type LinkedAnnotation,
  type LinkedAnnotations,
  type LinkTarget,
} from '../../storage/linkedAnnotations';
import type { EntryFocusRequest } from '../useEntryFocus';
import type { Workspace } from '../useWorkspace';

/** An actor or a place, with the name the dialog's heading shows. */
export type NamedLinkTarget = LinkTarget & { name: string };

/**
 * "Find annotations": every annotation of the library (the documents the window lists) linked to an actor or a
 * place; choosing one opens its document with the annotation selected and scrolled to, and asks the Annotations
 * list to take the keyboard focus to its entry (`focusRequest`): the dialog's button is gone, and the focus
 * must not fall to the page. The selection waits for the document's spans to be in the window's state, since
 * opening resolves before React has shown them.
 */
export function useLinkedAnnotations(
  store: AnnotationStore,
  workspace: Pick<Workspace, 'documents' | 'openDoc' | 'openDocument' | 'spans'>,
  selectSpan: (spanId: string, scroll: boolean) => void,
  report: (error: unknown) => void,
) {
  const [target, setTarget] = useState<NamedLinkTarget | null>(null);
  const [result, setResult] = useState<LinkedAnnotations | null>(null);
  const [pending, setPending] = useState<{ docId: string; spanId: string } | null>(null);
  const [focusRequest, setFocusRequest] = useState<EntryFocusRequest | null>(null);
  const serial = useRef(0);
  const { documents, openDoc, openDocument, spans } = workspace;

  const find = useCallback(
    async (next: NamedLinkTarget) => {
      const asked = ++serial.current;
      setTarget(next);
      setResult(null);
      try {
        const docIds = new Set(documents.map((doc) => doc.id));
        const found = await findLinkedAnnotations(store.db, next, { docIds });
        if (asked === serial.current) setResult(found);
      } catch (error) {
        if (asked === serial.current) setTarget(null);
        report(error);
      }
    },
    [store, documents, report],
  );

  const close = useCallback(() => {
    serial.current++;
    setTarget(null);
    setResult(null);
  }, []);

  const choose = useCallback(
    async ({ span }: LinkedAnnotation) => {
      close();
      if (openDoc?.id !== span.docId) await openDocument(span.docId);
      setPending({ docId: span.docId, spanId: span.id });
    },
    [close, openDoc, openDocument],
  );

  useEffect(() => {
    if (!pending || openDoc?.id !== pending.docId) return;
    if (!spans.some((span) => span.id === pending.spanId)) return;
    setPending(null);
    selectSpan(pending.spanId, false);
    setFocusRequest((last) => ({ spanId: pending.spanId, serial: (last?.serial ?? 0) + 1 }));
    // After the article has painted the document's highlights: only then can it scroll to one.
    const frame = requestAnimationFrame(() => selectSpan(pending.spanId, true));
    return () => cancelAnimationFrame(frame);
  }, [pending, openDoc, spans, selectSpan]);

  return { target, result, find, close, choose, focusRequest };
}
