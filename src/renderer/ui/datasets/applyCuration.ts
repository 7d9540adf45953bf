import { CURATED_ANNOTATOR, type CurationChange } from '../../../core/agreement/curation';
import { isLabelKey } from '../../../core/labels';
import type { Span } from '../../../core/spans/span';
import type { AnnotationStore } from '../../storage/annotationStore';

/** The part of the store curation needs (a fake in tests). */
export type CurationStore = Pick<AnnotationStore, 'snapshot' | 'addSpan' | 'deleteSpan'>;

/**
 * Writes a curation change with the store's own actions (each committed, recorded for undo, counted), deletions
 * first; `curated` is updated in place so the next row's change is computed on what is now stored.
 */
export async function applyCuration(
  store: CurationStore,
  docId: string,
  change: CurationChange,
  curated: Span[],
): Promise<void> {
  for (const id of change.remove) {
    await store.deleteSpan(id);
    const index = curated.findIndex((span) => span.id === id);
    if (index >= 0) curated.splice(index, 1);
  }
  for (const span of change.add) {
    // Both versions come from this library, whose labels are Spanlight's.
    if (!isLabelKey(span.label)) throw new Error(`“${span.label}” is not a Spanlight label`);
    curated.push(await store.addSpan(docId, span.start, span.end, span.label, CURATED_ANNOTATOR));
  }
}
