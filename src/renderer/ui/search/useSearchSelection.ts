import { useCallback, useRef, useState } from 'react';
import type { SelectionRequest } from '../../editor/ArticleView';
import type { LibraryHit } from '../../storage/searchIndex';
import type { Workspace } from '../useWorkspace';

/**
 * Selecting search hits in the article: a corpus hit opens its document first, then the hit is selected
 * (and the article focused, so 1/2/3 tag it at once); an in-document match is selected where the focus is.
 */
export function useSearchSelection(workspace: Pick<Workspace, 'openDoc' | 'openDocument'>) {
  const [request, setRequest] = useState<SelectionRequest | null>(null);
  const serial = useRef(0);
  const { openDoc, openDocument } = workspace;
  const openId = openDoc?.id ?? null;

  const select = useCallback(
    (docId: string, start: number, end: number, focusArticle: boolean) =>
      setRequest({ docId, start, end, focusArticle, serial: ++serial.current }),
    [],
  );

  const chooseHit = useCallback(
    async (hit: LibraryHit) => {
      if (openId !== hit.docId) await openDocument(hit.docId);
      select(hit.docId, hit.start, hit.end, true);
    },
    [openId, openDocument, select],
  );

  const selectInOpen = useCallback(
    (range: { start: number; end: number }, focusArticle = false) => {
      if (openId) select(openId, range.start, range.end, focusArticle);
    },
    [openId, select],
  );

  return { request, chooseHit, selectInOpen };
}
