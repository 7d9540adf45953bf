/** The Label schema dialog's edits: each keeps the schema valid or says why not, and changes only what it says. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, type LabelDefinition } from '../../../src/core/labels';
import { labelSchemaProblems } from '../../../src/core/projects/labelSchema';
import {
  addLabel,
  describeLabel,
  moveLabel,
  recolorLabel,
  removeLabel,
  renameLabel,
  type SchemaEdit,
  setLabelShortcut,
} from '../../../src/core/projects/labelSchemaEdits';

const labelsOf = (edit: SchemaEdit): LabelDefinition[] => {
  if (!edit.ok) throw new Error(`refused: ${edit.problem}`);
  return edit.labels;
};

describe('label schema edits', () => {
  it('adds "Weapon" on key 4 with a new colour, after the defaults, keeping them as they were', () => {
    const labels = labelsOf(addLabel(DEFAULT_LABELS, { name: ' Weapon ', description: 'Arms named' }));
    expect(labels.slice(0, 3)).toEqual(DEFAULT_LABELS);
    expect(labels[3]).toMatchObject({
      key: 'weapon',
      name: 'Weapon',
      shortcut: '4',
      description: 'Arms named',
    });
    expect(DEFAULT_LABELS.map((label) => label.color)).not.toContain(labels[3]?.color);
  });

  it('refuses a second label of the same name and a label without one', () => {
    expect(addLabel(DEFAULT_LABELS, { name: 'actor' })).toMatchObject({
      ok: false,
      problem: 'duplicate-name',
    });
    expect(addLabel(DEFAULT_LABELS, { name: '' })).toMatchObject({ ok: false, problem: 'empty-name' });
  });

  it('rename, recolour, describe and shortcut change that one field of that one label; the key never changes', () => {
    const renamed = labelsOf(renameLabel(DEFAULT_LABELS, 'place', 'Location'));
    expect(renamed[1]).toEqual({ ...DEFAULT_LABELS[1], name: 'Location' });
    expect(labelsOf(recolorLabel(DEFAULT_LABELS, 'actor', '#123456'))[0]?.color).toBe('#123456');
    expect(labelsOf(describeLabel(DEFAULT_LABELS, 'actor', ' Who acts '))[0]?.description).toBe('Who acts');
    expect(labelsOf(describeLabel(renamed, 'actor', ''))[0]).not.toHaveProperty('description');
    expect(labelsOf(setLabelShortcut(DEFAULT_LABELS, 'actor', 'Q'))[0]?.shortcut).toBe('q');
    expect(setLabelShortcut(DEFAULT_LABELS, 'actor', '2')).toMatchObject({
      ok: false,
      problem: 'duplicate-shortcut',
    });
    expect(recolorLabel(DEFAULT_LABELS, 'actor', 'red')).toMatchObject({ ok: false, problem: 'bad-color' });
    expect(renameLabel(DEFAULT_LABELS, 'nope', 'x')).toMatchObject({ ok: false, problem: 'unknown-label' });
  });

  it('moving is a permutation that puts the label where asked (clamped at the ends)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: -4, max: 4 }), (index, by) => {
        const key = DEFAULT_LABELS[index]?.key as string;
        const moved = labelsOf(moveLabel(DEFAULT_LABELS, key, by));
        expect([...moved].sort((a, b) => a.key.localeCompare(b.key))).toEqual(
          [...DEFAULT_LABELS].sort((a, b) => a.key.localeCompare(b.key)),
        );
        expect(moved.findIndex((label) => label.key === key)).toBe(Math.max(0, Math.min(2, index + by)));
      }),
    );
  });

  it('removing drops exactly that label, but never the last one', () => {
    expect(labelsOf(removeLabel(DEFAULT_LABELS, 'place')).map((label) => label.key)).toEqual([
      'actor',
      'casualty_count',
    ]);
    const one = [DEFAULT_LABELS[0] as LabelDefinition];
    expect(removeLabel(one, 'actor')).toMatchObject({ ok: false, problem: 'no-labels' });
  });

  it('any sequence of accepted edits leaves a valid schema', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), name: fc.string({ maxLength: 12 }) }),
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(), by: fc.integer({ min: -2, max: 2 }) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), name: fc.string({ maxLength: 12 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let labels: readonly LabelDefinition[] = DEFAULT_LABELS;
        for (const s of steps) {
          const key = labels[('at' in s ? s.at : 0) % labels.length]?.key as string;
          const edit =
            s.kind === 'add'
              ? addLabel(labels, { name: s.name })
              : s.kind === 'move'
                ? moveLabel(labels, key, s.by)
                : s.kind === 'remove'
                  ? removeLabel(labels, key)
                  : renameLabel(labels, key, s.name);
          if (edit.ok) labels = edit.labels;
          else expect(labels).toBe(labels);
          expect(labelSchemaProblems(labels)).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
