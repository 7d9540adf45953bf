/**
 * A label's stable key: written in every export and stored on every span. The three built-ins keep theirs
 * ('actor', 'place', 'casualty_count'); a project's own labels get keys of [a-z0-9_] (projects/labelSchema.ts).
 * Event coding (casualty figures, actor and place links, suggestions) stays tied to the three built-in keys.
 */
export type LabelKey = string;

/** Each label has its own underline style so colour is never the only cue. */
export const UNDERLINE_STYLES = ['solid', 'dotted', 'double', 'dashed', 'wavy'] as const;
export type UnderlineStyle = (typeof UNDERLINE_STYLES)[number];

export interface LabelDefinition {
  key: LabelKey;
  /** Shown in the interface and used as the button's accessible name. */
  name: string;
  /** The key that applies the label to the current selection (1–9, then letters: see projects/labelSchema.ts). */
  shortcut: string;
  /**
   * #rrggbb, used as a translucent background under dark text. The built-ins are Okabe–Ito colours
   * (distinguishable with the common colour-vision deficiencies); new labels take the rest of that palette.
   */
  color: string;
  underline: UnderlineStyle;
  /** What the label is for: the coding instructions a project gives its annotators. */
  description?: string;
}

/** The labels every new project starts with, in this order. */
export const DEFAULT_LABELS: readonly LabelDefinition[] = [
  { key: 'actor', name: 'Actor', shortcut: '1', color: '#56B4E9', underline: 'solid' },
  { key: 'place', name: 'Place', shortcut: '2', color: '#E69F00', underline: 'dotted' },
  { key: 'casualty_count', name: 'Casualty count', shortcut: '3', color: '#CC79A7', underline: 'double' },
];

/** The built-in labels (the defaults): what code that does not know the project (the command line) uses. */
export const LABELS = DEFAULT_LABELS;

/** True for the three built-in keys, whose spans carry event coding. */
export function isLabelKey(value: unknown): value is LabelKey {
  return LABELS.some((label) => label.key === value);
}

export function labelByKey(key: LabelKey, labels: readonly LabelDefinition[] = LABELS): LabelDefinition {
  const label = labels.find((candidate) => candidate.key === key);
  if (!label) throw new Error(`Unknown label ${key}`);
  return label;
}

export function labelByShortcut(
  shortcut: string,
  labels: readonly LabelDefinition[] = LABELS,
): LabelDefinition | undefined {
  // Letters are matched whatever the case (Shift or Caps Lock must not change the label).
  const pressed = shortcut.length === 1 ? shortcut.toLowerCase() : shortcut;
  return labels.find((label) => label.shortcut === pressed);
}
