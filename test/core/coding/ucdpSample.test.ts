/**
 * What an event export should be able to fill: the 120 UCDP GED rows of ../shared/corpus/events/ucdp-ged-sample
 * (actors, place with coordinates and precision, dates, deaths low/best/high, source headlines), put into
 * Spanlight's event rows and written as the events CSV, come back exactly — including the quirks the corpus
 * notes: a TAB inside where_description, several sources joined by ';', quoted headlines, low > best.
 */
import { describe, expect, it } from 'vitest';
import type { EventRow } from '../../../src/core/coding/eventRows';
import { eventsFromCsv, eventsToCsv } from '../../../src/core/coding/eventsCsv';
import { parseCsvRows } from '../../../src/core/formats/csvCodec';
import { corpusDir, readCorpusText } from '../formats/corpus';

const corpus = corpusDir('events/ucdp-ged-sample');
const FILE = 'ucdpged_v23.1_sample120.csv';

/** UCDP's where_prec 1–7 as ACLED's geo_precision 1–3: 1 exact; 2–3 near (within 25 km, district); else region. */
const precisionOf = (wherePrec: string) =>
  wherePrec === '1' ? 1 : wherePrec === '2' || wherePrec === '3' ? 2 : 3;
const numberOrNull = (cell: string) => (cell === '' ? null : Number(cell));

describe.skipIf(!corpus.present)(corpus.title('UCDP GED sample as Spanlight event rows'), () => {
  it('every row fits the columns and survives the CSV', () => {
    const parsed = parseCsvRows(readCorpusText(corpus.dir, FILE));
    if (!parsed.ok) throw new Error(parsed.reason);
    const [header, ...records] = parsed.rows;
    const at = new Map(header?.fields.map((name, index) => [name, index]));
    const cell = (fields: string[], name: string) => fields[at.get(name) as number] ?? '';
    const rows: EventRow[] = records.map(({ fields }) => ({
      event_id: cell(fields, 'id'),
      document_id: cell(fields, 'relid'),
      document_title: cell(fields, 'source_headline'),
      source: cell(fields, 'source_office') || null,
      source_url: null,
      date: cell(fields, 'date_start').slice(0, 10),
      event_type: cell(fields, 'type_of_violence') || null,
      actor1: cell(fields, 'side_a') || null,
      actor1_type: null,
      actor1_text: cell(fields, 'side_a') || null,
      actor2: cell(fields, 'side_b') || null,
      actor2_type: null,
      actor2_text: cell(fields, 'side_b') || null,
      location: cell(fields, 'where_coordinates') || null,
      location_text: cell(fields, 'where_description') || null,
      country: cell(fields, 'country') || null,
      admin1: cell(fields, 'adm_1') || null,
      latitude: numberOrNull(cell(fields, 'latitude')),
      longitude: numberOrNull(cell(fields, 'longitude')),
      geo_precision: precisionOf(cell(fields, 'where_prec')),
      fatalities_low: numberOrNull(cell(fields, 'low')),
      fatalities_best: numberOrNull(cell(fields, 'best')),
      fatalities_high: numberOrNull(cell(fields, 'high')),
      fatalities_text: null,
      notes: cell(fields, 'source_article'),
      span_ids: [],
    }));
    expect(rows).toHaveLength(120);
    expect(rows.some((row) => row.location_text?.includes('\t'))).toBe(true);
    // Two UCDP rows have low > best (304491: 5/4/5): the writer keeps figures as given, it does not sort them.
    expect(rows.some((row) => (row.fatalities_low ?? 0) > (row.fatalities_best ?? 0))).toBe(true);
    expect(eventsFromCsv(eventsToCsv(rows))).toEqual({ ok: true, rows });
  });
});
