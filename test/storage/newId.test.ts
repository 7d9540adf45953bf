import { describe, expect, it } from 'vitest';
import { newUuid } from '../../src/renderer/storage/newId';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newUuid', () => {
  it('gives version-4 UUIDs, all different, across several refills of its pool', () => {
    const ids = Array.from({ length: 3 * 4096 + 5 }, () => newUuid());
    for (const id of ids) expect(id).toMatch(V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses every hex digit in each random position (the bytes are random, not a counter)', () => {
    const ids = Array.from({ length: 2000 }, () => newUuid());
    // Position 0 (random), 14 (always 4), 19 (8, 9, a or b).
    const digitsAt = (at: number) => new Set(ids.map((id) => id[at]));
    expect(digitsAt(0).size).toBe(16);
    expect([...digitsAt(14)]).toEqual(['4']);
    expect([...digitsAt(19)].sort()).toEqual(['8', '9', 'a', 'b']);
  });
});
