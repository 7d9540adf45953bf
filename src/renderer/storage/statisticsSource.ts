import type { StatisticsInput, StatsSpan } from '../../core/stats/statisticsInput';
import type { SpanlightDatabase } from './database';
import { eachSpan } from './spanBuckets';
import { toStorageError } from './storageError';

/**
 * What the Statistics dialog counts, read in one read transaction so the tables agree with each other:
 * documents without their texts, spans reduced to what is counted (a large library has hundreds of thousands:
 * offsets, times and casualty figures are left behind, and the covered text is kept only for actors and places,
 * which are grouped by it), and the actor and place registries for the names of linked spans.
 */
export async function readStatisticsInput(
  db: SpanlightDatabase,
  /** Only these documents (the current project's); default: the whole library. */
  docIds?: readonly string[],
): Promise<StatisticsInput> {
  const scope = docIds ? new Set(docIds) : null;
  try {
    return await db.transaction('r', [db.documents, db.spanBuckets, db.actors, db.places], async () => {
      const documents = (await db.documents.orderBy('importedAt').toArray())
        .filter((row) => !scope || scope.has(row.id))
        .map(({ id, publishedAt }) => (publishedAt === undefined ? { id } : { id, publishedAt }));
      const spans: StatsSpan[] = [];
      await eachSpan(db, (span) => {
        if (scope && !scope.has(span.docId)) return;
        const slim: StatsSpan = {
          docId: span.docId,
          label: span.label,
          text: span.label === 'actor' || span.label === 'place' ? span.text : '',
        };
        if (span.annotator !== undefined) slim.annotator = span.annotator;
        if (span.actorId !== undefined) slim.actorId = span.actorId;
        if (span.placeId !== undefined) slim.placeId = span.placeId;
        spans.push(slim);
      });
      const actors = (await db.actors.toArray()).map(({ id, name }) => ({ id, name }));
      const places = (await db.places.toArray()).map(({ id, name }) => ({ id, name }));
      return { documents, spans, actors, places };
    });
  } catch (error) {
    throw toStorageError('count the library', error);
  }
}
