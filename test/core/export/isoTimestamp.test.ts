import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTimestamp } from '../../../src/core/export/isoTimestamp';

// The fast formatter behind every exported timestamp must write exactly what Date.prototype.toISOString writes.
describe('isoTimestamp', () => {
  it('equals toISOString for any millisecond in years 0000..9999 and around them', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }),
          fc.integer({ min: 1_500_000_000_000, max: 2_000_000_000_000 }),
          fc.integer({ min: -8_640_000_000_000_000, max: 8_640_000_000_000_000 }),
        ),
        (ms) => {
          expect(isoTimestamp(ms)).toBe(new Date(ms).toISOString());
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('at the edges: leap days, the epoch, the first and last instants of the range', () => {
    for (const iso of [
      '1970-01-01T00:00:00.000Z',
      '1969-12-31T23:59:59.999Z',
      '2000-02-29T12:34:56.789Z',
      '1900-03-01T00:00:00.000Z',
      '0000-01-01T00:00:00.000Z',
      '0000-02-29T23:59:59.999Z',
      '9999-12-31T23:59:59.999Z',
      '2024-12-31T23:59:59.999Z',
    ]) {
      expect(isoTimestamp(Date.parse(iso))).toBe(iso);
    }
  });
});
