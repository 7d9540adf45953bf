/**
 * Names of things core defines in English (core stays free of the interface language): the default labels, the
 * document statuses and the library's sort orders, by their keys. A key core adds later and the catalogue lacks
 * falls back to core's English name (see ../names.ts).
 */
export const namesEn = {
  labels: {
    actor: 'Actor',
    place: 'Place',
    casualty_count: 'Casualty count',
  },
  statuses: {
    todo: 'To do',
    in_progress: 'In progress',
    done: 'Done',
    needs_review: 'Needs review',
  },
  orders: {
    imported: 'Import order',
    'imported-newest': 'Newest import first',
    title: 'Title',
    'date-newest': 'Date, newest first',
    'date-oldest': 'Date, oldest first',
    source: 'Source',
    status: 'Status',
    'annotations-most': 'Most annotations',
    'annotations-fewest': 'Fewest annotations',
  },
} as const;
