/**
 * The actor registry's rules: which actors a span names (Arabic normalization and proclitics), alias
 * de-duplication, actors created from spans, and the checks on an actor's names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  actorFromSpan,
  actorNameKey,
  actorsMatching,
  cleanActorName,
  dedupeAliases,
  validateActor,
  withAliases,
} from '../../../src/core/coding';

const actor = (id: string, name: string, aliases: string[] = []): Actor => ({
  id,
  name,
  aliases,
  createdAt: 1,
  updatedAt: 1,
});

const REGISTRY = [
  actor('sdf', 'قسد', ['قوات سوريا الديمقراطية', 'SDF']),
  actor('coalition', 'التحالف الدولي', ['Global Coalition']),
  actor('is', 'داعش', ['تنظيم الدولة', 'ISIS']),
  actor('regime', 'قوات النظام', ['قوات الأسد']),
];
const matchedIds = (text: string) => actorsMatching(REGISTRY, text).map((match) => match.actor.id);

describe('actorsMatching', () => {
  it.each([
    ['the name as written', 'قسد', ['sdf'], false],
    ['an alias in another script, any case', 'sdf', ['sdf'], false],
    ['a multi-word alias', 'قوات سوريا الديمقراطية', ['sdf'], false],
    ['with و attached', 'وقسد', ['sdf'], true],
    ['with ل attached', 'لقسد', ['sdf'], true],
    ['in quotes, as a selection may take them', '“قسد”', ['sdf'], false],
    ['with ب attached to a name with its article', 'بالتحالف الدولي', ['coalition'], true],
    ['hamza and diacritics folded', 'قُوّات الاسد', ['regime'], false],
    ['tatweel inside', 'داعـــش', ['is'], false],
  ])('finds %s', (_, text, ids, viaClitics) => {
    expect(matchedIds(text)).toEqual(ids);
    expect(actorsMatching(REGISTRY, text)[0]?.viaClitics).toBe(viaClitics);
  });

  it('finds nothing inside a longer word or for an unknown name', () => {
    expect(matchedIds('قسدية')).toEqual([]);
    expect(matchedIds('الجيش الحر')).toEqual([]);
    expect(matchedIds('   ')).toEqual([]);
  });

  it('says which registry name matched', () => {
    expect(actorsMatching(REGISTRY, 'SDF')[0]?.matchedName).toBe('SDF');
  });

  it('ranks a match as written before one through stripped proclitics', () => {
    const registry = [actor('w', 'وليد'), actor('l', 'ليد')];
    expect(actorsMatching(registry, 'وليد').map((match) => match.actor.id)).toEqual(['w', 'l']);
  });

  it('property: any registry name with a proclitic in front is found', () => {
    const names = REGISTRY.flatMap((entry) => [entry.name, ...entry.aliases]).filter((name) =>
      /^[\u0621-\u064A]/.test(name),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom('', 'و', 'ف', 'ب', 'ل', 'وب', 'فل'),
        (name, clitic) => {
          // ل + a name with its article is written لل (the article's alef drops).
          const written =
            clitic.endsWith('ل') && name.startsWith('ال') ? `${clitic}${name.slice(1)}` : clitic + name;
          const owner = REGISTRY.find((entry) => [entry.name, ...entry.aliases].includes(name));
          expect(matchedIds(written)).toContain(owner?.id);
        },
      ),
    );
  });
});

describe('aliases', () => {
  it('drops empty aliases, spellings of the name, and later spellings of an earlier alias', () => {
    expect(
      dedupeAliases('قسد', [
        ' SDF ',
        '',
        'sdf',
        'قسد',
        'قَسَد',
        '"S.D.F"',
        'قوات سوريا الديمقراطية',
        'قوات سوريا  الديمقراطيه',
      ]),
    ).toEqual(['SDF', 'S.D.F', 'قوات سوريا الديمقراطية']);
  });

  it('merges new aliases into an actor without repeating one', () => {
    const merged = withAliases(actor('sdf', 'قسد', ['SDF']), ['sdf', 'Syrian Democratic Forces']);
    expect(merged.aliases).toEqual(['SDF', 'Syrian Democratic Forces']);
  });

  it('property: de-duplication is idempotent, keeps one spelling per key, and loses no key', () => {
    const word = fc.constantFrom(
      'قسد',
      'قَسد',
      'SDF',
      'sdf',
      'داعش',
      'ISIS',
      'أسد',
      'اسد',
      ' ',
      '',
      '“قسد”',
      'مسؤول',
      'مسئول',
    );
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 8 }), (name, aliases) => {
        const kept = dedupeAliases(name, aliases);
        expect(dedupeAliases(name, kept)).toEqual(kept);
        const keys = kept.map(actorNameKey);
        expect(new Set(keys).size).toBe(keys.length);
        expect(keys).not.toContain(actorNameKey(name));
        for (const alias of aliases) {
          const key = actorNameKey(alias);
          if (key !== '' && key !== actorNameKey(name)) expect(keys).toContain(key);
        }
      }),
    );
  });
});

describe('actorFromSpan and validateActor', () => {
  it('names a new actor after the span text, without the quotes a selection took along', () => {
    expect(actorFromSpan('«قسد»', 'a1', 42, { aliases: ['SDF', 'قسد'], type: 'rebel_group' })).toEqual({
      id: 'a1',
      name: 'قسد',
      aliases: ['SDF'],
      type: 'rebel_group',
      createdAt: 42,
      updatedAt: 42,
    });
    expect(cleanActorName(' (SDF). ')).toBe('SDF');
  });

  it('refuses an empty name, an unknown type, and a name another actor already has', () => {
    expect(validateActor({ name: ' ', aliases: [] }, REGISTRY).map((problem) => problem.field)).toEqual([
      'name',
    ]);
    expect(
      validateActor({ name: 'X', aliases: [], type: 'army' as Actor['type'] }, REGISTRY).map((p) => p.field),
    ).toEqual(['type']);
    const clash = validateActor({ name: 'Kurdish forces', aliases: ['S D F', 'sdf'] }, REGISTRY);
    expect(clash).toEqual([{ field: 'aliases', message: '“sdf” is already a name of the actor “قسد”.' }]);
    expect(validateActor(REGISTRY[0] as Actor, REGISTRY.slice(1))).toEqual([]);
  });
});
