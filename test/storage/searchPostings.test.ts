import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchTermsOf } from '../../src/core/search/searchTerms';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import {
  documentsWithTerm,
  indexedDocumentIds,
  MAX_PARTS,
  SEARCH_SHARDS,
  SearchPartBuilder,
  shardOf,
} from '../../src/renderer/storage/searchPostings';

let db: SpanlightDatabase;
beforeEach(() => {
  db = new SpanlightDatabase(`postings-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const WORDS = ['داعش', 'الرقة', 'قسد', 'raqqa', 'sdf', 'خمسة', 'الحسكة', 'checkpoint'];
const tables = () => [db.documents, db.texts, db.searchParts, db.searchPostings];

/** Adds documents as the store does: rows and text, and their terms as one part, in one transaction. */
async function addDocuments(docs: ReadonlyArray<{ id: string; text: string }>) {
  await db.transaction('rw', tables(), async () => {
    const part = new SearchPartBuilder();
    for (const { id, text } of docs) {
      await db.documents.put({ id, title: id, importedAt: 1, sha256: id, spanCount: 0 });
      await db.texts.put({ id, text });
      part.add(id, text);
    }
    await part.write(db);
  });
}

async function holding(term: string): Promise<string[]> {
  return [...(await db.transaction('r', tables(), () => documentsWithTerm(db, term)))].sort();
}

describe('the search postings', () => {
  it('puts each term in its shard and finds the documents of a term across parts', async () => {
    await addDocuments([
      { id: 'a', text: 'هاجم تنظيم داعش قرية قرب الرقة' },
      { id: 'b', text: 'The SDF entered Raqqa' },
    ]);
    await addDocuments([{ id: 'c', text: 'قسد: لداعش خمسة قتلى' }]);
    expect(await db.searchParts.count()).toBe(2);
    for (const row of await db.searchPostings.toArray()) {
      expect(row.shard).toBeLessThan(SEARCH_SHARDS);
      for (const term of row.terms.keys()) expect(shardOf(term)).toBe(row.shard);
    }
    expect(await holding('داعش')).toEqual(['a', 'c']);
    expect(await holding('raqqa')).toEqual(['b']);
    expect(await holding('الرقه')).toEqual(['a']);
    expect(await holding('absent')).toEqual([]);
  });

  it('merges the smaller parts past MAX_PARTS, leaving out deleted documents, and still finds the rest', async () => {
    for (let n = 0; n < MAX_PARTS; n++)
      await addDocuments([{ id: `d${n}`, text: `قسد ${WORDS[n % 8]} رقم${n}` }]);
    expect(await db.searchParts.count()).toBe(MAX_PARTS);
    await db.documents.bulkDelete(['d0', 'd1']);
    // Deleted documents stay listed (and are left out by the search) until their part is merged.
    expect(await holding('رقم0')).toEqual(['d0']);
    await addDocuments([{ id: `d${MAX_PARTS}`, text: 'قسد رقم' }]);
    // That write went past MAX_PARTS: the smaller half (one-document parts, d0 and d1 among them) became one.
    expect(await db.searchParts.count()).toBe(MAX_PARTS / 2 + 1);
    const listed = await db.transaction('r', tables(), () => indexedDocumentIds(db));
    expect([listed.has('d0'), listed.has('d1'), listed.size]).toEqual([false, false, MAX_PARTS - 1]);
    expect((await holding('قسد')).length).toBe(MAX_PARTS - 1);
    expect(await holding('رقم5')).toEqual(['d5']);
    expect(await holding('رقم0')).toEqual([]);
  });

  it('gives every document under each of its terms, whatever the writes and deletions (property)', async () => {
    const doc = fc.record({
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
      deleted: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(doc, { minLength: 1, maxLength: 4 }), { maxLength: 12 }),
        async (writes) => {
          await db.transaction('rw', tables(), async () => {
            await db.documents.clear();
            await db.searchParts.clear();
            await db.searchPostings.clear();
          });
          const present = new Map<string, string>();
          const ever = new Map<string, string>();
          let n = 0;
          for (const batch of writes) {
            const docs = batch.map((entry) => ({
              id: `doc${n++}`,
              text: entry.words.join(' '),
              deleted: entry.deleted,
            }));
            await addDocuments(docs);
            for (const entry of docs) {
              present.set(entry.id, entry.text);
              ever.set(entry.id, entry.text);
            }
            const gone = docs.filter((entry) => entry.deleted).map((entry) => entry.id);
            await db.documents.bulkDelete(gone);
            for (const id of gone) present.delete(id);
          }
          for (const word of WORDS) {
            const [term] = searchTermsOf(word);
            const expected = [...present].filter(([, text]) => searchTermsOf(text).includes(term as string));
            const found = new Set(await holding(term as string));
            // Every present document is found; a deleted one may be, until its part is merged; none without the term.
            for (const [id] of expected) expect(found.has(id)).toBe(true);
            for (const id of found) expect(searchTermsOf(ever.get(id) ?? '')).toContain(term);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('SearchPartBuilder.adopt (postings built elsewhere, positions = index in the file)', () => {
  /** Postings as the import's worker builds them: document i at position i. */
  const workerPostings = (texts: readonly string[]) => {
    const builder = new SearchPartBuilder();
    for (const [index, text] of texts.entries()) builder.add(String(index), text);
    return builder.postings();
  };
  const snapshot = (builder: SearchPartBuilder) =>
    [...builder.postings()]
      .sort(([a], [b]) => a - b)
      .map(([shard, terms]) => [
        shard,
        [...terms]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([term, positions]) => [term, builder.docIds.filter((_, at) => positions.includes(at))]),
      ]);

  it('gives the part that adding the kept documents here in turn gives (any documents left out, any builder before)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ words: fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }), kept: fc.boolean() }),
          {
            maxLength: 12,
          },
        ),
        fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }),
        (docs, before) => {
          const texts = docs.map((doc) => doc.words.join(' '));
          const ids = docs.map((doc, index) => (doc.kept ? `doc${index}` : undefined));
          const adopted = new SearchPartBuilder();
          const direct = new SearchPartBuilder();
          if (before.length > 0) {
            adopted.add('earlier', before.join(' '));
            direct.add('earlier', before.join(' '));
          }
          adopted.adopt(ids, workerPostings(texts));
          for (const [index, id] of ids.entries()) if (id) direct.add(id, texts[index] ?? '');
          expect(adopted.docIds).toEqual(direct.docIds);
          expect(snapshot(adopted)).toEqual(snapshot(direct));
        },
      ),
      { numRuns: 200 },
    );
  });
});
