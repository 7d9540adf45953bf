/**
 * Which CSV column holds what, guessed from the header's names. Names are compared after trimming, lowercasing
 * and turning spaces, hyphens and dots into "_" ("Article Title" = "article_title"); for each field the first
 * variant listed that some column has wins, and a column serves one field at most. Variants are English, plus
 * the French and Arabic names researchers in this project's languages use.
 */

/** Column indices (0-based) into the header; `text: null` when no column looks like the article text. */
export interface CsvMapping {
  title?: number;
  text: number | null;
  source?: number;
  date?: number;
  url?: number;
  lang?: number;
  byline?: number;
}

type MappedField = Exclude<keyof CsvMapping, 'text'> | 'text';

/** Text first: it is the one column a file cannot do without, so it gets first pick. */
const VARIANTS: readonly [MappedField, readonly string[]][] = [
  [
    'text',
    [
      'text',
      'body',
      'content',
      'article',
      'article_content',
      'article_text',
      'article_body',
      'full_text',
      'fulltext',
      'contents',
      'story',
      'texte',
      'contenu',
      'corps',
      'النص',
      'المحتوى',
    ],
  ],
  ['title', ['title', 'headline', 'article_title', 'heading', 'titre', 'العنوان']],
  [
    'source',
    ['source', 'site', 'publisher', 'outlet', 'source_name', 'media', 'newspaper', 'journal', 'المصدر'],
  ],
  [
    'date',
    [
      'date',
      'published',
      'published_at',
      'publication_date',
      'published_date',
      'publish_date',
      'pub_date',
      'date_published',
      'datetime',
      'date_de_publication',
      'التاريخ',
    ],
  ],
  ['url', ['url', 'link', 'article_url', 'permalink', 'href', 'lien', 'الرابط']],
  ['lang', ['lang', 'language', 'langue', 'locale', 'اللغة']],
  ['byline', ['byline', 'author', 'authors', 'writer', 'auteur', 'الكاتب']],
];

export function normalizeHeaderName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s.-]+/g, '_');
}

export function guessCsvMapping(header: readonly string[]): CsvMapping {
  const names = header.map(normalizeHeaderName);
  const taken = new Set<number>();
  const mapping: CsvMapping = { text: null };
  for (const [field, variants] of VARIANTS) {
    for (const variant of variants) {
      const column = names.findIndex((name, index) => name === variant && !taken.has(index));
      if (column === -1) continue;
      taken.add(column);
      mapping[field] = column;
      break;
    }
  }
  return mapping;
}
