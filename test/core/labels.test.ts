/**
 * The three labels of the product (actor = 1, place = 2, casualty_count = 3) are part of the dataset format
 * and the keyboard interface, so they are pinned here from the spec, not from the implementation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLabelKey, LABELS, labelByKey, labelByShortcut } from '../../src/core/labels';

describe('labels', () => {
  it('are actor (1), place (2), casualty_count (3), in that order', () => {
    expect(LABELS.map((label) => [label.key, label.shortcut])).toEqual([
      ['actor', '1'],
      ['place', '2'],
      ['casualty_count', '3'],
    ]);
  });

  it('have distinct keys, shortcuts, names, colours and underline styles', () => {
    // Colour is never the only cue: the underline styles must differ too.
    for (const field of ['key', 'shortcut', 'name', 'color', 'underline'] as const) {
      expect(new Set(LABELS.map((label) => label[field])).size, field).toBe(LABELS.length);
    }
  });

  it('use #RRGGBB colours', () => {
    for (const label of LABELS) expect(label.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });

  it('labelByKey and labelByShortcut find each label', () => {
    for (const label of LABELS) {
      expect(labelByKey(label.key)).toBe(label);
      expect(labelByShortcut(label.shortcut)).toBe(label);
    }
  });

  it('labelByShortcut returns undefined for other keys (including Arabic-Indic digits)', () => {
    for (const key of ['0', '4', '١', 'a', '', ' ']) expect(labelByShortcut(key)).toBeUndefined();
  });

  it('labelByKey throws on an unknown key (data from an older or foreign file)', () => {
    expect(() => labelByKey('person' as never)).toThrow(/Unknown label person/);
  });

  it('isLabelKey accepts exactly the three keys', () => {
    expect(['actor', 'place', 'casualty_count'].every(isLabelKey)).toBe(true);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (value) => {
        expect(isLabelKey(value)).toBe(value === 'actor' || value === 'place' || value === 'casualty_count');
      }),
      { numRuns: 300 },
    );
    for (const value of ['Actor', 'person', 'casualty-count', ' actor', null, undefined, 1]) {
      expect(isLabelKey(value)).toBe(false);
    }
  });
});
