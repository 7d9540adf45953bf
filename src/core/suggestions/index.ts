/** Suggested annotations: other occurrences of a tagged text, and names of the registry and the gazetteer. */
export * from './preAnnotate';
export * from './suggestion';
export * from './tagAllOccurrences';
