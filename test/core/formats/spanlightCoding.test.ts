/**
 * Event coding in Spanlight JSON: the annotation fields and the actors section, read back exactly (property
 * tests over any valid coding and registry), and refused with the reason when they are not valid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actorRecord,
  codingRecordFields,
  readActorsSection,
  readCodingFields,
  spanCodingOf,
} from '../../../src/core/formats/spanlightCoding';
import { anyActor, anyCoding } from '../coding/codingArbitraries';

describe('annotation coding fields', () => {
  it('write snake case, only what is set', () => {
    expect(codingRecordFields(undefined)).toEqual({});
    expect(
      codingRecordFields({
        attributes: { value: 5, precision: 'exact', category: 'killed', proposed: true },
        actorId: 'a1',
        placeId: 'p1',
        geoPrecision: 'near',
      }),
    ).toEqual({
      attributes: { value: 5, precision: 'exact', category: 'killed', proposed: true },
      actor_id: 'a1',
      place_id: 'p1',
      geo_precision: 'near',
    });
  });

  it('property: any coding, through JSON, reads back the same', () => {
    fc.assert(
      fc.property(anyCoding, (coding) => {
        const written = JSON.parse(JSON.stringify(codingRecordFields(coding)));
        const read = readCodingFields(written);
        expect(read).toEqual({ coding: Object.keys(coding).length > 0 ? coding : undefined });
      }),
    );
  });

  it('a stored span gives its coding; one without has none', () => {
    const span = {
      id: 's',
      docId: 'd',
      start: 0,
      end: 1,
      label: 'actor' as const,
      text: 'x',
      createdAt: 1,
      updatedAt: 1,
    };
    expect(spanCodingOf(span)).toBeUndefined();
    expect(spanCodingOf({ ...span, actorId: 'a' })).toEqual({ actorId: 'a' });
  });

  it.each([
    [
      { attributes: { value: -1, precision: 'exact', proposed: true } },
      /"attributes": The value must be a whole number/,
    ],
    [
      { attributes: { low: 3, best: 2, high: 4, precision: 'exact', proposed: true } },
      /below the low figure/,
    ],
    [{ attributes: { value: 1, precision: 'exact' } }, /"proposed" must be true or false/],
    [{ actor_id: 7 }, /"actor_id" is .*not a non-empty string/],
    [{ place_id: '' }, /"place_id" .* not a non-empty string/],
    [{ geo_precision: 'city' }, /"geo_precision" is the string "city".*exact, near, region/],
  ])('refuses %j', (item, reason) => {
    const read = readCodingFields(item);
    expect('problem' in read && read.problem).toMatch(reason);
  });

  it('null fields mean not set', () => {
    expect(
      readCodingFields({ attributes: null, actor_id: null, place_id: null, geo_precision: null }),
    ).toEqual({
      coding: undefined,
    });
  });
});

describe('the actors section', () => {
  it('absent is an empty registry', () => {
    expect(readActorsSection(undefined)).toEqual({ actors: [], warnings: [] });
  });

  it('property: any registry, through JSON, reads back the same', () => {
    fc.assert(
      fc.property(fc.uniqueArray(anyActor, { selector: (actor) => actor.id }), (actors) => {
        const written = JSON.parse(JSON.stringify(actors.map(actorRecord)));
        expect(readActorsSection(written)).toEqual({ actors, warnings: [] });
      }),
    );
  });

  it('writes null for what is not set', () => {
    expect(actorRecord({ id: 'a', name: 'قسد', aliases: ['SDF'], createdAt: 0, updatedAt: 1000 })).toEqual({
      id: 'a',
      name: 'قسد',
      aliases: ['SDF'],
      type: null,
      notes: null,
      created_at: '1970-01-01T00:00:00.000Z',
      updated_at: '1970-01-01T00:00:01.000Z',
    });
  });

  const valid = actorRecord({ id: 'a', name: 'قسد', aliases: [], createdAt: 0, updatedAt: 0 });
  it.each([
    ['not an array', {}, /"actors" is .*not an array/],
    ['an empty name', [{ ...valid, name: '' }], /actors\[0\]: "name"/],
    ['a repeated id', [valid, valid], /actors\[1\]: the id "a" is used by an earlier actor too/],
    ['aliases not strings', [{ ...valid, aliases: [1] }], /"aliases"/],
    ['an unknown type', [{ ...valid, type: 'army' }], /"type" is the string "army"/],
    ['a bad time', [{ ...valid, created_at: 'yesterday' }], /ISO 8601/],
  ])('refuses %s', (_, section, reason) => {
    const read = readActorsSection(section);
    expect('problem' in read && read.problem).toMatch(reason);
  });

  it('warns about fields it does not know', () => {
    expect(readActorsSection([{ ...valid, colour: 'red' }])).toMatchObject({
      warnings: ['actors[0]: fields the schema does not define were ignored: colour'],
    });
  });
});
