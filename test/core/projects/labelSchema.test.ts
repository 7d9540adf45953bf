/**
 * A project's label schema: what makes it valid (unique keys, names and shortcuts; no shortcut the app uses
 * already), and the key, shortcut, colour and underline a new label gets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, type LabelDefinition, UNDERLINE_STYLES } from '../../../src/core/labels';
import {
  keyForName,
  LABEL_KEY_PATTERN,
  LABEL_PALETTE,
  labelFromTable,
  labelSchemaProblems,
  labelsToAdd,
  nextColor,
  nextShortcut,
  RESERVED_SHORTCUTS,
  SHORTCUT_CHOICES,
} from '../../../src/core/projects/labelSchema';
import { createProject } from '../../../src/core/projects/project';

const weapon: LabelDefinition = {
  key: 'weapon',
  name: 'Weapon',
  shortcut: '4',
  color: '#009E73',
  underline: 'dashed',
};

describe('labelSchemaProblems', () => {
  it('accepts the default labels and a new project', () => {
    expect(labelSchemaProblems(DEFAULT_LABELS)).toEqual([]);
    expect(labelSchemaProblems(createProject('p', 'P', 0).labels)).toEqual([]);
    expect(labelSchemaProblems([...DEFAULT_LABELS, weapon])).toEqual([]);
  });

  it.each<[string, LabelDefinition[], string]>([
    ['no labels', [], 'no-labels'],
    ['a key with capitals', [{ ...weapon, key: 'Weapon' }], 'bad-key'],
    ['a key with a space', [{ ...weapon, key: 'weapon type' }], 'bad-key'],
    ['two labels with one key', [weapon, { ...weapon, name: 'Arms', shortcut: '5' }], 'duplicate-key'],
    ['an empty name', [{ ...weapon, name: '  ' }], 'empty-name'],
    [
      'names equal but for case',
      [weapon, { ...weapon, key: 'arms', name: 'WEAPON', shortcut: '5' }],
      'duplicate-name',
    ],
    ['a shortcut the app uses (r resizes)', [{ ...weapon, shortcut: 'r' }], 'bad-shortcut'],
    ['a shortcut of two keys', [{ ...weapon, shortcut: '45' }], 'bad-shortcut'],
    ['two labels on one key', [weapon, { ...weapon, key: 'arms', name: 'Arms' }], 'duplicate-shortcut'],
    ['a named colour', [{ ...weapon, color: 'green' }], 'bad-color'],
    ['an unknown underline', [{ ...weapon, underline: 'zigzag' as never }], 'bad-underline'],
  ])('refuses %s', (_name, labels, problem) => {
    expect(labelSchemaProblems(labels).map((found) => found.problem)).toContain(problem);
  });

  it('allows several labels without a shortcut', () => {
    expect(
      labelSchemaProblems([
        { ...weapon, shortcut: '' },
        { ...weapon, key: 'arms', name: 'Arms', shortcut: '' },
      ]),
    ).toEqual([]);
  });
});

describe('choices for a new label', () => {
  it('shortcuts: 1–9 first, then letters, never one the app uses', () => {
    expect(SHORTCUT_CHOICES.slice(0, 9)).toEqual([...'123456789']);
    for (const reserved of RESERVED_SHORTCUTS) expect(SHORTCUT_CHOICES).not.toContain(reserved);
    expect(nextShortcut(DEFAULT_LABELS)).toBe('4');
    expect(nextShortcut([...DEFAULT_LABELS, weapon])).toBe('5');
  });

  it('colours: the palette colours not used yet, none equal to a built-in', () => {
    for (const label of DEFAULT_LABELS) expect(LABEL_PALETTE).not.toContain(label.color);
    expect(nextColor(DEFAULT_LABELS)).toBe(LABEL_PALETTE[0]);
    expect(nextColor([...DEFAULT_LABELS, weapon])).toBe(LABEL_PALETTE[1]);
  });

  it('keys from names: valid, unused, stable for Latin names, "label" for Arabic ones', () => {
    expect(keyForName('Weapon type', [])).toBe('weapon_type');
    expect(keyForName('Véhicule', [])).toBe('vehicule');
    expect(keyForName('سلاح', [])).toBe('label');
    expect(keyForName('Weapon', ['weapon', 'weapon_2'])).toBe('weapon_3');
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 8 }), { maxLength: 5 }), (name, taken) => {
        const key = keyForName(name, taken);
        expect(key).toMatch(LABEL_KEY_PATTERN);
        expect(taken).not.toContain(key);
      }),
    );
  });
});

describe("a file's label table", () => {
  it('keeps what a valid entry gives, description included', () => {
    expect(labelFromTable({ ...weapon, description: 'Arms named in the text' }, DEFAULT_LABELS)).toEqual({
      ...weapon,
      description: 'Arms named in the text',
    });
  });

  it('chooses what is missing or clashes with the project, and refuses an entry without a usable key', () => {
    const made = labelFromTable(
      { key: 'vehicle', name: 'Actor', shortcut: '1', color: 'red' },
      DEFAULT_LABELS,
    );
    expect(made).toMatchObject({
      key: 'vehicle',
      name: 'Actor (vehicle)',
      shortcut: '4',
      color: LABEL_PALETTE[0],
    });
    expect(UNDERLINE_STYLES).toContain(made?.underline);
    expect(labelFromTable({ name: 'x' }, DEFAULT_LABELS)).toBeNull();
    expect(labelFromTable({ key: 'Not a key' }, DEFAULT_LABELS)).toBeNull();
  });

  it('labelsToAdd: a valid schema holding every used key, whatever the table says', () => {
    const entry = fc.record({
      key: fc.stringMatching(/^[a-z_]{1,6}$/),
      name: fc.string({ maxLength: 8 }),
      shortcut: fc.constantFrom('1', '4', 'a', 'b', ''),
      color: fc.constantFrom('#009E73', 'blue', '#56B4E9'),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 6 }),
        fc.array(fc.stringMatching(/^[a-z_]{1,6}$/), { maxLength: 6 }),
        (table, used) => {
          const added = labelsToAdd(DEFAULT_LABELS, [...used, ...table.map((item) => item.key)], table);
          const schema = [...DEFAULT_LABELS, ...added];
          expect(labelSchemaProblems(schema)).toEqual([]);
          for (const key of used) expect(schema.map((label) => label.key)).toContain(key);
          // The built-ins are never redefined by a file.
          expect(schema.slice(0, 3)).toEqual(DEFAULT_LABELS);
        },
      ),
      { numRuns: 300 },
    );
  });
});
