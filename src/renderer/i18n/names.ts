import type { TFunction } from 'i18next';
import type { DocumentStatus } from '../../core/documentStatus';
import { LABELS } from '../../core/labels';
import type { DocumentOrder } from '../../core/library/documentOrder';
import { namesEn } from './parts/names.en';

type TranslatedLabel = keyof typeof namesEn.labels;
const isTranslatedLabel = (key: string): key is TranslatedLabel => Object.hasOwn(namesEn.labels, key);

let currentSchema: ReadonlyArray<{ key: string; name: string }> = LABELS;

/**
 * The current project's labels, set by the project switcher (useProjects) whenever they change: every label name
 * shown (messages, chips, lists) is then the project's, without each caller passing the schema.
 */
export function setCurrentLabelSchema(schema: ReadonlyArray<{ key: string; name: string }>): void {
  currentSchema = schema;
}

/**
 * A label's name in the interface language. A built-in label the project has not renamed is translated; a renamed
 * one and a project's own labels show the name the project gives them (`schema`); a label no schema defines
 * (read from an imported dataset) shows its key.
 */
export function labelName(
  t: TFunction,
  key: string,
  schema: ReadonlyArray<{ key: string; name: string }> = currentSchema,
): string {
  const defined = schema.find((label) => label.key === key);
  const builtIn = LABELS.find((label) => label.key === key);
  if (isTranslatedLabel(key) && (!defined || defined.name === builtIn?.name)) return t(`labels.${key}`);
  return defined?.name ?? builtIn?.name ?? key;
}

/**
 * The name to store when the researcher types `typed` into a label's name field, which shows a built-in label the
 * project has not renamed in the interface language: typing back that translated name keeps the label unrenamed
 * (its built-in name, translated in every language), anything else renames it.
 */
export function typedLabelName(t: TFunction, key: string, typed: string): string {
  const builtIn = LABELS.find((label) => label.key === key);
  if (builtIn && isTranslatedLabel(key) && typed.trim() === t(`labels.${key}`)) return builtIn.name;
  return typed;
}

/** A document status's name; a document without one is "to do". */
export function statusName(t: TFunction, status: DocumentStatus | undefined): string {
  return t(`statuses.${status ?? 'todo'}`);
}

export function orderName(t: TFunction, order: DocumentOrder): string {
  return t(`orders.${order}`);
}
