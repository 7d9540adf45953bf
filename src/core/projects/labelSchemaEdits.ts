/**
 * The edits the "Label schema" dialog makes, as pure functions from a schema to the next one. Each returns the new
 * schema only when it is valid (labelSchema.ts), else the first problem, so the dialog can say what is wrong and
 * storage never receives an invalid schema. Deleting a label here only drops its definition: what happens to its
 * spans (deleted or moved to another label) is storage's job, in the same transaction as the new schema.
 */
import type { LabelDefinition, UnderlineStyle } from '../labels';
import {
  keyForName,
  LABEL_DESCRIPTION_LIMIT,
  type LabelProblem,
  labelSchemaProblems,
  nextColor,
  nextShortcut,
  nextUnderline,
} from './labelSchema';

export type SchemaEdit = { ok: true; labels: LabelDefinition[] } | ({ ok: false } & LabelProblem);

export interface NewLabel {
  name: string;
  description?: string;
  color?: string;
  shortcut?: string;
}

function checked(labels: LabelDefinition[]): SchemaEdit {
  const [first] = labelSchemaProblems(labels);
  return first ? { ok: false, ...first } : { ok: true, labels };
}

function change(
  labels: readonly LabelDefinition[],
  key: string,
  edit: (label: LabelDefinition) => LabelDefinition,
): SchemaEdit {
  if (!labels.some((label) => label.key === key)) return { ok: false, problem: 'unknown-label', key };
  return checked(labels.map((label) => (label.key === key ? edit({ ...label }) : label)));
}

/** Appends a label; its key comes from its name, its shortcut, colour and underline are the next free ones. */
export function addLabel(labels: readonly LabelDefinition[], draft: NewLabel): SchemaEdit {
  const name = draft.name.trim();
  const label: LabelDefinition = {
    key: keyForName(
      name,
      labels.map((existing) => existing.key),
    ),
    name,
    shortcut: draft.shortcut ?? nextShortcut(labels) ?? '',
    color: draft.color ?? nextColor(labels),
    underline: nextUnderline(labels),
  };
  const description = draft.description?.trim();
  if (description) label.description = description;
  return checked([...labels, label]);
}

/** Renames a label; its key (what exports and spans carry) does not change. */
export function renameLabel(labels: readonly LabelDefinition[], key: string, name: string): SchemaEdit {
  return change(labels, key, (label) => ({ ...label, name: name.trim() }));
}

export function recolorLabel(labels: readonly LabelDefinition[], key: string, color: string): SchemaEdit {
  return change(labels, key, (label) => ({ ...label, color }));
}

export function setLabelShortcut(
  labels: readonly LabelDefinition[],
  key: string,
  shortcut: string,
): SchemaEdit {
  return change(labels, key, (label) => ({ ...label, shortcut: shortcut.toLowerCase() }));
}

export function setLabelUnderline(
  labels: readonly LabelDefinition[],
  key: string,
  underline: UnderlineStyle,
): SchemaEdit {
  return change(labels, key, (label) => ({ ...label, underline }));
}

/** Sets (or, with blank text, removes) a label's description. */
export function describeLabel(
  labels: readonly LabelDefinition[],
  key: string,
  description: string,
): SchemaEdit {
  return change(labels, key, (label) => {
    const text = description.trim().slice(0, LABEL_DESCRIPTION_LIMIT);
    const { description: _old, ...rest } = label;
    return text ? { ...rest, description: text } : rest;
  });
}

/** Moves a label `by` places (−1 up, +1 down), stopping at either end. */
export function moveLabel(labels: readonly LabelDefinition[], key: string, by: number): SchemaEdit {
  const from = labels.findIndex((label) => label.key === key);
  if (from === -1) return { ok: false, problem: 'unknown-label', key };
  const to = Math.max(0, Math.min(labels.length - 1, from + by));
  const next = [...labels];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as LabelDefinition);
  return checked(next);
}

/** Drops a label's definition (refused for the last one: a project always has a label to tag with). */
export function removeLabel(labels: readonly LabelDefinition[], key: string): SchemaEdit {
  if (!labels.some((label) => label.key === key)) return { ok: false, problem: 'unknown-label', key };
  return checked(labels.filter((label) => label.key !== key));
}
