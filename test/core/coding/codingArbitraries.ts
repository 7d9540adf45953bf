/** fast-check generators of event coding: casualty attributes, span coding, registry actors, places (all valid). */
import fc from 'fast-check';
import {
  ACTOR_TYPES,
  type Actor,
  CASUALTY_CATEGORIES,
  CASUALTY_PRECISIONS,
  CASUALTY_VICTIMS,
  type CasualtyAttributes,
  GEO_PRECISIONS,
  type Place,
} from '../../../src/core/coding';
import type { SpanCoding } from '../../../src/core/formats/spanlightCoding';

const figure = fc.integer({ min: 0, max: 1_000_000 });
export const anyAttributes: fc.Arbitrary<CasualtyAttributes> = fc
  .tuple(
    fc.oneof(
      fc.record({ value: figure }),
      fc
        .tuple(figure, figure, figure)
        .map((three) => three.sort((a, b) => a - b))
        .map(([low, best, high]) => ({ low, best, high })),
      fc.constant({}),
    ),
    fc.record(
      {
        precision: fc.constantFrom(...CASUALTY_PRECISIONS.map((entry) => entry.key)),
        category: fc.constantFrom(...CASUALTY_CATEGORIES.map((entry) => entry.key)),
        victims: fc.constantFrom(...CASUALTY_VICTIMS.map((entry) => entry.key)),
        proposed: fc.boolean(),
      },
      { requiredKeys: ['precision', 'proposed'] },
    ),
  )
  .map(([figures, rest]) => ({ ...figures, ...rest }));

export const anyCoding: fc.Arbitrary<SpanCoding> = fc.record(
  {
    attributes: anyAttributes,
    actorId: fc.string({ minLength: 1 }),
    placeId: fc.string({ minLength: 1 }),
    geoPrecision: fc.constantFrom(...GEO_PRECISIONS.map((entry) => entry.key)),
  },
  { requiredKeys: [] },
);

const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
export const anyActor: fc.Arbitrary<Actor> = fc
  .record(
    {
      id: fc.string({ minLength: 1 }),
      name: fc.string({ minLength: 1 }),
      aliases: fc.array(fc.string()),
      type: fc.constantFrom(...ACTOR_TYPES.map((type) => type.key)),
      notes: fc.string(),
      createdAt: time,
      updatedAt: time,
    },
    { requiredKeys: ['id', 'name', 'aliases', 'createdAt', 'updatedAt'] },
  )
  .map((actor) => actor as Actor);

/** Degrees within ±limit; never -0, which JSON writes as 0. */
const degrees = (limit: number) =>
  fc.double({ min: -limit, max: limit, noNaN: true, noDefaultInfinity: true }).map((value) => value + 0);
const code = fc.string({ minLength: 1, maxLength: 4 });
export const anyPlace: fc.Arbitrary<Place> = fc
  .record(
    {
      id: fc.string({ minLength: 1 }),
      name: fc.string({ minLength: 1 }),
      names: fc.array(fc.string()),
      latitude: degrees(90),
      longitude: degrees(180),
      country: code,
      admin1: code,
      source: fc.constantFrom('gazetteer' as const, 'user' as const),
      gazetteerId: fc.string({ minLength: 1 }),
      createdAt: time,
    },
    { requiredKeys: ['id', 'name', 'names', 'latitude', 'longitude', 'source', 'createdAt'] },
  )
  .map((place) => place as Place);
