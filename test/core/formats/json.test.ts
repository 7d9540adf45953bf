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
          // The reader skips omitKeys when the answer is false: nothing it would have kept may be lost. (The answer
          // may be true where omitKeys keeps nothing: its copy cannot hold a "__proto__" key as its own.)
          if (Object.keys(omitKeys(object, known)).length > 0) expect(answer).toBe(true);
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
