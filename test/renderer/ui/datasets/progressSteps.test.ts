import { describe, expect, it } from 'vitest';
import { inProgressSteps } from '../../../../src/renderer/ui/datasets/progressSteps';

// A large import reports every one of its documents; the bar is rendered only when it moves by a step.
describe('inProgressSteps', () => {
  function reported(calls: Array<[number, number]>, steps?: number): Array<[number, number]> {
    const seen: Array<[number, number]> = [];
    const report = inProgressSteps((done, total) => seen.push([done, total]), steps);
    for (const [done, total] of calls) report(done, total);
    return seen;
  }

  it('passes on at most one report per step of 10,000 documents, the first and the last among them', () => {
    const calls = Array.from({ length: 10_001 }, (_, done): [number, number] => [done, 10_000]);
    const seen = reported(calls);
    expect(seen.length).toBeLessThanOrEqual(201);
    expect(seen.length).toBeGreaterThanOrEqual(200);
    expect(seen[0]).toEqual([0, 10_000]);
    expect(seen.at(-1)).toEqual([10_000, 10_000]);
    // Each one moved the bar.
    const steps = seen.map(([done, total]) => Math.floor((done * 200) / total));
    expect(new Set(steps).size).toBe(seen.length);
  });

  it('passes on every report of a short task, a new total, and the end even when it repeats a step', () => {
    const few = Array.from({ length: 11 }, (_, done): [number, number] => [done, 10]);
    expect(reported(few)).toEqual(few);
    expect(
      reported([
        [0, 0],
        [0, 5_000],
        [1, 5_000],
        [5_000, 5_000],
      ]),
    ).toEqual([
      [0, 0],
      [0, 5_000],
      [5_000, 5_000],
    ]);
    expect(
      reported(
        [
          [3, 4],
          [3, 4],
        ],
        2,
      ),
    ).toEqual([[3, 4]]);
    expect(
      reported(
        [
          [4, 4],
          [4, 4],
        ],
        2,
      ),
    ).toEqual([
      [4, 4],
      [4, 4],
    ]);
  });
});
