import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';
import { ArticleDomMap } from './articleDomMap';

/**
 * The offset map of the rendered article. The article is read-only, so once its paragraphs are in the DOM
 * the map stays valid: it is renewed only when the root element changes or the paragraphs no longer match
 * the text. Lexical also runs updates for mere selection changes; renewing the map on those would reset the
 * highlights and the keyboard caret on every click.
 */
export function useArticleDomMap(text: string): ArticleDomMap | null {
  const [editor] = useLexicalComposerContext();
  const [map, setMap] = useState<ArticleDomMap | null>(null);
  useEffect(() => {
    let current: ArticleDomMap | null = null;
    const refresh = () => {
      const root = editor.getRootElement();
      if (!root) return;
      if (current && current.root === root && current.matchesDom()) return;
      const next = new ArticleDomMap(root, text);
      if (!next.matchesDom()) return;
      current = next;
      setMap(next);
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
