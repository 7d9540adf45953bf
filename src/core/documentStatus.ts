/** Where a document stands in the coding work. A document nobody has touched is "to do". */
export type DocumentStatus = 'todo' | 'in_progress' | 'done' | 'needs_review';

export const DOCUMENT_STATUSES: ReadonlyArray<{ key: DocumentStatus; name: string }> = [
  { key: 'todo', name: 'To do' },
  { key: 'in_progress', name: 'In progress' },
  { key: 'done', name: 'Done' },
  { key: 'needs_review', name: 'Needs review' },
];

export function isDocumentStatus(value: unknown): value is DocumentStatus {
  return DOCUMENT_STATUSES.some((status) => status.key === value);
}

export function statusName(status: DocumentStatus | undefined): string {
  return DOCUMENT_STATUSES.find((candidate) => candidate.key === (status ?? 'todo'))?.name ?? 'To do';
}
