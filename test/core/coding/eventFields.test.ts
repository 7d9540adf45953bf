import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftEvent } from '../../../src/core/coding/eventDraft';
import {
  applyEventChanges,
  invalidChangesReasons,
  invalidEventDateReason,
  invalidFatalitiesReason,
} from '../../../src/core/coding/eventFields';
import type { EventRecord } from '../../../src/core/coding/eventRecord';

describe('event dates', () => {
  it.each([
    ['2023-05-04', null],
    ['2023-05', null],
    ['2023', null],
    ['2024-02-29', null],
    ['2023-02-29', '“2023-02-29” has no day 29'],
    ['2023-13', '“2023-13” has no month 13'],
    ['2023-00-10', '“2023-00-10” has no month 00'],
    ['4/5/2023', '“4/5/2023” is not a date: write yyyy-mm-dd (or yyyy-mm, or yyyy)'],
    ['٢٠٢٣-٠٥-٠٤', '“٢٠٢٣-٠٥-٠٤” is not a date: write yyyy-mm-dd (or yyyy-mm, or yyyy)'],
  ])('%s', (date, reason) => {
    expect(invalidEventDateReason(date)).toBe(reason);
  });

  it('property: every real calendar day is accepted', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (d) => {
          expect(invalidEventDateReason(d.toISOString().slice(0, 10))).toBeNull();
        },
      ),
    );
  });
});

describe('fatalities override', () => {
  it.each([
    [{ low: 4, best: 5, high: 7 }, null],
    [{ low: 0, best: 0, high: 0 }, null],
    [{ low: 6, best: 5, high: 7 }, 'fatalities must read low ≤ best ≤ high'],
    [{ low: -1, best: 5, high: 7 }, 'fatalities low must be a whole number, 0 or more'],
    [{ low: 1, best: 2.5, high: 7 }, 'fatalities best must be a whole number, 0 or more'],
  ])('%j', (figures, reason) => {
    expect(invalidFatalitiesReason(figures)).toBe(reason);
  });
});

describe('editing an event', () => {
  const event: EventRecord = {
    id: 'e',
    docId: 'd',
    spanIds: ['a'],
    date: '2023-05-04',
    eventType: 'Battles',
    notes: 'x',
    createdAt: 1,
    updatedAt: 1,
  };

  it('sets, clears and leaves fields; clearing the override goes back to the spans', () => {
    const edited = applyEventChanges(
      event,
      {
        date: ' 2023-05 ',
        eventType: null,
        fatalities: { low: 1, best: 2, high: 3 },
        geoPrecision: 'near',
        actor1: 'actor-is',
        actor2: null,
      },
      9,
    );
    expect(edited).toEqual({
      id: 'e',
      docId: 'd',
      spanIds: ['a'],
      date: '2023-05',
      actor1: 'actor-is',
      geoPrecision: 'near',
      fatalities: { low: 1, best: 2, high: 3 },
      notes: 'x',
      createdAt: 1,
      updatedAt: 9,
    });
    expect(applyEventChanges(edited, { fatalities: null, date: '', notes: 'y', actor1: null }, 10)).toEqual({
      id: 'e',
      docId: 'd',
      spanIds: ['a'],
      geoPrecision: 'near',
      notes: 'y',
      createdAt: 1,
      updatedAt: 10,
    });
  });

  it('reports every reason a change cannot be saved', () => {
    expect(invalidChangesReasons({ date: '2023-02-30', fatalities: { low: 3, best: 2, high: 1 } })).toEqual([
      '“2023-02-30” has no day 30',
      'fatalities must read low ≤ best ≤ high',
    ]);
    expect(invalidChangesReasons({ date: null, notes: '' })).toEqual([]);
  });
});

describe('drafting an event', () => {
  const spans = [
    { id: 'late', docId: 'd', start: 30, end: 34 },
    { id: 'early', docId: 'd', start: 2, end: 5 },
  ];

  it('keeps the spans in text order, once each, and dates it from the publication date', () => {
    expect(
      draftEvent('d', [...spans, spans[0] as (typeof spans)[0]], {
        id: 'e',
        now: 5,
        publishedAt: '2023-05-04T08:00:00Z',
      }),
    ).toEqual({
      id: 'e',
      docId: 'd',
      spanIds: ['early', 'late'],
      date: '2023-05-04',
      notes: '',
      createdAt: 5,
      updatedAt: 5,
    });
  });

  it('leaves the date empty when the publication date is not a day', () => {
    expect(draftEvent('d', spans, { id: 'e', now: 5, publishedAt: 'May 2023' }).date).toBeUndefined();
    expect(draftEvent('d', spans, { id: 'e', now: 5 }).date).toBeUndefined();
  });

  it('refuses spans of another document', () => {
    expect(() => draftEvent('other', spans, { id: 'e', now: 5 })).toThrow(/one document/);
  });
});
