/** "Backups…": the list, restoring, and what is said when the library looks smaller than at its last save. */
export const backupsEn = {
  backups: {
    heading: 'Backups',
    scheduled: 'automatic',
    'before-import': 'before an import',
    'before-upgrade': 'before an upgrade',
    'before-delete-project': 'before deleting a project',
    manual: 'by hand',
    loss: 'The library holds {{documents}} documents and {{spans}} annotations, but at its last save ({{when}}) it held {{savedDocuments}} documents and {{savedSpans}} annotations. The database may have been lost or damaged.',
    restoreNewest: 'Restore the newest backup below?',
    noneFound: 'No backup was found.',
    unavailable:
      'Backups are not available in this browser. Use “Export JSON” regularly to keep a copy of your work.',
    keptIn:
      'Backups are kept in {{where}}: the newest twenty, taken every few minutes while you work, before every import and before a project is deleted.',
    replace: 'Replace the whole library with the backup of {{when}}? Work done since then will be lost.',
    replaceCounted:
      'Replace the whole library with the backup of {{when}} ({{documents}} documents, {{spans}} annotations)? Work done since then will be lost.',
    cancel: 'Cancel',
    replaceLibrary: 'Replace the library',
    list: 'Backups',
    counts: '{{documents}} documents, {{spans}} annotations',
    restore: 'Restore',
    none: 'No backups yet.',
    backUpNow: 'Back up now',
    keepLibrary: 'Keep the library as it is',
    close: 'Close',
  },
} as const;
