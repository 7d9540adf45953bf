/**
 * The stores of schema version 7 (src/renderer/storage/database.ts), as a test writes a library of that version with
 * plain Dexie before this Spanlight opens and upgrades it.
 */
export const V7_STORES = {
  documents: 'id, sha256, title, importedAt, projectId',
  texts: 'id',
  history: '++seq, docId, [docId+undone]',
  actors: 'id, name',
  places: 'id, name',
  events: 'id, docId',
  projects: 'id, name',
  spanBuckets: '[docId+bucket], *actorIds, *placeIds',
  searchParts: 'id',
  searchPostings: '[shard+part]',
};
