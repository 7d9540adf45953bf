import { DEFAULT_LABELS, type LabelDefinition } from '../labels';

/**
 * A project: a set of documents coded with one label schema. Every document belongs to exactly one project;
 * a library upgraded from before projects existed has them all in the default project.
 */
export interface Project {
  id: string;
  name: string;
  /** The label schema, in the order the toolbar and the lists show it. */
  labels: LabelDefinition[];
  /** Milliseconds since the epoch. */
  createdAt: number;
}

/** The project that existing libraries are upgraded into, and that a fresh library starts with. */
export const DEFAULT_PROJECT_ID = 'default';
export const DEFAULT_PROJECT_NAME = 'My project';

/** Names longer than this are cut: the switcher is a narrow select. */
export const PROJECT_NAME_LIMIT = 80;

/** A new project with the three default labels (copies: editing one project's schema never touches another's). */
export function createProject(id: string, name: string, createdAt: number): Project {
  return {
    id,
    name: cleanProjectName(name) || DEFAULT_PROJECT_NAME,
    labels: DEFAULT_LABELS.map((label) => ({ ...label })),
    createdAt,
  };
}

/** A name as typed, trimmed, inner runs of spaces folded, cut to the limit; '' when nothing is left. */
export function cleanProjectName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, PROJECT_NAME_LIMIT).trim();
}
