import { agreementEn } from './parts/agreement.en';
import { annotationsEn } from './parts/annotations.en';
import { backupsEn } from './parts/backups.en';
import { codingEn } from './parts/coding.en';
import { datasetsEn } from './parts/datasets.en';
import { eventsEn } from './parts/events.en';
import { intakeEn } from './parts/intake.en';
import { libraryEn } from './parts/library.en';
import { linkedEn } from './parts/linked.en';
import { messagesEn } from './parts/messages.en';
import { namesEn } from './parts/names.en';
import { placesEn } from './parts/places.en';
import { projectsEn } from './parts/projects.en';
import { reasonsEn } from './parts/reasons.en';
import { resizeEn } from './parts/resize.en';
import { statisticsEn } from './parts/statistics.en';
import { storageErrorsEn } from './parts/storageErrors.en';
import { suggestionsEn } from './parts/suggestions.en';

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
    upgrading:
      'Upgrading the library for this version of Spanlight (a backup was taken first). A large library can take a minute.',
  },
  preferences: {
    language: 'Interface language',
    system: 'System ({{language}})',
    fontSize: 'Font size',
    fontSizeDefault: '{{size}} (default)',
    theme: 'Theme',
    themes: { system: 'As the system', light: 'Light', dark: 'Dark' },
    exportFormat: 'Default export format',
    heading: 'Preferences',
    annotator: 'Annotator name',
    annotatorHint: 'Recorded on every annotation you make and exported with it.',
    cancel: 'Cancel',
    save: 'Save preferences',
  },
  // Larger areas keep their strings in parts/ (one file per area and language).
  ...namesEn,
  ...libraryEn,
  ...intakeEn,
  ...backupsEn,
  ...messagesEn,
  ...statisticsEn,
  ...agreementEn,
  ...annotationsEn,
  ...linkedEn,
  ...reasonsEn,
  ...resizeEn,
  ...eventsEn,
  ...suggestionsEn,
  ...datasetsEn,
  ...placesEn,
  ...codingEn,
  ...projectsEn,
  ...storageErrorsEn,
} as const;

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Widen<T> = {
  -readonly [K in keyof T as K extends `${string}_${PluralForm}` ? never : K]: T[K] extends string
    ? string
    : Widen<T[K]>;
} & {
  // A counted phrase ("x_one", "x_other" in English) takes the other language's own plural forms (Arabic has
  // six); which ones it must have is checked against Intl.PluralRules by the catalogue test.
  -readonly [K in keyof T as K extends `${infer Base}_other` ? `${Base}_${PluralForm}` : never]?: string;
};
/** A catalogue in another language: the same keys, any strings; counted phrases in its own plural forms. */
export type Catalogue = Widen<typeof en>;
