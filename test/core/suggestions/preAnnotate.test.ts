/** Pre-annotation from the actor registry and the gazetteer's Arabic names. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { arabicNamedPlaces, handPlacedPlaces } from '../../../src/core/places/arabicPlaceNames';
import {
  actorLexicon,
  placeLexicon,
  placeMentionSuggestions,
  preAnnotate,
} from '../../../src/core/suggestions/preAnnotate';

const SEED = fileURLToPath(
  new URL('../../../../shared/corpus/seed/ar-sy24-sdf-security-operations.txt', import.meta.url),
);

const ACTORS = [
  { id: 'sdf', name: 'قوات سوريا الديمقراطية', aliases: ['قسد', 'SDF'] },
  { id: 'coalition', name: 'التحالف الدولي', aliases: [] },
  { id: 'isis', name: 'داعش', aliases: ['تنظيم الدولة'] },
];

/** The Arabic names only (what pre-annotation scans for in Arabic text): no need for the whole package. */
const lexicon = [...actorLexicon(ACTORS), ...placeLexicon(arabicNamedPlaces())];

describe('preAnnotate', () => {
  it('finds actors and places with clitics, the longer name winning', () => {
    const text = 'قالت قوات سوريا الديمقراطية إن داعش هاجم بالرقة وريف الرقة.';
    const found = preAnnotate({ id: 'd', text }, lexicon, []);
    expect(found.map((s) => [text.slice(s.start, s.end), s.label, s.actorId ?? s.placeRef])).toEqual([
      ['قوات سوريا الديمقراطية', 'actor', 'sdf'],
      ['داعش', 'actor', 'isis'],
      ['الرقة', 'place', 'geonames:172955'],
      ['ريف الرقة', 'place', 'alias:sy-raqqa'],
    ]);
  });

  it('skips ambiguous names, existing spans and names of fewer than two letters', () => {
    const text = 'فتح الباب في الرقة و داعش';
    const raqqa = text.indexOf('الرقة');
    const found = preAnnotate(
      { id: 'd', text },
      [...lexicon, { phrase: 'و', label: 'actor', source: 'actor' }],
      [{ start: raqqa, end: raqqa + 5 }],
    );
    expect(found.map((s) => s.text)).toEqual(['داعش']);
  });

  it('an empty registry and no places propose nothing', () => {
    expect(preAnnotate({ id: 'd', text: 'قسد في الرقة' }, [], [])).toEqual([]);
  });

  it('hand-placed names are all searchable places with coordinates', () => {
    for (const place of handPlacedPlaces()) {
      expect(Number.isFinite(place.latitude) && Number.isFinite(place.longitude)).toBe(true);
      expect(place.names.length).toBeGreaterThan(0);
    }
  });
});

describe('preAnnotate on the seed article', () => {
  it.skipIf(!existsSync(SEED))(
    existsSync(SEED)
      ? 'the registry (قسد، التحالف الدولي، داعش) and the gazetteer propose the actors and the cities named'
      : `skipped: ${SEED} is absent (../shared/corpus)`,
    () => {
      const article = readFileSync(SEED, 'utf8');
      const found = preAnnotate({ id: 'seed', text: article }, lexicon, []);
      const places = new Set(found.filter((s) => s.label === 'place').map((s) => s.text));
      for (const city of [
        'الرقة',
        'دير الزور',
        'الحسكة',
        'القامشلي',
        'الكرامة',
        'مركدة',
        'الصور',
        'غويران',
        'ريف الرقة',
      ]) {
        expect(places, city).toContain(city);
      }
      const actors = found.filter((s) => s.label === 'actor');
      // Every قسد (11, counted by hand in test/core/events/arabicMatch.test.ts) and the full name (3 times).
      const sdf = actors.filter((s) => s.actorId === 'sdf').map((s) => s.text);
      expect(sdf.filter((text) => text === 'قسد')).toHaveLength(11);
      expect(sdf.filter((text) => text === 'قوات سوريا الديمقراطية')).toHaveLength(3);
      expect(actors.filter((s) => s.actorId === 'coalition')).toHaveLength(5);
      expect(actors.some((s) => s.actorId === 'isis')).toBe(true);
    },
  );
});

describe('placeMentionSuggestions', () => {
  it('turns gazetteer mentions into place suggestions, skipping overlaps with spans and other suggestions', () => {
    const text = 'Clashes in Deir ez-Zor, Aleppo and Raqqa.';
    const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
    const mentions = [
      { ...at('Deir ez-Zor'), place: { id: 'geonames:170794', name: 'Deir ez-Zor' } },
      { ...at('Aleppo'), place: { id: 'geonames:170063', name: 'Aleppo' } },
      { ...at('Raqqa'), place: { id: 'geonames:172955', name: 'Ar Raqqah' } },
    ];
    const found = placeMentionSuggestions({ id: 'd', text }, mentions, [at('Aleppo')], [at('Raqqa')]);
    expect(found).toEqual([
      {
        id: `d:${at('Deir ez-Zor').start}:${at('Deir ez-Zor').end}:place`,
        docId: 'd',
        ...at('Deir ez-Zor'),
        label: 'place',
        text: 'Deir ez-Zor',
        source: 'place',
        matched: 'Deir ez-Zor',
        placeRef: 'geonames:170794',
      },
    ]);
  });
});
