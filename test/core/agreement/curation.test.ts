import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedVersion, curationChange, versionKeys } from '../../../src/core/agreement/curation';
import { type ComparedSpan, spanDifferences } from '../../../src/core/agreement/spanDifferences';

type Curated = ComparedSpan & { id: string };
const s = (id: string, start: number, end: number, label = 'actor') => ({ id, start, end, label });

/** The curated set after a change. */
function apply(curated: Curated[], change: ReturnType<typeof curationChange>, next: () => string): Curated[] {
  return [
    ...curated.filter((span) => !change.remove.includes(span.id)),
    ...change.add.map((span) => ({ ...span, id: next() })),
  ];
}

describe('curationChange', () => {
  const [row] = spanDifferences([s('a1', 0, 10)], [s('b1', 0, 4), s('b2', 5, 10)]);

  it('adds the chosen version to an empty curated set', () => {
    expect(curationChange(row as never, 'a', [])).toEqual({
      remove: [],
      add: [s('a1', 0, 10)],
    });
    // The chosen spans themselves, so a copy keeps their coding.
    expect(curationChange(row as never, 'b', []).add).toEqual([s('b1', 0, 4), s('b2', 5, 10)]);
  });

  it('switching versions removes the other version and leaves unrelated curated spans alone', () => {
    const curated = [s('c1', 0, 10), s('c9', 20, 25)];
    expect(curationChange(row as never, 'b', curated)).toEqual({
      remove: ['c1'],
      add: [s('b1', 0, 4), s('b2', 5, 10)],
    });
    // Accepting what is already there changes nothing.
    expect(curationChange(row as never, 'a', curated)).toEqual({ remove: [], add: [] });
  });

  it('keeps a span both annotators share when B is accepted on A’s duplicate of it (a row of its own)', () => {
    // Found by the property below (seed 1121937984): A tagged the same place twice, B once.
    const a = [s('a0', 1, 2, 'place'), s('a1', 1, 2, 'place')];
    const b = [s('b0', 1, 2, 'place')];
    const rows = spanDifferences(a, b);
    expect(rows.map((row) => row.kind)).toEqual(['identical', 'only-a']);
    const [shared, duplicate] = rows;
    const held = versionKeys(rows, 'b');
    let curated = apply([], curationChange(shared as never, 'b', [], held), () => 'c0');
    curated = apply(curated, curationChange(duplicate as never, 'b', curated, held), () => 'c1');
    expect(curated.map(({ start, end, label }) => [start, end, label])).toEqual([[1, 2, 'place']]);
    // Without what B holds elsewhere, the duplicate's row took the shared span away.
    expect(curationChange(duplicate as never, 'b', curated).remove).toEqual(['c0']);
  });

  it('tells A accepted on a row whose B span is one A holds in another row', () => {
    // Found by the property below: B tagged a place twice, A once, and A's actor overlaps B's duplicate.
    const a = [s('a0', 15, 20, 'place'), s('a1', 9, 16, 'actor')];
    const b = [s('b0', 15, 20, 'place'), s('b1', 15, 20, 'place')];
    const rows = spanDifferences(a, b);
    const [boundary] = rows;
    expect(boundary?.kind).toBe('boundary');
    const held = { a: versionKeys(rows, 'a'), b: versionKeys(rows, 'b') };
    const curated = [s('c0', 15, 20, 'place'), s('c1', 9, 16, 'actor')];
    expect(acceptedVersion(boundary as never, curated, held)).toBe('a');
    // Without what each version holds elsewhere, B's duplicate being there leaves it undecided.
    expect(acceptedVersion(boundary as never, curated)).toBeNull();
  });

  it('tells which version the curated set holds', () => {
    expect(acceptedVersion(row as never, [])).toBeNull();
    expect(acceptedVersion(row as never, [s('c1', 0, 10)])).toBe('a');
    expect(acceptedVersion(row as never, [s('c1', 0, 4), s('c2', 5, 10)])).toBe('b');
    expect(acceptedVersion(row as never, [s('c1', 0, 10), s('c2', 0, 4)])).toBeNull();
    const [same] = spanDifferences([s('a1', 0, 3)], [s('b1', 0, 3)]);
    expect(acceptedVersion(same as never, [s('c1', 0, 3)])).toBe('both');
  });
});

const sideArb = (prefix: string) =>
  fc
    .array(
      fc
        .tuple(fc.nat(30), fc.integer({ min: 1, max: 8 }), fc.constantFrom('actor', 'place'))
        .map(([start, length, label]) => ({ start, end: start + length, label })),
      { maxLength: 8 },
    )
    .map((spans) => spans.map((span, i) => ({ ...span, id: `${prefix}${i}` })));
/** The distinct ranges and labels: the curated set holds one span for each (an annotator's duplicates collapse). */
const sorted = (spans: readonly ComparedSpan[]) =>
  [...new Set(spans.map((x) => `${x.start} ${x.end} ${x.label}`))].sort();

describe('curation properties', () => {
  it('accepting every row from one side, in any order and after any earlier choices, gives exactly that side', () => {
    fc.assert(
      fc.property(
        sideArb('a'),
        sideArb('b'),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('a' as const, 'b' as const)), { maxLength: 10 }),
        fc.constantFrom('a' as const, 'b' as const),
        (a, b, earlier, final) => {
          const rows = spanDifferences(a, b);
          const held = { a: versionKeys(rows, 'a'), b: versionKeys(rows, 'b') };
          let n = 0;
          const next = () => `c${n++}`;
          let curated: Curated[] = [];
          for (const [index, version] of earlier) {
            const row = rows[index % Math.max(rows.length, 1)];
            if (row) curated = apply(curated, curationChange(row, version, curated, held[version]), next);
          }
          for (const row of rows) {
            curated = apply(curated, curationChange(row, final, curated, held[final]), next);
            if (row.kind === 'identical') expect(acceptedVersion(row, curated, held)).toBe('both');
            else if ((final === 'a' ? row.a : row.b).length > 0)
              expect(acceptedVersion(row, curated, held)).toBe(final);
          }
          expect(sorted(curated)).toEqual(sorted(final === 'a' ? a : b));
          expect(new Set(sorted(curated)).size).toBe(curated.length);
        },
      ),
    );
  });
});
