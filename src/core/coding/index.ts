/** Event coding: what spans are linked to (actors, places, casualty figures) and the events built from them. */
export * from './actor';
export * from './casualtyAttributes';
export * from './eventRecord';
export * from './place';
