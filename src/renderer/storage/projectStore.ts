import { withCodingForLabel } from '../../core/coding/codingForLabel';
import type { LabelDefinition } from '../../core/labels';
import { labelSchemaProblems } from '../../core/projects/labelSchema';
import {
  cleanProjectName,
  createProject,
  DEFAULT_PROJECT_ID,
  type Project,
} from '../../core/projects/project';
import type { Span } from '../../core/spans/span';
import type { DocumentRow, SpanlightDatabase } from './database';
import { removeSpanFromEvents } from './eventStore';
import { deleteDocumentSpans, readSpansOfDocuments, replaceDocumentSpans } from './spanBuckets';
import type { StorageAction } from './storageActions';
import { StorageError } from './storageError';
import { readTransaction, writeTransaction } from './transaction';

/** The project a document row belongs to: rows written without one belong to the default project. */
export const projectOf = (row: Pick<DocumentRow, 'projectId'>): string => row.projectId ?? DEFAULT_PROJECT_ID;

/** How many spans of a project carry a label (shown before the label is deleted). */
export interface LabelUsage {
  spans: number;
  documents: number;
}

/**
 * Projects and their label schemas in storage. Like the other stores, each action is one transaction whose promise
 * resolves after it commits. A schema is checked (core/projects/labelSchema.ts) before it is written, so an invalid
 * one is never stored. Reached as `store.projects`.
 */
export class ProjectStore {
  constructor(
    private readonly db: SpanlightDatabase,
    private readonly newId: () => string,
    private readonly now: () => number,
    /** Tells the AnnotationStore's subscribers (sentinel, backups) that something was written. */
    private readonly written: () => void,
  ) {}

  /** Every project, oldest first; the default project is created if it is missing (a database emptied by hand). */
  async list(): Promise<Project[]> {
    const projects = await this.read('load the projects', () => this.db.projects.toArray());
    if (projects.length > 0)
      return projects.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    const fallback = createProject(DEFAULT_PROJECT_ID, '', this.now());
    await this.write('create the project', () => this.db.projects.put(fallback));
    return [fallback];
  }

  async get(id: string): Promise<Project | undefined> {
    return this.read('load the project', () => this.db.projects.get(id));
  }

  /** A new project with the default labels. */
  async create(name: string): Promise<Project> {
    const project = createProject(this.newId(), name, this.now());
    await this.write('create the project', () => this.db.projects.add(project));
    return project;
  }

  async rename(id: string, name: string): Promise<Project> {
    const clean = cleanProjectName(name);
    if (!clean) throw new StorageError('A project needs a name. Nothing was changed.', 'DataError');
    return this.write('rename the project', async () => {
      const project = await this.require(id);
      const next = { ...project, name: clean };
      await this.db.projects.put(next);
      return next;
    });
  }

  /** Replaces a project's label schema (add, rename, recolour, reorder, describe); refused when it is invalid. */
  async saveLabels(id: string, labels: readonly LabelDefinition[]): Promise<Project> {
    checkSchema(labels);
    return this.write('save the labels', async () => {
      const project = await this.require(id);
      const next = { ...project, labels: labels.map((label) => ({ ...label })) };
      await this.db.projects.put(next);
      return next;
    });
  }

  /** The project's document ids, oldest first. */
  async documentIds(projectId: string): Promise<string[]> {
    return this.read('list the documents', () => projectDocumentIds(this.db, projectId));
  }

  /** How many of the project's spans carry `key`, and in how many documents. */
  async labelUsage(projectId: string, key: string): Promise<LabelUsage> {
    return this.read('count the annotations', async () => {
      const spanLists = await readSpansOfDocuments(this.db, await projectDocumentIds(this.db, projectId));
      const counts = spanLists.map((spans) => spans.filter((span) => span.label === key).length);
      return {
        spans: counts.reduce((sum, count) => sum + count, 0),
        documents: counts.filter((count) => count > 0).length,
      };
    });
  }

  /**
   * Deletes a label from a project's schema and, in the same transaction, either deletes the project's spans that
   * carry it or moves them to the label `moveTo` (their coding follows the new label, as with a relabel). Undo
   * entries that involve the deleted label are dropped too: undoing one would bring back a label that no longer
   * exists. Returns how many spans were deleted or moved.
   */
  async deleteLabel(projectId: string, key: string, moveTo: string | null): Promise<number> {
    const { db } = this;
    return this.write('delete the label', async () => {
      const project = await this.require(projectId);
      const labels = project.labels.filter((label) => label.key !== key);
      if (labels.length === project.labels.length)
        throw new StorageError('The label no longer exists. Nothing was changed.', 'NotFound');
      if (moveTo !== null && !labels.some((label) => label.key === moveTo))
        throw new StorageError(
          'The label to move the annotations to does not exist. Nothing was changed.',
          'NotFound',
        );
      checkSchema(labels);
      const docIds = await projectDocumentIds(db, projectId);
      const time = this.now();
      let changed = 0;
      const spanLists = await readSpansOfDocuments(db, docIds);
      for (const [at, docId] of docIds.entries()) {
        const spans = spanLists[at] as Span[];
        const labelled = spans.filter((span) => span.label === key);
        if (labelled.length === 0) continue;
        changed += labelled.length;
        if (moveTo === null) {
          for (const span of labelled) await removeSpanFromEvents(db, span, time);
          const kept = spans.filter((span) => span.label !== key);
          await replaceDocumentSpans(db, docId, kept);
          await db.documents.update(docId, { spanCount: kept.length });
        } else {
          const text = (await db.texts.get(docId))?.text ?? '';
          const moved = spans.map((span) =>
            span.label === key ? withCodingForLabel({ ...span, label: moveTo, updatedAt: time }, text) : span,
          );
          await replaceDocumentSpans(db, docId, moved);
        }
      }
      if (docIds.length > 0) {
        await db.history
          .where('docId')
          .anyOf(docIds)
          .filter(
            (entry) => entry.span.label === key || entry.before === key || entry.previous?.label === key,
          )
          .delete();
      }
      await db.projects.put({ ...project, labels });
      return changed;
    });
  }

  /**
   * Deletes a project with all its documents (their texts, spans, events, undo history and search rows), in one
   * transaction. The last project cannot be deleted: the library always has one to put documents in.
   */
  async delete(id: string): Promise<void> {
    const { db } = this;
    await this.write('delete the project', async () => {
      await this.require(id);
      if ((await db.projects.count()) <= 1)
        throw new StorageError('The only project cannot be deleted. Nothing was changed.', 'DataError');
      const docIds = await projectDocumentIds(db, id);
      if (docIds.length > 0) {
        for (const docId of docIds) await deleteDocumentSpans(db, docId);
        await db.events.where('docId').anyOf(docIds).delete();
        await db.history.where('docId').anyOf(docIds).delete();
        await db.texts.bulkDelete(docIds);
        await db.documents.bulkDelete(docIds);
      }
      await db.projects.delete(id);
    });
  }

  private async require(id: string): Promise<Project> {
    const project = await this.db.projects.get(id);
    if (!project) throw new StorageError('The project no longer exists. Nothing was changed.', 'NotFound');
    return project;
  }

  private write<T>(action: StorageAction, body: () => Promise<T>): Promise<T> {
    const { db } = this;
    return writeTransaction(
      db,
      [db.projects, db.documents, db.texts, db.spanBuckets, db.events, db.history],
      action,
      body,
      this.written,
    );
  }

  private read<T>(action: StorageAction, body: () => Promise<T>): Promise<T> {
    const { db } = this;
    return readTransaction(db, [db.projects, db.documents, db.spanBuckets], action, body);
  }
}

function checkSchema(labels: readonly LabelDefinition[]): void {
  const [problem] = labelSchemaProblems(labels);
  if (problem)
    throw new StorageError(
      `The label schema is not valid (${problem.problem}${problem.key ? `: ${problem.key}` : ''}). Nothing was changed.`,
      'DataError',
    );
}

/** A project's document ids in library order (import time); rows without a project are the default project's. */
export async function projectDocumentIds(db: SpanlightDatabase, projectId: string): Promise<string[]> {
  const ids: string[] = [];
  await db.documents.orderBy('importedAt').each((row) => {
    if (projectOf(row) === projectId) ids.push(row.id);
  });
  return ids;
}
