/**
 * The interface's English strings: the reference catalogue (ar.ts must have the same keys; a test checks).
 * Keys are grouped by where they appear. {{name}} is filled in by i18next; counts use its _one/_other plurals.
 */
export const en = {
  library: {
    region: 'Library',
    documents: 'Documents',
    newFromText: 'New from text…',
    open: 'Open…',
    exportJson: 'Export JSON',
    export: 'Export…',
    importDataset: 'Import dataset…',
    backups: 'Backups…',
    preferences: 'Preferences…',
    agreement: 'Agreement…',
    statistics: 'Statistics…',
    openDatasetFiles: 'Open dataset files',
    openTextFiles: 'Open text files',
    dropHere: 'Drop articles or folders to import them',
  },
  document: {
    status: 'Status',
    undo: 'Undo',
    redo: 'Redo',
    editDetails: 'Edit details…',
    rightToLeft: 'Right to left',
    exportDocumentJson: 'Export document JSON',
    noneOpen: 'No document open. Use “New from text…” or “Open…”.',
    loading: 'Loading…',
  },
  preferences: {
    language: 'Interface language',
    system: 'System ({{language}})',
    fontSize: 'Font size',
    fontSizeDefault: '{{size}} (default)',
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** A catalogue in another language: the same keys, any strings. */
export type Catalogue = Widen<typeof en>;
