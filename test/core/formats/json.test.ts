import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasKeysBesides, type JsonObject, omitKeys } from '../../../src/core/formats/json';

// Readers ask hasKeysBesides before copying the fields they do not model (omitKeys): the two must agree.
describe('hasKeysBesides', () => {
  const keys = fc.constantFrom(
    'id',
    'label',
    'start',
    'end',
    'text',
    'extra',
    '__proto__',
    'constructor',
    '0',
  );

  it('is true exactly when the object has an own key not known, and whenever omitKeys leaves something', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.oneof(keys, fc.string()), fc.jsonValue()),
        fc.array(fc.oneof(keys, fc.string())),
        (record, known) => {
          // Parsed from JSON, as readers get them ("__proto__" then is an own key).
          const object = JSON.parse(JSON.stringify(record)) as JsonObject;
          const answer = hasKeysBesides(object, new Set(known));
          expect(answer).toBe(Object.keys(object).some((key) => !known.includes(key)));
          // The reader skips omitKeys when the answer is false: nothing it would have kept may be lost.
          expect(Object.keys(omitKeys(object, known)).length > 0).toBe(answer);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('examples: none, one unknown key, an inherited key does not count', () => {
    expect(hasKeysBesides({ id: 'a', label: 'actor' }, new Set(['id', 'label']))).toBe(false);
    expect(hasKeysBesides({ id: 'a', note: 'x' }, new Set(['id', 'label']))).toBe(true);
    const inherited = Object.create({ note: 'x' }) as JsonObject;
    inherited.id = 'a';
    expect(hasKeysBesides(inherited, new Set(['id']))).toBe(false);
  });
});

describe('omitKeys', () => {
  it('keeps every own field not named, "__proto__" included, as the file had it, and sets no prototype', () => {
    const object = JSON.parse('{"id":"a","__proto__":{"x":1},"constructor":2,"note":"n"}') as JsonObject;
    const rest = omitKeys(object, ['id']);
    expect(Object.keys(rest)).toEqual(['__proto__', 'constructor', 'note']);
    expect(Object.getPrototypeOf(rest)).toBe(Object.prototype);
    expect(JSON.stringify(rest)).toBe('{"__proto__":{"x":1},"constructor":2,"note":"n"}');
  });

  it('round trip: the omitted fields and the copy make up the object again, for any record', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.oneof(fc.constantFrom('id', '__proto__', 'constructor', 'toString'), fc.string()),
          fc.jsonValue(),
        ),
        fc.array(fc.string()),
        (record, known) => {
          const object = JSON.parse(JSON.stringify(record)) as JsonObject;
          const rest = omitKeys(object, known);
          const back = JSON.parse(JSON.stringify(rest)) as JsonObject;
          for (const key of Object.keys(object)) {
            if (known.includes(key)) expect(Object.hasOwn(back, key)).toBe(false);
            else expect(JSON.stringify(back[key])).toBe(JSON.stringify(object[key]));
          }
          expect(Object.keys(rest).length).toBe(
            Object.keys(object).filter((key) => !known.includes(key)).length,
          );
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
