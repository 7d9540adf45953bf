import { LABELS, type LabelKey } from '../../../core/labels';

/** Where each label found in an imported dataset goes: one of Spanlight's labels, or nowhere (skipped). */
export type LabelMapping = Record<string, LabelKey | null>;

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

export function guessLabelMapping(labels: readonly string[]): LabelMapping {
  const mapping: LabelMapping = {};
  for (const label of labels) {
    const key = label
      .trim()
      .toLowerCase()
      .replace(/^[bi]-/, '');
    const ours = LABELS.find((candidate) => candidate.key === key || candidate.name.toLowerCase() === key);
    if (ours) mapping[label] = ours.key;
    else if (ACTOR_TAGS.has(key)) mapping[label] = 'actor';
    else if (PLACE_TAGS.has(key)) mapping[label] = 'place';
    else if (COUNT_TAGS.has(key)) mapping[label] = 'casualty_count';
    else mapping[label] = null;
  }
  return mapping;
}
