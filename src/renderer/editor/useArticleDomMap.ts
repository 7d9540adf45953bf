import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';
import { ArticleDomMap } from './articleDomMap';

/** The offset map of the rendered article, renewed whenever Lexical re-renders (e.g. a direction flip). */
export function useArticleDomMap(text: string): ArticleDomMap | null {
  const [editor] = useLexicalComposerContext();
  const [map, setMap] = useState<ArticleDomMap | null>(null);
  useEffect(() => {
    const refresh = () => {
      const root = editor.getRootElement();
      if (!root) return;
      const next = new ArticleDomMap(root, text);
      if (next.matchesDom()) setMap(next);
    };
    refresh();
    const offUpdate = editor.registerUpdateListener(refresh);
    const offRoot = editor.registerRootListener(refresh);
    return () => {
      offUpdate();
      offRoot();
    };
  }, [editor, text]);
  return map;
}
