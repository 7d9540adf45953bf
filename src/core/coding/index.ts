/** Event coding: what spans are linked to (actors, places, casualty figures) and the events built from them. */
export * from './actor';
export * from './actorRegistry';
export * from './casualtyAttributes';
export * from './casualtyDraft';
export * from './codingForLabel';
export * from './eventRecord';
export * from './place';
export * from './proposeCasualtyAttributes';
export * from './validateCasualtyAttributes';
