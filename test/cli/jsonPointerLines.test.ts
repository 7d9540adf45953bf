import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPointerLines } from '../../src/cli/jsonPointerLines';

/** Every JSON Pointer of a value, with the value it points at. */
function pointers(value: unknown, at = ''): Array<[string, unknown]> {
  const here: Array<[string, unknown]> = [[at, value]];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pointers(item, `${at}/${i}`))];
  if (value && typeof value === 'object') {
    return [
      ...here,
      ...Object.entries(value).flatMap(([key, item]) =>
        pointers(item, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`),
      ),
    ];
  }
  return here;
}

describe('jsonPointerLines', () => {
  it('gives the line of each value in a small file', () => {
    const text = '{\n  "a": [\n    1,\n    {"b/c": "x"}\n  ],\n  "d": null\n}';
    expect(Object.fromEntries(jsonPointerLines(text))).toEqual({
      '': 1,
      '/a': 2,
      '/a/0': 3,
      '/a/1': 4,
      '/a/1/b~1c': 4,
      '/d': 6,
    });
  });

  it('finds every pointer of any JSON, and in indented JSON each primitive value on its own line', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2);
        const lines = jsonPointerLines(text);
        const all = pointers(JSON.parse(text));
        expect(new Set(lines.keys())).toEqual(new Set(all.map(([pointer]) => pointer)));
        // With indentation, a line holds one value (or the opening of one): its text is that value's JSON.
        const rows = text.split('\n');
        for (const [pointer, item] of all) {
          if (item !== null && typeof item === 'object') continue;
          const row = rows[(lines.get(pointer) as number) - 1] as string;
          expect(row.trimEnd().replace(/,$/, '').endsWith(JSON.stringify(item))).toBe(true);
        }
      }),
    );
  });
});
