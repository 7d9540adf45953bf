import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTimestamp, parseIsoTimestamp } from '../../../src/core/export/isoTimestamp';

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

// Its inverse, behind every imported timestamp, must read exactly what Date.parse reads, whatever the string.
describe('parseIsoTimestamp', () => {
  it('reads back what isoTimestamp wrote, for any millisecond of years 0000..9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        expect(parseIsoTimestamp(isoTimestamp(ms))).toBe(ms);
      }),
      { numRuns: 20_000 },
    );
  });

  /** A string shaped like a timestamp, each field anything from its digits' range and a little beyond. */
  const nearlyIso = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.integer({ min: 0, max: 61 }),
      fc.integer({ min: 0, max: 999 }),
      fc.constantFrom('-', '-', '-', '/', ' '),
      fc.constantFrom('T', 'T', 'T', ' ', 't'),
      fc.constantFrom('Z', 'Z', 'Z', 'z', '+'),
    )
    .map(
      ([year, month, day, hours, minutes, seconds, ms, dash, t, z]) =>
        `${String(year).padStart(4, '0')}${dash}${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}${t}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}.${String(ms).padStart(3, '0')}${z}`,
    );

  it('agrees with Date.parse on near-timestamps (impossible dates and times included) and on any string', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyIso, fc.string({ minLength: 24, maxLength: 24 }), fc.string()), (text) => {
        expect(parseIsoTimestamp(text)).toBe(Date.parse(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('at the edges: leap days, days past the month, the last instant of a day', () => {
    for (const text of [
      '2000-02-29T12:34:56.789Z',
      '1900-02-29T00:00:00.000Z',
      '2023-02-29T00:00:00.000Z',
      '2024-04-31T00:00:00.000Z',
      '2024-12-31T23:59:59.999Z',
      '2024-12-31T24:00:00.000Z',
      '0000-01-01T00:00:00.000Z',
      '٢٠٢٤-01-01T00:00:00.000Z',
    ]) {
      expect(parseIsoTimestamp(text)).toBe(Date.parse(text));
    }
  });
});
