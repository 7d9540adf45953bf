import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import { $applyDirections, type ArticleDirection } from './articleState';

/** Applies a flipped direction to the paragraphs (renders nothing). */
export function DirectionPlugin({ text, direction }: { text: string; direction: ArticleDirection }): null {
  const [editor] = useLexicalComposerContext();
  const applied = useRef(direction);
  useEffect(() => {
    const before = applied.current;
    if (before.base === direction.base && before.uniform === direction.uniform) return;
    applied.current = direction;
    editor.update(() => $applyDirections(text, direction));
  }, [editor, text, direction]);
  return null;
}
