import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, type LabelDefinition } from '../../src/core/labels';
import { DEFAULT_PROJECT_ID } from '../../src/core/projects/project';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { StorageError } from '../../src/renderer/storage/storageError';
import { storedSpans } from './support/storedSpans';

/** Projects in storage: documents scoped to the current project, label schemas, deleting labels and projects. */
let store: AnnotationStore;
let db: SpanlightDatabase;
let ids = 0;

const weapon: LabelDefinition = {
  key: 'weapon',
  name: 'Weapon',
  shortcut: '4',
  color: '#009E73',
  underline: 'dashed',
};

beforeEach(() => {
  db = new SpanlightDatabase(`projects-${Math.random()}`);
  ids = 0;
  store = new AnnotationStore(
    db,
    () => `id-${++ids}`,
    () => 1_000 + ids,
  );
});
afterEach(async () => {
  await db.delete();
});

async function projectWithWeapon() {
  const project = await store.projects.create('Weapons');
  await store.projects.saveLabels(project.id, [...project.labels, weapon]);
  store.projectId = project.id;
  const { document } = await store.createDocument({ title: 'T', text: 'A rifle and a gun near Raqqa.' });
  const rifle = await store.addSpan(document.id, 2, 7, 'weapon');
  const gun = await store.addSpan(document.id, 14, 17, 'weapon');
  const raqqa = await store.addSpan(document.id, 23, 28, 'place');
  return { project, document, rifle, gun, raqqa };
}

describe('ProjectStore', () => {
  it('keeps each project to its own documents: list, duplicates by text, search and snapshot', async () => {
    const inDefault = await store.createDocument({ title: 'D', text: 'Same text in Raqqa.' });
    const other = await store.projects.create('Other');
    store.projectId = other.id;
    expect(await store.listDocuments()).toEqual([]);
    // The same text is a new document in another project, not the default project's one.
    const inOther = await store.createDocument({ title: 'O', text: 'Same text in Raqqa.' });
    expect(inOther.existing).toBe(false);
    expect((await store.listDocuments()).map((doc) => doc.id)).toEqual([inOther.document.id]);
    expect((await store.searchLibrary('raqqa')).hits.map((hit) => hit.docId)).toEqual([inOther.document.id]);
    expect((await store.snapshot()).map((entry) => entry.document.id)).toEqual([inOther.document.id]);
    store.projectId = DEFAULT_PROJECT_ID;
    expect((await store.listDocuments()).map((doc) => doc.id)).toEqual([inDefault.document.id]);
  });

  it('refuses an invalid schema and writes nothing', async () => {
    const project = await store.projects.create('P');
    await expect(
      store.projects.saveLabels(project.id, [...DEFAULT_LABELS, { ...weapon, shortcut: '1' }]),
    ).rejects.toThrow(StorageError);
    expect((await store.projects.get(project.id))?.labels).toEqual(DEFAULT_LABELS);
  });

  it('counts a label’s annotations, then deletes them with the label in one step', async () => {
    const { project, document, raqqa } = await projectWithWeapon();
    expect(await store.projects.labelUsage(project.id, 'weapon')).toEqual({ spans: 2, documents: 1 });
    expect(await store.projects.deleteLabel(project.id, 'weapon', null)).toBe(2);
    expect((await store.projects.get(project.id))?.labels.map((label) => label.key)).toEqual([
      'actor',
      'place',
      'casualty_count',
    ]);
    expect(await store.listSpans(document.id)).toEqual([raqqa]);
    expect((await store.listDocuments())[0]?.spanCount).toBe(1);
    // Undoing the tagging of a deleted label's span would bring the label back: those entries are gone.
    expect((await db.history.toArray()).map((entry) => entry.span.label)).toEqual(['place']);
  });

  it('moves a deleted label’s annotations to another label instead', async () => {
    const { project, document, rifle } = await projectWithWeapon();
    expect(await store.projects.deleteLabel(project.id, 'weapon', 'actor')).toBe(2);
    const spans = await store.listSpans(document.id);
    expect(spans.map((span) => span.label)).toEqual(['actor', 'actor', 'place']);
    expect(spans[0]).toMatchObject({ id: rifle.id, start: rifle.start, end: rifle.end });
    expect((await store.listDocuments())[0]?.spanCount).toBe(3);
  });

  it('refuses to move them to a label that does not exist, changing nothing', async () => {
    const { project, document } = await projectWithWeapon();
    await expect(store.projects.deleteLabel(project.id, 'weapon', 'weapon')).rejects.toThrow(StorageError);
    expect((await store.listSpans(document.id)).map((span) => span.label)).toEqual([
      'weapon',
      'weapon',
      'place',
    ]);
  });

  it('deletes a project with its documents and everything of theirs; never the last project', async () => {
    const kept = await store.createDocument({ title: 'D', text: 'Kept.' });
    const { project, document } = await projectWithWeapon();
    await store.projects.delete(project.id);
    expect(await store.projects.get(project.id)).toBeUndefined();
    expect(await db.documents.get(document.id)).toBeUndefined();
    expect(await db.texts.get(document.id)).toBeUndefined();
    expect((await storedSpans(db)).filter((span) => span.docId === document.id)).toEqual([]);
    expect(await db.history.where('docId').equals(document.id).count()).toBe(0);
    // Its search entries may stay until merged (searchPostings.ts), but no search finds it.
    expect((await store.searchLibrary('rifle')).hits).toEqual([]);
    expect(await db.documents.get(kept.document.id)).toBeDefined();
    await expect(store.projects.delete(DEFAULT_PROJECT_ID)).rejects.toThrow(/only project/);
  });

  it('an import into a project adds the labels it brings and refuses labels the project lacks', async () => {
    const project = await store.projects.create('Imports');
    store.projectId = project.id;
    const doc = {
      id: 'f1',
      title: 'F',
      text: 'A rifle.',
      annotations: [{ id: 'a1', start: 2, end: 7, label: 'weapon', text: 'rifle' }],
    };
    await expect(store.importDocuments([doc], { duplicates: 'skip' })).rejects.toThrow(
      /not one of the project's labels/,
    );
    expect((await store.projects.get(project.id))?.labels).toHaveLength(3);
    const result = await store.importDocuments([doc], { duplicates: 'skip', newLabels: [weapon] });
    expect(result).toMatchObject({ added: 1, spans: 1 });
    expect((await store.projects.get(project.id))?.labels.at(-1)).toEqual(weapon);
    const [listed] = await store.listDocuments();
    expect((await store.listSpans(listed?.id as string)).map((span) => span.label)).toEqual(['weapon']);
  });
});

describe('backups hold every project', () => {
  it('a backup has every project with its labels and documents; a restore puts each document back in its project', async () => {
    const { exportDatasetJson } = await import('../../src/renderer/ui/exportDataset');
    const { importSpanlightJson } = await import('../../src/core/formats/spanlightJson');
    await store.createDocument({ title: 'D', text: 'In the default project.' });
    const { project } = await projectWithWeapon();
    // The backup is taken while the window works in the other project: it still holds both.
    const backup = await exportDatasetJson(store);
    expect(backup.documentCount).toBe(2);
    const file = JSON.parse(backup.content);
    expect(file.labels.map((label: { key: string }) => label.key)).toEqual([
      'actor',
      'place',
      'casualty_count',
      'weapon',
    ]);
    expect(
      file.projects
        .map((entry: { name: string; documents: string[] }) => [entry.name, entry.documents.length])
        .sort(),
    ).toEqual([
      ['My project', 1],
      ['Weapons', 1],
    ]);
    const outcome = importSpanlightJson(backup.content);
    if (!outcome.ok) throw new Error(outcome.reason);
    // Everything is lost (the projects too), then the backup is restored.
    store.projectId = DEFAULT_PROJECT_ID;
    await store.projects.delete(project.id);
    await db.documents.clear();
    const restored = await store.restoreDocuments(outcome.documents);
    expect(restored).toMatchObject({ added: 2, spans: 3 });
    // Each project comes back with its schema and its own document.
    expect(
      (await store.projects.list()).map((entry) => [entry.id, entry.name, entry.labels.length]).sort(),
    ).toEqual([
      [DEFAULT_PROJECT_ID, 'My project', 3],
      [project.id, 'Weapons', 4],
    ]);
    expect((await store.projects.get(project.id))?.labels[3]).toEqual(weapon);
    expect((await store.listDocuments()).map((doc) => doc.title)).toEqual(['D']);
    store.projectId = project.id;
    expect((await store.listDocuments()).map((doc) => [doc.title, doc.spanCount])).toEqual([['T', 3]]);
  });

  it('a backup without projects (written before them) restores into the current project, adding its labels', async () => {
    const { importSpanlightJson } = await import('../../src/core/formats/spanlightJson');
    const { spanlightJsonChunks } = await import('../../src/core/formats/spanlightJsonWriter');
    const file = [
      ...spanlightJsonChunks([
        {
          id: 'd1',
          title: 'Old',
          text: 'a rifle',
          annotations: [{ id: 'a', start: 2, end: 7, label: 'weapon', text: 'rifle' }],
          meta: {
            spanlight: { labels: [{ key: 'weapon', name: 'Weapon', shortcut: '4', color: '#009E73' }] },
          },
        },
      ]),
    ].join('');
    const outcome = importSpanlightJson(file);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(await store.restoreDocuments(outcome.documents)).toMatchObject({ added: 1, spans: 1 });
    expect((await store.projects.get(DEFAULT_PROJECT_ID))?.labels.map((label) => label.key)).toEqual([
      'actor',
      'place',
      'casualty_count',
      'weapon',
    ]);
  });
});
