import { describe, expect, it } from 'vitest';
import {
  publicationMonth,
  publicationSortKey,
  readPublicationDate,
} from '../../../src/core/stats/publicationDate';

describe('readPublicationDate', () => {
  it.each([
    ['2017-03-12', { year: 2017, month: 3, day: 12 }],
    ['2017/3/5', { year: 2017, month: 3, day: 5 }],
    ['2017-03', { year: 2017, month: 3, day: null }],
    ['2017', { year: 2017, month: null, day: null }],
    // The month the source printed, not the month in UTC (this is 1 April in UTC).
    ['2017-03-31T23:30:00-05:00', { year: 2017, month: 3, day: 31 }],
    ['2017-03-31t23:30:00z', { year: 2017, month: 3, day: 31 }],
    ['  2017-03-12  ', { year: 2017, month: 3, day: 12 }],
    ['٢٠١٧-٠٣-١٢', { year: 2017, month: 3, day: 12 }],
    // Year last: certain only when one number is above 12 or both are equal.
    ['16/4/2017', { year: 2017, month: 4, day: 16 }],
    ['4/16/2017', { year: 2017, month: 4, day: 16 }],
    ['5/5/2017', { year: 2017, month: 5, day: 5 }],
    ['April 5, 2017', { year: 2017, month: 4, day: 5 }],
    ['5 Apr 2017', { year: 2017, month: 4, day: 5 }],
    ['Sept 2017', { year: 2017, month: 9, day: null }],
    ['Tue, 05 Mar 2024 10:30:00 +0000', { year: 2024, month: 3, day: 5 }],
    ['الأحد 5 آذار 2017', { year: 2017, month: 3, day: 5 }],
    ['٥ آذار ٢٠١٧', { year: 2017, month: 3, day: 5 }],
    ['12 تشرين الأول 2019', { year: 2019, month: 10, day: 12 }],
    ['كانون الثاني 2020', { year: 2020, month: 1, day: null }],
    ['3 أغسطس 2021', { year: 2021, month: 8, day: 3 }],
    ['3 يونيه 2021', { year: 2021, month: 6, day: 3 }],
  ])('%s', (written, expected) => {
    expect(readPublicationDate(written)).toEqual(expected);
  });

  it.each([
    [undefined],
    [''],
    ['yesterday'],
    // Day-first or month-first? Not certain without the rest of the column.
    ['3/4/2017'],
    ['2017-13-01'],
    ['2017-02-30'],
    ['2017-13'],
    ['April 31, 2017'],
    ['April 2017 and May 2017'],
    ['5 April 2017 2018'],
  ])('%s is not read', (written) => {
    expect(readPublicationDate(written)).toBeNull();
  });
});

describe('publicationMonth and publicationSortKey', () => {
  it('give the month, or null without one', () => {
    expect(publicationMonth('2017-03-12')).toBe('2017-03');
    expect(publicationMonth('April 5, 2017')).toBe('2017-04');
    expect(publicationMonth('2017')).toBeNull();
    expect(publicationMonth(undefined)).toBeNull();
  });

  it('sort keys order dates in time, partial dates before the days of their period', () => {
    const written = ['2018-01-01', '2017', '5 آذار 2017', '2017-03', 'April 5, 2017', '2016-12-31T23:00:00Z'];
    const sorted = [...written].sort((a, b) =>
      (publicationSortKey(a) as string) < (publicationSortKey(b) as string) ? -1 : 1,
    );
    expect(sorted).toEqual([
      '2016-12-31T23:00:00Z',
      '2017',
      '2017-03',
      '5 آذار 2017',
      'April 5, 2017',
      '2018-01-01',
    ]);
    expect(publicationSortKey('later')).toBeNull();
  });
});
