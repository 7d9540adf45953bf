import type { AnnotationStore } from '../../storage/annotationStore';
import type { Workspace } from '../useWorkspace';
import { useDocumentSearch } from './useDocumentSearch';
import { useLibrarySearch } from './useLibrarySearch';
import { useSearchSelection } from './useSearchSelection';

/** Everything search wires into the window: corpus search, in-document search, and selecting their hits. */
export function useSearch(
  store: AnnotationStore,
  workspace: Pick<Workspace, 'openDoc' | 'openDocument'>,
  report: (error: unknown) => void,
) {
  const selection = useSearchSelection(workspace);
  const library = useLibrarySearch(store, report);
  const inDocument = useDocumentSearch(workspace.openDoc?.text ?? null, (match) =>
    selection.selectInOpen(match),
  );
  return {
    library,
    inDocument,
    /** For ArticleView's selectionRequest. */
    request: selection.request,
    chooseHit: selection.chooseHit,
    /** Back to the article with the current in-document match selected (Escape in the search box). */
    focusCurrentMatch() {
      const match = inDocument.chosenMatch;
      if (match) selection.selectInOpen(match, true);
    },
  };
}
