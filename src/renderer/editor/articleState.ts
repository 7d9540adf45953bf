import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode } from 'lexical';
import { paragraphDirection, type TextDirection } from '../../core/text/direction';

/**
 * How paragraphs get their direction: `auto` gives a paragraph written mostly in the other direction its
 * own; `uniform` (the user flipped the document) lays every paragraph out in the chosen direction.
 */
export interface ArticleDirection {
  base: TextDirection;
  uniform: boolean;
}

function directionOf(line: string, direction: ArticleDirection): TextDirection {
  return direction.uniform ? direction.base : paragraphDirection(line, direction.base);
}

/**
 * Fills Lexical's root with one paragraph per line of the stored text. Lexical holds the text and the
 * paragraphs' directions only; annotations live in storage and are painted over the DOM.
 */
export function $buildArticle(text: string, direction: ArticleDirection): void {
  const root = $getRoot();
  root.clear();
  for (const line of text.split('\n')) {
    const paragraph = $createParagraphNode();
    // An explicit direction: Lexical would otherwise write dir="auto", which follows the first strong
    // character and turns an Arabic paragraph starting with "CENTCOM" left to right.
    paragraph.setDirection(directionOf(line, direction));
    if (line) paragraph.append($createTextNode(line));
    root.append(paragraph);
  }
}

/** Re-applies paragraph directions after the user flips the document's direction. */
export function $applyDirections(text: string, direction: ArticleDirection): void {
  const lines = text.split('\n');
  $getRoot()
    .getChildren()
    .forEach((node, index) => {
      const wanted = directionOf(lines[index] ?? '', direction);
      const element = node as ElementNode;
      if (element.getDirection() !== wanted) element.setDirection(wanted);
    });
}
