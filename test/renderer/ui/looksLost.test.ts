import { describe, expect, it } from 'vitest';
import { looksLost } from '../../../src/renderer/ui/useBackups';

const at = (documents: number, spans: number) => ({
  documents,
  spans,
  lastWriteAt: '2026-12-01T10:00:00.000Z',
});

describe('looksLost', () => {
  it.each([
    [at(3, 40), { documents: 0, spans: 0 }, true], // the database came up empty
    [at(3, 40), { documents: 2, spans: 40 }, true], // a document is gone
    [at(3, 400), { documents: 3, spans: 300 }, true], // a quarter of the annotations are gone
    [at(3, 40), { documents: 3, spans: 37 }, false], // a few deletions the lazy sentinel missed before a crash
    [at(3, 40), { documents: 3, spans: 45 }, false], // more than the sentinel knew
    [at(0, 0), { documents: 0, spans: 0 }, false], // a new, empty library
  ])('%o vs %o → %s', (sentinel, found, expected) => {
    expect(looksLost(sentinel, found)).toBe(expected);
  });
});
