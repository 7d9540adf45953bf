// The benchmark's inputs, all from one seed: the long article with its span sets, and the library.
import { createHash } from 'node:crypto';
import { createRandom } from './prng.mjs';
import { disjointSpans, overlappingSpans, stored, words } from './spans.mjs';
import { paragraphs } from './text.mjs';

export const SEED = 20261201;
const IMPORTED_AT = 1_767_225_600_000;

function documentRow(id, title, text, importedAt, spanCount) {
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return { id, title, text, lang: 'ar', importedAt, sha256, spanCount };
}

/**
 * The long article (~200,000 characters in 1,500 paragraphs) and its span sets: 1,000 and 10,000 disjoint
 * spans, and 10,000 of which 1,000 overlap another. Also the words no span covers, for tagging.
 */
export function articleInputs() {
  const random = createRandom(SEED);
  const text = paragraphs(random, 1500, 133).join('\n');
  const tokens = words(text);
  const { spans, taken } = disjointSpans(random, text, tokens, 'bench-article', 10_000, 'span');
  const overlaps = overlappingSpans(random, text, tokens, spans.slice(0, 9_000), 1_000, 'overlap');
  const sets = {
    '1k': spans.slice(0, 1_000).map(stored),
    '10k': spans.map(stored),
    '10k-overlap': [...spans.slice(0, 9_000).map(stored), ...overlaps],
  };
  const free = tokens.filter((_, i) => !taken[i]);
  return { text, tokens, free, sets };
}

/** The stored rows of the article documents, one per span set, plus a small newest one the app opens first. */
export function articleRows({ text, sets }) {
  const documents = [];
  const spans = [];
  for (const [index, [name, set]] of Object.entries(sets).entries()) {
    const id = `bench-article-${name}`;
    documents.push(documentRow(id, `Bench article, ${name} spans`, text, IMPORTED_AT + index, set.length));
    for (const span of set) spans.push({ ...span, id: `${id}:${span.id}`, docId: id });
  }
  const landing = 'قالت مصادر محلية إن الهدوء عاد إلى المنطقة.\nA short document the app opens on load.';
  documents.push(documentRow('bench-landing', 'Bench landing', landing, IMPORTED_AT + 100, 0));
  return { documents, spans };
}

/**
 * A library of `count` documents (~3,000 characters each) with `perDocument` spans each, produced in
 * batches so the whole library never has to be held twice.
 */
export function* libraryBatches(count, perDocument, batchSize) {
  const random = createRandom(SEED + 1);
  for (let first = 0; first < count; first += batchSize) {
    const documents = [];
    const spans = [];
    for (let n = first; n < Math.min(count, first + batchSize); n++) {
      const id = `bench-doc-${String(n).padStart(5, '0')}`;
      const lines = paragraphs(random, random.int(15, 30), 130);
      const text = lines.join('\n');
      const title = `${String(n + 1).padStart(5, '0')} ${lines[0].slice(0, 60)}`;
      const set = disjointSpans(random, text, words(text), id, perDocument, `${id}:s`).spans;
      documents.push(documentRow(id, title, text, IMPORTED_AT + n, set.length));
      for (const span of set) spans.push(stored(span));
    }
    yield { documents, spans };
  }
}
