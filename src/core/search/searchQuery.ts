/**
 * What a researcher types into a search box, parsed: words, and phrases in double quotes ("قوات سوريا
 * الديمقراطية", «…», “…”). Every part must be found in a document (AND); a phrase's words must be found in
 * that order, next to each other (white space, line breaks included, between them; see findSearchHits).
 *
 * Each part carries the index terms a document must have to possibly contain it: the folded words of the part
 * (a word typed with punctuation inside, "al-Hasakah", has two). A part with no letters or digits at all has
 * no terms and cannot be searched; it is dropped.
 */
import { foldedWords } from './searchTerms';

export interface SearchPart {
  readonly kind: 'word' | 'phrase';
  /** As typed (without the quotes). */
  readonly text: string;
  /** Folded words the index must hold for a document to be a candidate. */
  readonly terms: readonly string[];
}

export interface SearchQuery {
  readonly parts: readonly SearchPart[];
  /** Every part's terms, without repeats. */
  readonly terms: readonly string[];
}

/** Opening quote → its closing quote. A quote left open runs to the end of the query. */
const QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['«', '»'],
  ['“', '”'],
  ['„', '“'],
]);

/** White space separates words; a BOM (which JavaScript counts as white space) is invisible, not a gap. */
const isSpace = (char: string) => char !== '\uFEFF' && /\s/.test(char);

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

export function parseSearchQuery(input: string): SearchQuery {
  const parts: SearchPart[] = [];
  const add = (kind: SearchPart['kind'], text: string) => {
    const terms = [...new Set(foldedWords(text))];
    if (terms.length > 0)
      parts.push({ kind: kind === 'phrase' && terms.length === 1 ? 'word' : kind, text, terms });
  };
  let index = 0;
  while (index < input.length) {
    const char = input[index] as string;
    if (isSpace(char)) {
      index++;
      continue;
    }
    const closing = QUOTES.get(char);
    if (closing !== undefined) {
      const end = input.indexOf(closing, index + 1);
      const stop = end === -1 ? input.length : end;
      add('phrase', input.slice(index + 1, stop).trim());
      index = stop + 1;
      continue;
    }
    let end = index;
    while (end < input.length && !isSpace(input[end] as string)) end++;
    // Punctuation typed around a word ("داعش،", (SDF)) is not part of it; inside one (al-Hasakah) it is.
    add('word', input.slice(index, end).replace(EDGE_PUNCTUATION, ''));
    index = end;
  }
  return { parts, terms: [...new Set(parts.flatMap((part) => part.terms))] };
}

export function isEmptyQuery(query: SearchQuery): boolean {
  return query.parts.length === 0;
}
