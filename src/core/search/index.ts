export { findSearchHits, type HitOptions, type SearchHit } from './findSearchHits';
export { isEmptyQuery, parseSearchQuery, type SearchPart, type SearchQuery } from './searchQuery';
export { foldedWords, searchTermsOf, termsOfWord } from './searchTerms';
export { type Snippet, snippetAround } from './snippet';
