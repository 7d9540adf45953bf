import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Span } from '../../../../src/core/spans/span';
import { AnnotationStore } from '../../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../../src/renderer/storage/database';
import { type LinkedNames, useLinkedNames } from '../../../../src/renderer/ui/search/useLinkedNames';
import { type Rendered, render } from '../../support/render';

/**
 * The actor and place names of the annotation filter: read again after every write, and kept as the same
 * value when they did not change, so that a write (a tag) does not re-render the window on its own.
 */
const TEXT = 'قالت قسد إن قصفًا طال الحسكة.';

let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: AnnotationStore;
let docId = '';

beforeEach(async () => {
  db = new SpanlightDatabase(`linked-names-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
  docId = (await store.createDocument({ title: 'Raid', text: TEXT })).document.id;
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  await db.delete();
});

/** Records every value the hook returns, render by render. */
function Probe({
  spans,
  seen,
  report,
}: {
  spans: readonly Span[];
  seen: LinkedNames[];
  report: (error: unknown) => void;
}) {
  seen.push(useLinkedNames(store, spans, report));
  return null;
}

const linked = (actorId: string): Span => ({
  id: 's1',
  docId,
  start: 5,
  end: 8,
  label: 'actor',
  text: 'قسد',
  createdAt: 0,
  updatedAt: 0,
  actorId,
});

describe('useLinkedNames', () => {
  it('reads the linked names, keeps the same value through writes that leave them as they were, follows a rename', async () => {
    const sdf = await store.coding.createActor({ name: 'SDF' });
    const spans = [linked(sdf.id)];
    const seen: LinkedNames[] = [];
    const errors: unknown[] = [];
    // One reporter for the life of the window, as useMessages gives.
    const report = (error: unknown) => errors.push(error);
    mounted = await render(<Probe spans={spans} seen={seen} report={report} />);
    await expect.poll(() => seen.at(-1)?.actors).toEqual([{ id: sdf.id, name: 'SDF' }]);
    const renders = seen.length;
    const shown = seen.at(-1);

    // A tag and a status change: committed writes, the names unchanged.
    await store.addSpan(docId, 12, 16, 'place');
    await store.setStatus(docId, 'done');
    // The reads that follow each write have had time to come back (a later rename does, below).
    await store.coding.createActor({ name: 'Islamic State' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // React may call the component again to find nothing changed; what it returns must be the same value.
    expect(seen.slice(renders).every((value) => value === shown)).toBe(true);

    await store.coding.updateActor(sdf.id, { name: 'Syrian Democratic Forces' });
    await expect.poll(() => seen.at(-1)?.actors).toEqual([{ id: sdf.id, name: 'Syrian Democratic Forces' }]);
    expect(errors).toEqual([]);
  });
});
