import type { FormatDocument } from '../../core/formats/types';
import { DEFAULT_LABELS, type LabelDefinition } from '../../core/labels';
import { labelFromTable, labelsToAdd } from '../../core/projects/labelSchema';
import type { Project } from '../../core/projects/project';
import type { SpanlightDatabase } from './database';

/**
 * The projects of a backup ("projects": id, name, label table, document ids) written back in place of the
 * library's, inside the restore's transaction. Each schema is read entry by entry (labelFromTable) and completed
 * with any label its documents use but it lacks, so it is valid and refuses none of them.
 */
export async function restoreProjects(
  db: SpanlightDatabase,
  entries: readonly unknown[],
  documents: readonly FormatDocument[],
  now: number,
): Promise<{ projectIds: string[]; byDocument: Map<string, string>; labels: string[] }> {
  const byDocument = new Map<string, string>();
  const projects: Project[] = [];
  for (const [index, entry] of entries.entries()) {
    const {
      id,
      name,
      labels: table,
      documents: ids,
    } = entry as {
      id: string;
      name: string;
      labels: unknown[];
      documents: unknown[];
    };
    if (projects.some((project) => project.id === id)) continue;
    const labels: LabelDefinition[] = [];
    for (const item of table) {
      const label = labelFromTable(item, labels);
      if (label && !labels.some((known) => known.key === label.key)) labels.push(label);
    }
    for (const docId of ids) if (typeof docId === 'string') byDocument.set(docId, id);
    projects.push({ id, name, labels, createdAt: now + index });
  }
  for (const project of projects) {
    const used = documents
      .filter((doc) => byDocument.get(doc.id ?? '') === project.id)
      .flatMap((doc) => doc.annotations.map((annotation) => annotation.label));
    project.labels.push(...labelsToAdd(project.labels, used, []));
    if (project.labels.length === 0) project.labels.push(...DEFAULT_LABELS.map((label) => ({ ...label })));
  }
  await db.projects.clear();
  await db.projects.bulkPut(projects);
  return {
    projectIds: projects.map((project) => project.id),
    byDocument,
    labels: projects.flatMap((project) => project.labels.map((label) => label.key)),
  };
}
