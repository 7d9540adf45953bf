/**
 * Every action a storage failure names ("Could not <action>: <reason>. Nothing was saved."), with the key the
 * interface translates it by (i18n/parts/storageErrors.*). The transaction helpers take only these actions, so a
 * new action fails the type check until it has a key, and the catalogue's type asks for every key.
 */
export const STORAGE_ACTIONS = {
  'change the label': 'changeLabel',
  'change the status': 'changeStatus',
  'clear the library': 'clearLibrary',
  'count the annotations': 'countAnnotations',
  'count the library': 'countLibrary',
  'count the linked annotations': 'countLinkedAnnotations',
  'create the actor': 'createActor',
  'create the event': 'createEvent',
  'create the project': 'createProject',
  'delete the actor': 'deleteActor',
  'delete the annotation': 'deleteAnnotation',
  'delete the document': 'deleteDocument',
  'delete the event': 'deleteEvent',
  'delete the label': 'deleteLabel',
  'delete the project': 'deleteProject',
  'find the linked annotations': 'findLinkedAnnotations',
  'index the library for search': 'indexLibrary',
  'link the actor': 'linkActor',
  'link the place': 'linkPlace',
  'list the documents': 'listDocuments',
  'load the actor': 'loadActor',
  'load the actors': 'loadActors',
  'load the annotations': 'loadAnnotations',
  'load the events': 'loadEvents',
  'load the linked names': 'loadLinkedNames',
  'load the map': 'loadMap',
  'load the place': 'loadPlace',
  'load the places': 'loadPlaces',
  'load the project': 'loadProject',
  'load the projects': 'loadProjects',
  'open the document': 'openDocument',
  'read the events': 'readEvents',
  'read the library': 'readLibrary',
  redo: 'redo',
  'rename the project': 'renameProject',
  'resize the annotation': 'resizeAnnotation',
  'restore the backup': 'restoreBackup',
  'save the actor': 'saveActor',
  'save the annotation': 'saveAnnotation',
  'save the curated annotations': 'saveCuratedAnnotations',
  'save the details': 'saveDetails',
  'save the event': 'saveEvent',
  'save the figures': 'saveFigures',
  'save the labels': 'saveLabels',
  'save the place': 'savePlace',
  'search the library': 'searchLibrary',
  undo: 'undo',
} as const;

/**
 * What a transaction was doing, in the English its error message says: a fixed action, or saving one named
 * document, or importing several (the interface reads the name and count back out of these two).
 */
export type StorageAction =
  | keyof typeof STORAGE_ACTIONS
  | `save “${string}”`
  | `import ${number} document`
  | `import ${number} documents`;
/** The catalogue key of an action (storageErrors.actions.<key>). */
export type StorageActionKey = (typeof STORAGE_ACTIONS)[keyof typeof STORAGE_ACTIONS];
