export type LabelKey = 'actor' | 'place' | 'casualty_count';

export interface LabelDefinition {
  key: LabelKey;
  /** Shown in the interface and used as the button's accessible name. */
  name: string;
  /** The key that applies the label to the current selection. */
  shortcut: string;
  /**
   * Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), used as a translucent
   * background under dark text; each label also has its own underline style so colour is never the only cue.
   */
  color: string;
  underline: 'solid' | 'dotted' | 'double';
}

export const LABELS: readonly LabelDefinition[] = [
  { key: 'actor', name: 'Actor', shortcut: '1', color: '#56B4E9', underline: 'solid' },
  { key: 'place', name: 'Place', shortcut: '2', color: '#E69F00', underline: 'dotted' },
  { key: 'casualty_count', name: 'Casualty count', shortcut: '3', color: '#CC79A7', underline: 'double' },
];

export function isLabelKey(value: unknown): value is LabelKey {
  return LABELS.some((label) => label.key === value);
}

export function labelByKey(key: LabelKey): LabelDefinition {
  const label = LABELS.find((candidate) => candidate.key === key);
  if (!label) throw new Error(`Unknown label ${key}`);
  return label;
}

export function labelByShortcut(shortcut: string): LabelDefinition | undefined {
  return LABELS.find((label) => label.shortcut === shortcut);
}
