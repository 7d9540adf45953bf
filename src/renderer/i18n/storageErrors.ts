import type { TFunction } from 'i18next';
import { STORAGE_ACTIONS, type StorageAction } from '../storage/storageActions';
import { StorageError } from '../storage/storageError';
import { translateRefusal } from './coreReasons';

/**
 * Storage explains its failures in English (its messages are tested and logged as they are), and gives a failed
 * transaction's action and problem as codes (StorageError.failure): the interface says them from the catalogue
 * (storageErrors.*) in its own language. The fixed refusals storage writes are recognised by their text, an
 * actor's refusal by coreReasons; any other message is shown as it is rather than lost.
 */
type Params = Record<string, string | number>;
const translate = (t: TFunction, key: string, params: Params = {}) =>
  // The keys are built from codes the catalogue's type checks (storageErrors.en.ts), not spelled out for t.
  (t as unknown as (key: string, params: Params) => string)(`storageErrors.${key}`, params);

/** Storage's fixed refusals (their English text, as storage writes it) and their catalogue keys. */
export const FIXED_STORAGE_MESSAGES: Readonly<Record<string, string>> = {
  'The document no longer exists. Nothing was saved.': 'documentGone',
  'The annotation no longer exists. Nothing was saved.': 'annotationGone',
  'The actor no longer exists. Nothing was saved.': 'actorGone',
  'The project no longer exists. Nothing was changed.': 'projectGone',
  'The only project cannot be deleted. Nothing was changed.': 'onlyProject',
  'A project needs a name. Nothing was changed.': 'projectNeedsName',
  'The import was cancelled. Nothing was saved.': 'importCancelled',
  'The export was cancelled. Nothing was saved.': 'exportCancelled',
  'The project no longer exists. Nothing was saved.': 'projectGoneUnsaved',
  'The label no longer exists. Nothing was changed.': 'labelGone',
  'Could not save the place: it needs a name. Nothing was saved.': 'placeNeedsName',
  'Could not create the event: choose at least one annotation of this document. Nothing was saved.':
    'eventNeedsAnnotation',
  'Could not create the event: an annotation no longer exists. Nothing was saved.': 'eventAnnotationGone',
  'That actor is no longer in the registry. Nothing was saved.': 'actorNotInRegistry',
  'That place is no longer in the library. Nothing was saved.': 'placeNotInLibrary',
  'Could not change the label: the annotation no longer exists.': 'relabelGone',
  'Could not resize the annotation: it no longer exists.': 'resizeGone',
  'Could not save the event: it no longer exists.': 'eventGone',
  'The label to move the annotations to does not exist. Nothing was changed.': 'moveToLabelGone',
};

/** An action as the interface says it; the name or the count of the two open-ended actions is kept. */
export function storageActionName(t: TFunction, action: StorageAction): string {
  if (Object.hasOwn(STORAGE_ACTIONS, action))
    return translate(t, `actions.${STORAGE_ACTIONS[action as keyof typeof STORAGE_ACTIONS]}`);
  const named = /^save “(.*)”$/s.exec(action);
  if (named) return translate(t, 'actions.saveNamed', { name: named[1] ?? '' });
  const count = /^import (\d+) documents?$/.exec(action);
  if (count) return translate(t, 'actions.importDocuments', { count: Number(count[1]) });
  return action;
}

/** An error's message in the interface language where storage (or core, through it) is known to write it. */
export function translateError(t: TFunction, error: unknown): string {
  if (error instanceof StorageError && error.failure) {
    const { action, problem, detail } = error.failure;
    return translate(t, 'failed', {
      action: storageActionName(t, action),
      reason: problem === 'other' ? detail : translate(t, `problems.${problem}`),
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  if (Object.hasOwn(FIXED_STORAGE_MESSAGES, message))
    return translate(t, FIXED_STORAGE_MESSAGES[message] as string);
  return translateRefusal(t, error);
}
