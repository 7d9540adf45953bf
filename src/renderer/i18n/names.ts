import type { TFunction } from 'i18next';
import type { DocumentStatus } from '../../core/documentStatus';
import { LABELS } from '../../core/labels';
import type { DocumentOrder } from '../../core/library/documentOrder';
import { namesEn } from './parts/names.en';

type TranslatedLabel = keyof typeof namesEn.labels;
const isTranslatedLabel = (key: string): key is TranslatedLabel => Object.hasOwn(namesEn.labels, key);

/**
 * A label's name in the interface language. Labels the catalogue does not know (added later, or read from an
 * imported dataset) keep the name core gives them, or their key.
 */
export function labelName(t: TFunction, key: string): string {
  if (isTranslatedLabel(key)) return t(`labels.${key}`);
  return LABELS.find((label) => label.key === key)?.name ?? key;
}

/** A document status's name; a document without one is "to do". */
export function statusName(t: TFunction, status: DocumentStatus | undefined): string {
  return t(`statuses.${status ?? 'todo'}`);
}

export function orderName(t: TFunction, order: DocumentOrder): string {
  return t(`orders.${order}`);
}
