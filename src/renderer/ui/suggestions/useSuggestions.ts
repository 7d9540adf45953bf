import type { TFunction } from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SpanlightDocument } from '../../../core/document';
import { arabicNamedPlaces } from '../../../core/places/arabicPlaceNames';
import type { Span } from '../../../core/spans/span';
import {
  actorLexicon,
  placeLexicon,
  placeMentionSuggestions,
  preAnnotate,
} from '../../../core/suggestions/preAnnotate';
import type { Suggestion } from '../../../core/suggestions/suggestion';
import { tagAllOccurrences, tagAllOccurrencesInLibrary } from '../../../core/suggestions/tagAllOccurrences';
import { labelName } from '../../i18n/names';
import { gazetteer } from '../../places/gazetteer';
import type { AnnotationStore } from '../../storage/annotationStore';
import { addSuggestedSpan, linkSuggestedSpan } from './acceptSuggestion';

interface Options {
  store: AnnotationStore;
  openDoc: SpanlightDocument | null;
  annotator: string;
  /** Called after accepted suggestions were stored, with the documents that got new spans. */
  onAccepted(docIds: readonly string[]): Promise<void> | void;
  say: (kind: 'status' | 'error', text: string) => void;
  report: (error: unknown) => void;
  /** Messages in the interface language. */
  t: TFunction;
}

/**
 * Suggested annotations, held in memory only (nothing is stored until accepted): "tag all occurrences" of a
 * span in its document or across the library, and pre-annotation of a newly opened document (one with no
 * annotations yet) from the actor registry and the place names. Accepting adds ordinary, undoable spans.
 */
export function useSuggestions({ store, openDoc, annotator, onAccepted, say, report, t }: Options) {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  const [busy, setBusy] = useState(false);
  const preAnnotated = useRef(new Set<string>());
  /** The document open now: a pre-annotation finishing after the researcher moved on is dropped. */
  const openId = useRef<string | null>(null);
  openId.current = openDoc?.id ?? null;

  const add = useCallback((found: readonly Suggestion[]) => {
    setSuggestions((current) => {
      const known = new Set(current.map((suggestion) => suggestion.id));
      const fresh = found.filter((suggestion) => !known.has(suggestion.id));
      return [...current, ...fresh].sort((a, b) =>
        a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.start - b.start || a.end - b.end,
      );
    });
  }, []);

  const tagAll = useCallback(
    async (span: Span, scope: 'document' | 'library') => {
      try {
        let found: Suggestion[];
        if (scope === 'document') {
          if (!openDoc || openDoc.id !== span.docId) return;
          found = tagAllOccurrences(openDoc, span, await store.listSpans(openDoc.id));
        } else {
          const library = await store.snapshot();
          setTitles(new Map(library.map(({ document }) => [document.id, document.title])));
          found = tagAllOccurrencesInLibrary(
            library.map(({ document }) => document),
            span,
            new Map(library.map(({ document, spans }) => [document.id, spans])),
          );
        }
        add(found);
        const message =
          scope === 'document'
            ? 'suggestionMessages.occurrencesInDocument'
            : 'suggestionMessages.occurrencesInLibrary';
        say('status', t(message, { count: found.length, text: span.text }));
      } catch (error) {
        report(error);
      }
    },
    [openDoc, store, add, say, report, t],
  );

  const runPreAnnotation = useCallback(
    async (document: SpanlightDocument, announce: boolean) => {
      try {
        const [actors, places, existing] = await Promise.all([
          store.coding.listActors(),
          store.places.listPlaces(),
          store.listSpans(document.id),
        ]);
        const lexicon = [...actorLexicon(actors), ...placeLexicon([...places, ...arabicNamedPlaces()])];
        const found = preAnnotate(document, lexicon, existing);
        // Asked for by the researcher: the Latin names of the whole gazetteer too (this loads it; the automatic
        // run on opening does not, so opening a document never fetches the 6 MB of cities).
        if (announce) {
          const mentions = await gazetteer().mentions(document.text);
          found.push(...placeMentionSuggestions(document, mentions, existing, found));
        }
        if (openId.current !== document.id) return;
        add(found);
        // Only when asked: the automatic run on opening must not talk over the researcher's own actions (the
        // Suggestions region shows its count).
        if (announce) {
          say('status', t('suggestionMessages.preAnnotated', { count: found.length }));
        }
      } catch (error) {
        report(error);
      }
    },
    [store, add, say, report, t],
  );

  // A newly opened document (no annotations yet) is pre-annotated once per session. Pre-annotations of the
  // document left behind are dropped: they were about that page; "Tag all in library" results stay.
  useEffect(() => {
    const opened = openDoc?.id;
    setSuggestions((current) =>
      current.filter((suggestion) => suggestion.docId === opened || suggestion.source === 'occurrence'),
    );
    if (!openDoc || preAnnotated.current.has(openDoc.id)) return;
    preAnnotated.current.add(openDoc.id);
    let cancelled = false;
    void store.hasSpans(openDoc.id).then(
      (any) => {
        if (!cancelled && !any) void runPreAnnotation(openDoc, false);
      },
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [openDoc, store, runPreAnnotation]);

  const reject = useCallback((ids: readonly string[]) => {
    const gone = new Set(ids);
    setSuggestions((current) => current.filter((suggestion) => !gone.has(suggestion.id)));
  }, []);

  const accept = useCallback(
    async (ids: readonly string[]) => {
      const wanted = new Set(ids);
      const chosen = suggestions.filter((suggestion) => wanted.has(suggestion.id));
      if (chosen.length === 0 || busy) return;
      setBusy(true);
      const accepted: Array<{ suggestion: Suggestion; span: Span }> = [];
      const docIds = new Set<string>();
      try {
        // One after the other: each is its own undoable action, and a failure stops before the rest. The spans
        // are shown as soon as they are stored; their links (which may wait for the gazetteer) follow.
        for (const suggestion of chosen) {
          accepted.push({ suggestion, span: await addSuggestedSpan(store, suggestion, annotator) });
          docIds.add(suggestion.docId);
        }
      } catch (error) {
        report(error);
      }
      reject(accepted.map(({ suggestion }) => suggestion.id));
      if (docIds.size > 0) await onAccepted([...docIds]);
      let linked = 0;
      for (const { suggestion, span } of accepted) {
        try {
          if ((await linkSuggestedSpan(store, span, suggestion)) !== span) linked++;
        } catch (error) {
          report(error);
        }
      }
      if (linked > 0) await onAccepted([...docIds]);
      setBusy(false);
      if (accepted.length === chosen.length) {
        const first = (accepted[0] as { suggestion: Suggestion }).suggestion;
        say(
          'status',
          accepted.length === 1
            ? t('annotating.saved', { text: first.text, label: labelName(t, first.label) })
            : t('suggestionMessages.savedMany', { count: accepted.length }),
        );
      }
    },
    [suggestions, busy, store, annotator, reject, onAccepted, say, report, t],
  );

  const forOpenDocument = useMemo(
    () => suggestions.filter((suggestion) => suggestion.docId === openDoc?.id),
    [suggestions, openDoc],
  );

  return {
    suggestions,
    forOpenDocument,
    titles,
    busy,
    tagAll,
    preAnnotate: () => (openDoc ? runPreAnnotation(openDoc, true) : Promise.resolve()),
    accept,
    reject,
  };
}

export type Suggestions = ReturnType<typeof useSuggestions>;
