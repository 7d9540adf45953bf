import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import type { AnnotationStore } from '../../storage/annotationStore';
import type { Workspace } from '../useWorkspace';
import { useSuggestions } from './useSuggestions';

interface Options {
  store: AnnotationStore;
  workspace: Workspace;
  annotator: string;
  say: (kind: 'status' | 'error', text: string) => void;
  report: (error: unknown) => void;
  t: TFunction;
}

/**
 * Suggestions wired to the window: accepted ones refresh the open document's spans and the library's counts;
 * the suggestion focused in the list is painted more strongly in the article; the list is folded until the
 * researcher asks for suggestions. Also holds the Map dialog's open state (both live in the side panel).
 */
export function useWorkspaceSuggestions({ store, workspace, annotator, say, report, t }: Options) {
  const { openDoc, setSpans, refreshDocuments } = workspace;
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [mapOpen, setMapOpen] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const onAccepted = useCallback(
    async (docIds: readonly string[]) => {
      try {
        if (openDoc && docIds.includes(openDoc.id)) setSpans(await store.listSpans(openDoc.id));
        await refreshDocuments();
      } catch (error) {
        report(error);
      }
    },
    [openDoc, store, setSpans, refreshDocuments, report],
  );
  const suggestions = useSuggestions({ store, openDoc, annotator, onAccepted, say, report, t });
  const { tagAll, preAnnotate } = suggestions;
  return {
    ...suggestions,
    // Asking for suggestions unfolds the list; the automatic pre-annotation on opening does not.
    tagAll: (...args: Parameters<typeof tagAll>) => {
      setExpanded(true);
      return tagAll(...args);
    },
    preAnnotate: () => {
      setExpanded(true);
      return preAnnotate();
    },
    focusedId,
    setFocusedId,
    mapOpen,
    setMapOpen,
    expanded,
    setExpanded,
  };
}

export type WorkspaceSuggestions = ReturnType<typeof useWorkspaceSuggestions>;
