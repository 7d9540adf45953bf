import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareSpans, type Span } from '../../src/core/spans/span';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import {
  addDocumentSpans,
  BUCKET_LIMIT,
  BUCKET_TARGET,
  bucketCountFor,
  bucketOf,
  bucketRows,
  countDocumentSpans,
  deleteDocumentSpans,
  placeOf,
  readDocumentSpans,
  readSpan,
  readSpansOfDocuments,
  removeSpan,
  replaceDocumentSpans,
  type SpanBucketRow,
  spansLinkedTo,
  spansLinkedToAnyPlace,
  writeSpan,
} from '../../src/renderer/storage/spanBuckets';

let db: SpanlightDatabase;
beforeEach(() => {
  db = new SpanlightDatabase(`buckets-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const inWrite = <T>(body: () => Promise<T>) => db.transaction('rw', db.spanBuckets, body);

function span(id: string, docId: string, start: number, extra: Partial<Span> = {}): Span {
  return {
    id,
    docId,
    start,
    end: start + 1,
    label: 'place',
    text: 'x',
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

/** What must hold of a document's rows: buckets 0 … n − 1 (n a power of two), each span where its id hashes. */
async function checkLayout(docId: string): Promise<SpanBucketRow[]> {
  const rows = await db.spanBuckets.where('[docId+bucket]').between([docId, 0], [docId, Infinity]).toArray();
  const count = rows.length;
  if (count === 0) return rows;
  expect(count & (count - 1)).toBe(0);
  expect(rows.map((row) => row.bucket)).toEqual([...Array(count).keys()]);
  for (const row of rows) {
    expect(row.spans.length).toBeLessThanOrEqual(BUCKET_LIMIT);
    for (const stored of row.spans)
      expect([stored.docId, bucketOf(stored.id, count)]).toEqual([docId, row.bucket]);
    const actors = new Set(row.spans.flatMap((stored) => (stored.actorId ? [stored.actorId] : [])));
    const places = new Set(row.spans.flatMap((stored) => (stored.placeId ? [stored.placeId] : [])));
    expect(new Set(row.actorIds)).toEqual(actors);
    expect(new Set(row.placeIds)).toEqual(places);
  }
  return rows;
}

describe('bucket layout', () => {
  it.each([
    [0, 1],
    [1, 1],
    [BUCKET_TARGET, 1],
    [BUCKET_TARGET + 1, 2],
    [10_000, 128],
  ])('%i spans get %i buckets', (spans, buckets) => {
    expect(bucketCountFor(spans)).toBe(buckets);
  });

  it('spreads 10,000 ids evenly enough that no bucket passes the limit', () => {
    const spans = Array.from({ length: 10_000 }, (_, at) => span(crypto.randomUUID(), 'd', at));
    const rows = bucketRows('d', spans);
    expect(rows).toHaveLength(128);
    expect(rows.reduce((sum, row) => sum + row.spans.length, 0)).toBe(10_000);
    expect(Math.max(...rows.map((row) => row.spans.length))).toBeLessThan(BUCKET_LIMIT);
  });
});

describe('span rows', () => {
  it('writes, replaces, finds and removes a span by its document and id', async () => {
    await inWrite(async () => {
      expect(await writeSpan(db, span('s1', 'a', 0))).toBe('added');
      expect(await writeSpan(db, span('s1', 'a', 4, { actorId: 'sdf' }))).toBe('replaced');
      expect(await writeSpan(db, span('s1', 'b', 2))).toBe('added');
    });
    await inWrite(async () => {
      expect(await readSpan(db, { id: 's1', docId: 'a' })).toMatchObject({ start: 4, actorId: 'sdf' });
      expect(await readSpan(db, { id: 's1', docId: 'b' })).toMatchObject({ start: 2 });
      expect(await readSpan(db, { id: 's1', docId: 'c' })).toBeUndefined();
      expect((await spansLinkedTo(db, 'actorId', 'sdf')).map((s) => s.docId)).toEqual(['a']);
      expect((await removeSpan(db, { id: 's1', docId: 'a' }))?.start).toBe(4);
      expect(await removeSpan(db, { id: 's1', docId: 'a' })).toBeUndefined();
      expect(await spansLinkedTo(db, 'actorId', 'sdf')).toEqual([]);
      expect(await readDocumentSpans(db, 'a')).toEqual([]);
      expect(await countDocumentSpans(db, 'b')).toBe(1);
    });
  });

  it('spreads a growing document over more buckets, one span at a time, and finds every span', async () => {
    const ids = Array.from({ length: 3 * BUCKET_LIMIT }, (_, at) => `span-${at}`);
    for (const [at, id] of ids.entries()) await inWrite(() => writeSpan(db, span(id, 'big', at)));
    const rows = await checkLayout('big');
    // Spread only when a bucket outgrows the limit: at least as many buckets as the limit requires.
    expect(rows.length).toBeGreaterThanOrEqual(Math.ceil(ids.length / BUCKET_LIMIT));
    await inWrite(async () => {
      expect((await readDocumentSpans(db, 'big')).map((s) => s.id)).toEqual(ids);
      for (const id of ids) expect((await readSpan(db, { id, docId: 'big' }))?.id).toBe(id);
    });
  });

  it('places a span in the bucket its id hashes to, whatever bucket count was guessed', async () => {
    const spans = Array.from({ length: 3 * BUCKET_TARGET }, (_, at) => span(`s${at}`, 'a', at));
    await inWrite(() => addDocumentSpans(db, 'a', spans));
    const count = (await checkLayout('a')).length;
    expect(count).toBe(4);
    const cases = [
      { id: 's7', guess: 1 },
      { id: 's7', guess: 4 },
      { id: 's8', guess: 2 },
      { id: 's9', guess: 64 },
      { id: 'new-1', guess: 4 },
      { id: 'new-2', guess: 16 },
      { id: 'new-3', guess: undefined },
    ];
    for (const { id, guess } of cases) {
      const place = await inWrite(() => placeOf(db, { id, docId: 'a' }, guess));
      const bucket = bucketOf(id, count);
      expect({ id, guess, bucketCount: place.bucketCount, bucket: place.bucket }).toEqual({
        id,
        guess,
        bucketCount: count,
        bucket,
      });
      expect(place.row).toEqual(await db.spanBuckets.get(['a', bucket]));
      expect(place.row?.spans.some((stored) => stored.id === id)).toBe(spans.some((s) => s.id === id));
    }
    // A document without spans: one bucket, not yet written.
    expect(await inWrite(() => placeOf(db, { id: 'x', docId: 'empty' }, 8))).toEqual({
      bucketCount: 1,
      bucket: 0,
      row: undefined,
    });
  });

  it('adds, replaces and deletes a document’s spans in bulk, and reads several documents in order', async () => {
    await inWrite(async () => {
      await addDocumentSpans(db, 'a', [span('x', 'a', 3), span('y', 'a', 1)]);
      await addDocumentSpans(db, 'a', [span('x', 'a', 5), span('z', 'a', 0, { placeId: 'raqqa' })]);
      await addDocumentSpans(db, 'b', [span('w', 'b', 0, { placeId: 'raqqa' })]);
    });
    await inWrite(async () => {
      expect((await readDocumentSpans(db, 'a')).map((s) => [s.id, s.start])).toEqual([
        ['z', 0],
        ['y', 1],
        ['x', 5],
      ]);
      expect((await spansLinkedToAnyPlace(db)).map((s) => s.id).sort()).toEqual(['w', 'z']);
      const [b, none, a] = await readSpansOfDocuments(db, ['b', 'none', 'a']);
      expect([b?.length, none?.length, a?.length]).toEqual([1, 0, 3]);
      await replaceDocumentSpans(db, 'a', [span('q', 'a', 9)]);
      expect((await readDocumentSpans(db, 'a')).map((s) => s.id)).toEqual(['q']);
      await deleteDocumentSpans(db, 'a');
      expect(await readDocumentSpans(db, 'a')).toEqual([]);
      expect(await readDocumentSpans(db, 'b')).toHaveLength(1);
    });
  });

  it('keeps each document’s spans equal to a model under any sequence of writes and removals', async () => {
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('write' as const),
        doc: fc.constantFrom('a', 'b'),
        id: fc.integer({ min: 0, max: 400 }),
        start: fc.nat(1000),
        actor: fc.option(fc.constantFrom('sdf', 'isis'), { nil: undefined }),
        // The bucket count a tag guesses (placeOf), right or wrong; none: writeSpan reads it.
        guess: fc.option(fc.constantFrom(1, 2, 4, 8, 64), { nil: undefined }),
      }),
      fc.record({
        kind: fc.constant('remove' as const),
        doc: fc.constantFrom('a', 'b'),
        id: fc.integer({ min: 0, max: 400 }),
      }),
      fc.record({
        kind: fc.constant('bulk' as const),
        doc: fc.constantFrom('a', 'b'),
        from: fc.nat(400),
        count: fc.integer({ min: 1, max: 300 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 40 }), async (operations) => {
        await db.spanBuckets.clear();
        const model = new Map<string, Map<string, Span>>([
          ['a', new Map()],
          ['b', new Map()],
        ]);
        for (const op of operations) {
          const spans = model.get(op.doc) as Map<string, Span>;
          if (op.kind === 'write') {
            const written = span(`s${op.id}`, op.doc, op.start, op.actor ? { actorId: op.actor } : {});
            const result = await inWrite(async () =>
              writeSpan(db, written, op.guess ? await placeOf(db, written, op.guess) : undefined),
            );
            expect(result).toBe(spans.has(written.id) ? 'replaced' : 'added');
            spans.set(written.id, written);
          } else if (op.kind === 'remove') {
            const removed = await inWrite(() => removeSpan(db, { id: `s${op.id}`, docId: op.doc }));
            expect(removed).toEqual(spans.get(`s${op.id}`));
            spans.delete(`s${op.id}`);
          } else {
            const added = Array.from({ length: op.count }, (_, at) => span(`s${op.from + at}`, op.doc, at));
            await inWrite(() => addDocumentSpans(db, op.doc, added));
            for (const item of added) spans.set(item.id, item);
          }
        }
        await inWrite(async () => {
          for (const [docId, spans] of model) {
            await checkLayout(docId);
            expect(await readDocumentSpans(db, docId)).toEqual([...spans.values()].sort(compareSpans));
            expect(await countDocumentSpans(db, docId)).toBe(spans.size);
          }
          const linked = [...model.values()]
            .flatMap((spans) => [...spans.values()])
            .filter((s) => s.actorId === 'sdf');
          expect((await spansLinkedTo(db, 'actorId', 'sdf')).sort(compareSpans)).toEqual(
            linked.sort(compareSpans),
          );
        });
      }),
      { numRuns: 40 },
    );
  });
});
