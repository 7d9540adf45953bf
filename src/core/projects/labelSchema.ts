/**
 * Validation of a project's label schema, and the choices made for a new label (key, shortcut, colour, underline).
 * Pure: the dialog and storage both check a schema here before it is saved, so no invalid schema is ever stored.
 * Problems are codes, not sentences: the interface words them in its language.
 */
import { type LabelDefinition, UNDERLINE_STYLES, type UnderlineStyle } from '../labels';

/** A label key as written in exports: lowercase ASCII letters, digits and underscores. */
export const LABEL_KEY_PATTERN = /^[a-z0-9_]{1,40}$/;
export const LABEL_NAME_LIMIT = 60;
export const LABEL_DESCRIPTION_LIMIT = 500;

/**
 * Letters the app already uses without a modifier: a / r accept and reject a focused suggestion, r resizes a span
 * to the selection; z and y are undo and redo (with Ctrl, but a bare z tagging would surprise). Arrow keys, Home,
 * End, Delete, Backspace and Escape are not single characters and cannot be chosen.
 */
export const RESERVED_SHORTCUTS: ReadonlySet<string> = new Set(['a', 'r', 'y', 'z']);

/** The keys a label can take, in the order new labels get them: 1–9 first, then the free letters. */
export const SHORTCUT_CHOICES: readonly string[] = [
  ...'123456789',
  ...[...'bcdefghijklmnopqstuvwx'].filter((letter) => !RESERVED_SHORTCUTS.has(letter)),
];

/**
 * Colours for new labels: the rest of Okabe–Ito, then Paul Tol's muted scheme. Each is shown as a translucent
 * background under the text (light and dark themes) with an underline in its own style, so two labels that a
 * reader cannot tell apart by colour still differ by underline.
 */
export const LABEL_PALETTE: readonly string[] = [
  '#009E73',
  '#0072B2',
  '#D55E00',
  '#F0E442',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
  '#332288',
  '#DDCC77',
];

export type LabelSchemaProblem =
  | 'no-labels'
  | 'bad-key'
  | 'duplicate-key'
  | 'empty-name'
  | 'long-name'
  | 'duplicate-name'
  | 'bad-shortcut'
  | 'duplicate-shortcut'
  | 'bad-color'
  | 'bad-underline'
  | 'long-description'
  | 'unknown-label';

export interface LabelProblem {
  problem: LabelSchemaProblem;
  /** The label concerned, when there is one. */
  key?: string;
}

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Every problem of a schema (empty when it can be saved). */
export function labelSchemaProblems(labels: readonly LabelDefinition[]): LabelProblem[] {
  const problems: LabelProblem[] = [];
  if (labels.length === 0) problems.push({ problem: 'no-labels' });
  const keys = new Set<string>();
  const names = new Set<string>();
  const shortcuts = new Set<string>();
  for (const label of labels) {
    const { key } = label;
    if (typeof key !== 'string' || !LABEL_KEY_PATTERN.test(key)) problems.push({ problem: 'bad-key', key });
    else if (keys.has(key)) problems.push({ problem: 'duplicate-key', key });
    keys.add(key);
    const name = typeof label.name === 'string' ? label.name.trim() : '';
    if (!name) problems.push({ problem: 'empty-name', key });
    else if (name.length > LABEL_NAME_LIMIT) problems.push({ problem: 'long-name', key });
    else if (names.has(name.toLocaleLowerCase())) problems.push({ problem: 'duplicate-name', key });
    names.add(name.toLocaleLowerCase());
    // '' is "no key" (every choice taken): the label is still there on the toolbar.
    if (label.shortcut !== '') {
      if (!SHORTCUT_CHOICES.includes(label.shortcut)) problems.push({ problem: 'bad-shortcut', key });
      else if (shortcuts.has(label.shortcut)) problems.push({ problem: 'duplicate-shortcut', key });
      shortcuts.add(label.shortcut);
    }
    if (typeof label.color !== 'string' || !COLOR.test(label.color))
      problems.push({ problem: 'bad-color', key });
    if (!UNDERLINE_STYLES.includes(label.underline)) problems.push({ problem: 'bad-underline', key });
    if (label.description !== undefined && label.description.length > LABEL_DESCRIPTION_LIMIT)
      problems.push({ problem: 'long-description', key });
  }
  return problems;
}

/**
 * A key for a label named `name`: its Latin letters and digits, lowercased, accents dropped, other runs as "_";
 * "label" when nothing is left (an Arabic name); "_2", "_3"… appended until it is free.
 */
export function keyForName(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 32) || 'label';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** The first shortcut no label of the schema uses; undefined when all are taken. */
export function nextShortcut(labels: readonly LabelDefinition[]): string | undefined {
  const used = new Set(labels.map((label) => label.shortcut));
  return SHORTCUT_CHOICES.find((choice) => !used.has(choice));
}

/** The first palette colour no label uses (compared case-insensitively); cycles when all are used. */
export function nextColor(labels: readonly LabelDefinition[]): string {
  const used = new Set(labels.map((label) => label.color.toUpperCase()));
  return (
    LABEL_PALETTE.find((color) => !used.has(color)) ??
    (LABEL_PALETTE[labels.length % LABEL_PALETTE.length] as string)
  );
}

/**
 * Dashed comes last: a tag being saved is drawn with a dashed underline (pendingHighlights.ts), so a saved label
 * drawn dashed could be taken for one still saving.
 */
const UNDERLINE_ORDER: readonly UnderlineStyle[] = ['solid', 'dotted', 'double', 'wavy', 'dashed'];

/** The underline style fewest labels use (the first of those in UNDERLINE_ORDER). */
export function nextUnderline(labels: readonly LabelDefinition[]): UnderlineStyle {
  const counts = UNDERLINE_ORDER.map((style) => labels.filter((label) => label.underline === style).length);
  const fewest = Math.min(...counts);
  return UNDERLINE_ORDER[counts.indexOf(fewest)] as UnderlineStyle;
}

/**
 * A label definition read from a file's label table (Spanlight JSON "labels"): what it gives, checked field by
 * field; what is missing or invalid is chosen as for a new label of `existing`. Null when it has no usable key.
 */
export function labelFromTable(entry: unknown, existing: readonly LabelDefinition[]): LabelDefinition | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const record = entry as Record<string, unknown>;
  const key = record.key;
  if (typeof key !== 'string' || !LABEL_KEY_PATTERN.test(key)) return null;
  const takenNames = new Set(existing.map((label) => label.name.trim().toLocaleLowerCase()));
  const takenShortcuts = new Set(existing.map((label) => label.shortcut));
  let name = typeof record.name === 'string' ? record.name.trim().slice(0, LABEL_NAME_LIMIT) : '';
  if (!name) name = key;
  // A name already used by another label of the project: the key tells them apart.
  if (takenNames.has(name.toLocaleLowerCase())) name = `${name} (${key})`.slice(0, LABEL_NAME_LIMIT);
  const shortcut =
    typeof record.shortcut === 'string' &&
    SHORTCUT_CHOICES.includes(record.shortcut) &&
    !takenShortcuts.has(record.shortcut)
      ? record.shortcut
      : (nextShortcut(existing) ?? '');
  const color =
    typeof record.color === 'string' && COLOR.test(record.color) ? record.color : nextColor(existing);
  const underline = UNDERLINE_STYLES.includes(record.underline as UnderlineStyle)
    ? (record.underline as UnderlineStyle)
    : nextUnderline(existing);
  const label: LabelDefinition = { key, name, shortcut, color, underline };
  if (typeof record.description === 'string' && record.description.trim())
    label.description = record.description.trim().slice(0, LABEL_DESCRIPTION_LIMIT);
  return label;
}

/**
 * The labels to add to a project's schema so it holds every key in `used`: each taken from the file's table when
 * it is there, else made from the key. Keys the schema has already are left as the project defines them.
 */
export function labelsToAdd(
  schema: readonly LabelDefinition[],
  used: Iterable<string>,
  table: readonly unknown[] = [],
): LabelDefinition[] {
  const added: LabelDefinition[] = [];
  const known = new Set(schema.map((label) => label.key));
  for (const key of used) {
    if (known.has(key) || !LABEL_KEY_PATTERN.test(key)) continue;
    const entry = table.find(
      (item) => typeof item === 'object' && item !== null && (item as { key?: unknown }).key === key,
    ) ?? { key };
    const label = labelFromTable(entry, [...schema, ...added]);
    if (!label) continue;
    added.push(label);
    known.add(key);
  }
  return added;
}
