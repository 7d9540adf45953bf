/**
 * The stores of schema version 6 (src/renderer/storage/database.ts), as a test writes an older library with plain
 * Dexie before this Spanlight opens and upgrades it (the Node and the Chromium upgrade tests).
 */
export const V6_STORES = {
  documents: 'id, sha256, title, importedAt, projectId',
  spans: 'id, [docId+start], actorId, placeId',
  texts: 'id',
  history: '++seq, docId, [docId+undone]',
  actors: 'id, name',
  places: 'id, name',
  events: 'id, docId',
  searchTerms: 'docId, *terms',
  projects: 'id, name',
};
