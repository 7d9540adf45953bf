/**
 * The side panel's form for casualty attributes, as text fields and choices, and its conversion to and from
 * the stored attributes. A researcher may type Arabic-Indic digits (٣٤, ۳۴) and thousands separators
 * (1,046, ١٬٠٤٦): they read as the number they write. Pure, so the round trip is property-tested.
 */
import type {
  CasualtyAttributes,
  CasualtyCategory,
  CasualtyPrecision,
  CasualtyVictims,
} from './casualtyAttributes';
import type { AttributeProblem } from './validateCasualtyAttributes';
import { validateCasualtyAttributes } from './validateCasualtyAttributes';

export interface CasualtyDraft {
  value: string;
  low: string;
  best: string;
  high: string;
  precision: CasualtyPrecision;
  /** '' for none. */
  category: CasualtyCategory | '';
  victims: CasualtyVictims | '';
}

const FIGURES = ['value', 'low', 'best', 'high'] as const;
const DIGIT_SETS = ['٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'];
/** Thousands separators a figure may be typed with: comma, Arabic thousands separator, spaces, apostrophe. */
const SEPARATORS = /[,٬\s\u00A0\u202F'’]/g;

/** A typed figure: undefined when empty, NaN when it is not a whole number (validation then says so). */
export function parseFigure(typed: string): number | undefined {
  let ascii = '';
  for (const char of typed.trim()) {
    const set = DIGIT_SETS.find((digits) => digits.includes(char));
    ascii += set ? String(set.indexOf(char)) : char;
  }
  ascii = ascii.replace(SEPARATORS, '');
  if (ascii === '') return undefined;
  return /^\d+$/.test(ascii) ? Number(ascii) : Number.NaN;
}

export function draftFromAttributes(attributes: CasualtyAttributes | undefined): CasualtyDraft {
  const figure = (value: number | undefined) => (value === undefined ? '' : String(value));
  return {
    value: figure(attributes?.value),
    low: figure(attributes?.low),
    best: figure(attributes?.best),
    high: figure(attributes?.high),
    precision: attributes?.precision ?? 'exact',
    category: attributes?.category ?? '',
    victims: attributes?.victims ?? '',
  };
}

/** The attributes a draft stands for (not yet validated; `proposed` is the store's to set). */
export function attributesFromDraft(draft: CasualtyDraft): Omit<CasualtyAttributes, 'proposed'> {
  const attributes: Omit<CasualtyAttributes, 'proposed'> = { precision: draft.precision };
  for (const field of FIGURES) {
    const figure = parseFigure(draft[field]);
    if (figure !== undefined) attributes[field] = figure;
  }
  if (draft.category) attributes.category = draft.category;
  if (draft.victims) attributes.victims = draft.victims;
  return attributes;
}

/** What is wrong with a draft, by field ("proposed" is not the draft's concern). */
export function draftProblems(draft: CasualtyDraft): AttributeProblem[] {
  return validateCasualtyAttributes({ ...attributesFromDraft(draft), proposed: false });
}
