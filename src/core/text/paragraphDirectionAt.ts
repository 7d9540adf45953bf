import { paragraphDirection, type TextDirection } from './direction';

/**
 * The direction the article lays out the paragraph (line) holding a UTF-16 offset: the document's base
 * direction when the user flipped it (`uniform`), otherwise the paragraph's own majority, as the article view
 * does (editor/articleState.ts). Lets the keys map arrows to reading order without asking the DOM.
 */
export function paragraphDirectionAt(
  text: string,
  offset: number,
  base: TextDirection,
  uniform: boolean,
): TextDirection {
  if (uniform) return base;
  const start = offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  const next = text.indexOf('\n', start);
  return paragraphDirection(text.slice(start, next === -1 ? text.length : next), base);
}
