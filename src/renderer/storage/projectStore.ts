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
import { spansOfDocuments } from './documentSpans';
import { removeSpanFromEvents } from './eventStore';
import { recountSpans } from './history';
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
      const spans = await spansWithLabel(this.db, await projectDocumentIds(this.db, projectId), key);
      return { spans: spans.length, documents: new Set(spans.map((span) => span.docId)).size };
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
      const spans = await spansWithLabel(db, docIds, key);
      const time = this.now();
      const touched = new Set<string>();
      for (const span of spans) {
        touched.add(span.docId);
        if (moveTo === null) {
          await db.spans.delete(span.id);
          await removeSpanFromEvents(db, span, time);
        } else {
          const text = (await db.texts.get(span.docId))?.text ?? '';
          await db.spans.put(withCodingForLabel({ ...span, label: moveTo, updatedAt: time }, text));
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
      for (const docId of touched) await recountSpans(db, docId);
      await db.projects.put({ ...project, labels });
      return spans.length;
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
        await spansOfDocuments(db, docIds).delete();
        await db.events.where('docId').anyOf(docIds).delete();
        await db.history.where('docId').anyOf(docIds).delete();
        await db.texts.bulkDelete(docIds);
        await db.searchTerms.bulkDelete(docIds);
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
      [db.projects, db.documents, db.texts, db.spans, db.events, db.history, db.searchTerms],
      action,
      body,
      this.written,
    );
  }

  private read<T>(action: StorageAction, body: () => Promise<T>): Promise<T> {
    const { db } = this;
    return readTransaction(db, [db.projects, db.documents, db.spans], action, body);
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

async function spansWithLabel(
  db: SpanlightDatabase,
  docIds: readonly string[],
  key: string,
): Promise<Span[]> {
  if (docIds.length === 0) return [];
  return spansOfDocuments(db, docIds)
    .filter((span) => span.label === key)
    .toArray();
}
