/**
 * Two annotators' files on the same documents, paired by text: the same stored text (what the library's text
 * hash identifies) is the same document, whatever its id, title or format says. Documents with no partner are
 * returned so the caller can say which ones do not match.
 */
import type { FormatDocument } from '../formats/types';

export interface DocumentPairs {
  pairs: Array<{ a: FormatDocument; b: FormatDocument }>;
  onlyA: FormatDocument[];
  onlyB: FormatDocument[];
}

export function pairDocumentsByText(
  a: readonly FormatDocument[],
  b: readonly FormatDocument[],
): DocumentPairs {
  // A text may occur twice in a file: its copies pair in order, and a copy left over has no partner.
  const waiting = new Map<string, FormatDocument[]>();
  for (const doc of b) {
    const list = waiting.get(doc.text);
    if (list) list.push(doc);
    else waiting.set(doc.text, [doc]);
  }
  const pairs: DocumentPairs['pairs'] = [];
  const onlyA: FormatDocument[] = [];
  for (const doc of a) {
    const partner = waiting.get(doc.text)?.shift();
    if (partner) pairs.push({ a: doc, b: partner });
    else onlyA.push(doc);
  }
  const paired = new Set(pairs.map((pair) => pair.b));
  return { pairs, onlyA, onlyB: b.filter((doc) => !paired.has(doc)) };
}
