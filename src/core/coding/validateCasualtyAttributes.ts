/**
 * Whether casualty attributes can be stored: the checks a researcher's edit (and an imported file) must pass,
 * each with a message that says which field and why, so the side panel can show it next to the control.
 */
import type {
  CasualtyAttributes,
  CasualtyCategory,
  CasualtyPrecision,
  CasualtyVictims,
} from './casualtyAttributes';

export const CASUALTY_PRECISIONS: readonly { key: CasualtyPrecision; name: string }[] = [
  { key: 'exact', name: 'Exact' },
  { key: 'at_least', name: 'At least' },
  { key: 'at_most', name: 'At most' },
  { key: 'approximate', name: 'Approximate' },
];

export const CASUALTY_CATEGORIES: readonly { key: CasualtyCategory; name: string }[] = [
  { key: 'killed', name: 'Killed' },
  { key: 'injured', name: 'Injured' },
  { key: 'detained', name: 'Detained' },
  { key: 'missing', name: 'Missing' },
  { key: 'displaced', name: 'Displaced' },
];

export const CASUALTY_VICTIMS: readonly { key: CasualtyVictims; name: string }[] = [
  { key: 'civilians', name: 'Civilians' },
  { key: 'combatants', name: 'Combatants' },
  { key: 'unknown', name: 'Unknown' },
];

export type CasualtyField =
  | 'value'
  | 'low'
  | 'best'
  | 'high'
  | 'precision'
  | 'category'
  | 'victims'
  | 'proposed';

export interface AttributeProblem {
  /** The field the message is about (the range as a whole is reported on "best"). */
  field: CasualtyField;
  message: string;
}

const FIGURES = ['value', 'low', 'best', 'high'] as const;
const FIGURE_NAMES: Record<(typeof FIGURES)[number], string> = {
  value: 'The value',
  low: 'The low figure',
  best: 'The best figure',
  high: 'The high figure',
};
const KNOWN_KEYS = new Set<string>([...FIGURES, 'precision', 'category', 'victims', 'proposed']);

/**
 * Every problem with `attributes` (an empty list when they can be stored). A figure is optional (an article may
 * give none: "an unknown number"); when given it is one `value`, or a range with all of low ≤ best ≤ high, never
 * both; figures are whole numbers ≥ 0 (people are counted); precision, category and victims are known keys.
 * Takes `unknown` so an imported object is checked the same way as an edit.
 */
export function validateCasualtyAttributes(attributes: unknown): AttributeProblem[] {
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
    return [{ field: 'value', message: 'The attributes are not an object.' }];
  }
  const record = attributes as Record<string, unknown>;
  const problems: AttributeProblem[] = [];
  for (const field of FIGURES) {
    const figure = record[field];
    if (figure === undefined) continue;
    if (typeof figure !== 'number' || !Number.isSafeInteger(figure) || figure < 0) {
      problems.push({ field, message: `${FIGURE_NAMES[field]} must be a whole number, 0 or more.` });
    }
  }
  const range = (['low', 'best', 'high'] as const).filter((field) => record[field] !== undefined);
  if (record.value !== undefined && range.length > 0) {
    problems.push({ field: 'value', message: 'Give either one value or a low/best/high range, not both.' });
  }
  if (range.length > 0 && range.length < 3) {
    const missing = (['low', 'best', 'high'] as const).filter((field) => record[field] === undefined);
    for (const field of missing) {
      problems.push({
        field,
        message: `${FIGURE_NAMES[field]} is missing: a range needs low, best and high.`,
      });
    }
  }
  const { low, best, high } = record;
  if (typeof low === 'number' && typeof best === 'number' && low > best) {
    problems.push({ field: 'best', message: `The best figure (${best}) is below the low figure (${low}).` });
  }
  if (typeof best === 'number' && typeof high === 'number' && best > high) {
    problems.push({
      field: 'best',
      message: `The best figure (${best}) is above the high figure (${high}).`,
    });
  }
  if (!CASUALTY_PRECISIONS.some((entry) => entry.key === record.precision)) {
    problems.push({
      field: 'precision',
      message: `The precision must be one of ${CASUALTY_PRECISIONS.map((entry) => entry.key).join(', ')}.`,
    });
  }
  if (record.category !== undefined && !CASUALTY_CATEGORIES.some((entry) => entry.key === record.category)) {
    problems.push({
      field: 'category',
      message: `The category must be one of ${CASUALTY_CATEGORIES.map((entry) => entry.key).join(', ')}.`,
    });
  }
  if (record.victims !== undefined && !CASUALTY_VICTIMS.some((entry) => entry.key === record.victims)) {
    problems.push({
      field: 'victims',
      message: `The victims must be one of ${CASUALTY_VICTIMS.map((entry) => entry.key).join(', ')}.`,
    });
  }
  if (typeof record.proposed !== 'boolean') {
    problems.push({ field: 'proposed', message: '"proposed" must be true or false.' });
  }
  const unknown = Object.keys(record).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) {
    problems.push({ field: 'value', message: `Unknown attribute fields: ${unknown.join(', ')}.` });
  }
  return problems;
}

/** True when the attributes pass validateCasualtyAttributes (narrows an imported value). */
export function isValidCasualtyAttributes(attributes: unknown): attributes is CasualtyAttributes {
  return validateCasualtyAttributes(attributes).length === 0;
}
