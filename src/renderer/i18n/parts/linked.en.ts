/**
 * Search by link: the annotation filter's actor and place choices, and "Find annotations" (every annotation
 * linked to an actor or a place, across the library).
 */
export const linkedEn = {
  annotationFilter: {
    byActor: 'Filter by linked actor',
    allActors: 'All linked actors',
    byPlace: 'Filter by linked place',
    allPlaces: 'All linked places',
  },
  linkedAnnotations: {
    find: 'Find annotations',
    findForActor: 'Find annotations linked to {{name}}',
    findForPlace: 'Find annotations linked to {{name}}',
    heading: 'Annotations linked to “{{name}}”',
    list: 'Linked annotations',
    loading: 'Looking for linked annotations…',
    none: 'No annotation in this library is linked to it.',
    found_one: '{{count}} annotation in {{documents}}.',
    found_other: '{{count}} annotations in {{documents}}.',
    documents_one: '{{count}} document',
    documents_other: '{{count}} documents',
    firstOf: 'The first {{shown}} of {{total}} are listed.',
    keys: 'Choose an annotation to open its document with the annotation selected.',
    close: 'Close',
  },
} as const;
