/**
 * `spanlight convert` between Spanlight JSON files keeps every section of SPANLIGHT_JSON_SECTIONS — the documents
 * with their coded annotations, the actor registry, the places and the events — byte for byte, and writes what the
 * app's path (Import dataset…'s reader, then the format's exporter with the import's sections) writes. Converting
 * such a file to a format without those sections says what it leaves out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventRecord } from '../../src/core/coding/eventRecord';
import { createDocument } from '../../src/core/document';
import { buildDataset } from '../../src/core/export/spanlightDataset';
import { exportSections, formatByName } from '../../src/core/formats';
import { SPANLIGHT_JSON_SECTIONS } from '../../src/core/formats/spanlightJsonWriter';
import type { Span } from '../../src/core/spans/span';
import { readDataset } from '../../src/renderer/ui/datasets/prepareDataset';
import { anyActor, anyPlace } from '../core/coding/codingArbitraries';
import { cli, tempDir } from './cliHarness';

const TEXT = '🔴 أفادت مصادر بسقوط خمسة قتلى في قصف على الحسكة. وقالت قسد إن SDF ردت.';
const document = createDocument({ title: 'الحسكة', text: TEXT, lang: 'ar' }, 'd', 1_700_000_000_000);
const exportedAt = new Date('2026-12-01T10:00:00.000Z');

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-01-01T00:00:00.000Z'));
});
afterAll(() => {
  vi.useRealTimers();
});

const at = (word: string): [number, number] => [TEXT.indexOf(word), TEXT.indexOf(word) + word.length];
const anyFile = fc
  .record({
    actors: fc.uniqueArray(anyActor, { selector: (actor) => actor.id, minLength: 1, maxLength: 3 }),
    places: fc.uniqueArray(anyPlace, { selector: (place) => place.id, minLength: 1, maxLength: 3 }),
    events: fc.integer({ min: 1, max: 3 }),
    date: fc.constantFrom(undefined, '2023-05-04', '2023-05'),
  })
  .map(({ actors, places, events, date }) => {
    const [actorStart, actorEnd] = at('قسد');
    const [placeStart, placeEnd] = at('الحسكة');
    const spans: Span[] = [
      {
        id: 's1',
        docId: 'd',
        start: actorStart,
        end: actorEnd,
        label: 'actor',
        text: 'قسد',
        actorId: (actors[0] as { id: string }).id,
        createdAt: 1,
        updatedAt: 2,
      },
      {
        id: 's2',
        docId: 'd',
        start: placeStart,
        end: placeEnd,
        label: 'place',
        text: 'الحسكة',
        placeId: (places[0] as { id: string }).id,
        geoPrecision: 'exact',
        createdAt: 3,
        updatedAt: 4,
      },
    ];
    const records: EventRecord[] = Array.from({ length: events }, (_, i) => ({
      id: `e${i + 1}`,
      docId: 'd',
      spanIds: ['s1', 's2'],
      placeId: (places[i % places.length] as { id: string }).id,
      ...(date ? { date } : {}),
      notes: i === 0 ? 'ملاحظة' : '',
      createdAt: i,
      updatedAt: i,
    }));
    const dataset = buildDataset([{ document, spans, events: records }], exportedAt, actors, places);
    return `${JSON.stringify(dataset, null, 2)}\n`;
  });

describe('spanlight convert spanlight → spanlight', () => {
  it('keeps the actors, places and events sections: the same file, and what the app writes', () => {
    const spanlight = formatByName('spanlight');
    if (!spanlight) throw new Error('no spanlight format');
    fc.assert(
      fc.property(anyFile, (content) => {
        const dir = tempDir();
        const input = path.join(dir, 'in.json');
        const output = path.join(dir, 'out.json');
        writeFileSync(input, content, 'utf8');
        const result = cli('convert', input, '--from', 'spanlight', '--to', 'spanlight', '--out', output);
        expect(result.code, result.err).toBe(0);
        const written = readFileSync(output, 'utf8');
        // Every section there, in order, and the whole file unchanged.
        const keys = Object.keys(JSON.parse(written));
        expect(keys.filter((key) => (SPANLIGHT_JSON_SECTIONS as readonly string[]).includes(key))).toEqual([
          ...SPANLIGHT_JSON_SECTIONS,
        ]);
        expect(written).toBe(content);
        // The app: Import dataset…'s reader, then the exporter given what the import read beside the documents.
        const preview = readDataset([{ path: 'in.json', content }], [], 'spanlight-json');
        if (!preview.outcome?.ok) throw new Error('the app could not read the file');
        const app = spanlight.exportDocuments(preview.outcome.documents, exportSections(preview.outcome));
        expect(app.files[0]?.content).toBe(written);
      }),
      { numRuns: 25 },
    );
  });

  it('says what a format without those sections leaves out', () => {
    const content = fc.sample(anyFile, { numRuns: 1, seed: 6 })[0] as string;
    const file = JSON.parse(content);
    const input = path.join(tempDir(), 'in.json');
    writeFileSync(input, content, 'utf8');
    const result = cli('convert', input, '--from', 'spanlight', '--to', 'jsonl');
    expect(result.code).toBe(0);
    expect(result.err).toContain(
      `warning: ${file.actors.length} actor${file.actors.length === 1 ? '' : 's'}, ${file.places.length} place${file.places.length === 1 ? '' : 's'}, ${file.events.length} event${file.events.length === 1 ? '' : 's'} not converted: doccano JSONL has no place for them`,
    );
  });
});
