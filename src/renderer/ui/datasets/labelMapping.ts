import { LABELS, type LabelDefinition, type LabelKey } from '../../../core/labels';

/** The choice "add as a new label" of the project (not a label key: keys are [a-z0-9_]). */
export const NEW_LABEL = '+new';

/**
 * Where each label found in an imported dataset goes: one of the project's labels, a new label of the project
 * (NEW_LABEL), or nowhere (skipped).
 */
export type LabelMapping = Record<string, LabelKey | typeof NEW_LABEL | null>;

// Common NER tag sets (CoNLL, OntoNotes, ANERcorp, Wojood…) and their nearest Spanlight label. Only a
// default: the researcher sees every mapping before anything is imported.
const ACTOR_TAGS = new Set([
  'per',
  'person',
  'pers',
  'org',
  'organization',
  'organisation',
  'norp',
  'group',
  'actor',
]);
const PLACE_TAGS = new Set(['loc', 'location', 'gpe', 'fac', 'facility', 'place', 'city', 'country']);
const COUNT_TAGS = new Set(['casualty_count', 'casualties', 'count', 'quantity', 'cardinal', 'fatalities']);

/**
 * The default mapping: a label the project has (by key or name) to itself, common NER tags to the nearest built-in
 * the project has, a label the file's own table declares (a Spanlight JSON file of another project) to a new label,
 * anything else left out.
 */
export function guessLabelMapping(
  labels: readonly string[],
  schema: readonly LabelDefinition[] = LABELS,
  declared: ReadonlySet<string> = new Set(),
): LabelMapping {
  const mapping: LabelMapping = {};
  const has = (key: string) => schema.some((label) => label.key === key);
  for (const label of labels) {
    const key = label
      .trim()
      .toLowerCase()
      .replace(/^[bi]-/, '');
    const ours = schema.find((candidate) => candidate.key === key || candidate.name.toLowerCase() === key);
    if (ours) mapping[label] = ours.key;
    else if (declared.has(label)) mapping[label] = NEW_LABEL;
    else if (ACTOR_TAGS.has(key) && has('actor')) mapping[label] = 'actor';
    else if (PLACE_TAGS.has(key) && has('place')) mapping[label] = 'place';
    else if (COUNT_TAGS.has(key) && has('casualty_count')) mapping[label] = 'casualty_count';
    else mapping[label] = null;
  }
  return mapping;
}
