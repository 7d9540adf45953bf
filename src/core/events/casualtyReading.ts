/**
 * What the number reader proposes for a span tagged "Casualty count": the attributes ACLED and UCDP code for
 * fatalities (and, for the other categories, the same shape). A proposal only: the researcher edits it.
 */

/** How the text states the figure. */
export type CasualtyPrecision = 'exact' | 'at_least' | 'at_most' | 'approximate';

export type CasualtyCategory = 'killed' | 'injured' | 'detained' | 'missing' | 'displaced';

/** UCDP splits deaths by side: civilians, combatants (either side), and unknown. */
export type CasualtyVictims = 'civilians' | 'combatants' | 'unknown';

export interface CasualtyReading {
  /**
   * The figure, when the text gives one ("34", "أكثر من 20", "dozens" → 12). Absent for a range, which sets
   * low/best/high instead.
   */
  value?: number;
  /** A range ("between 10 and 15", "من 10 إلى 15", "10-15"): its ends and the best estimate (see rangeBest). */
  low?: number;
  best?: number;
  high?: number;
  precision: CasualtyPrecision;
  /** Set when the figure came from a vague quantity: the phrase as written and the id of the rule applied. */
  vague?: { phrase: string; rule: string };
  category?: CasualtyCategory;
  /**
   * Set only when a word says so: civilians (مدنيين، children…), combatants (عناصر، fighters…), or unknown
   * for the generic "people" / أشخاص. Absent when nothing is said.
   */
  victims?: CasualtyVictims;
  /** The words that decided, as written in the span or its context. */
  evidence: string[];
}

/** How a vague quantity becomes a figure. The table is data: see VAGUE_QUANTITY_RULES. */
export interface VagueQuantityRule {
  /** Stable id, reported in `CasualtyReading.vague.rule`. */
  readonly id: string;
  /** Phrases as written in an article (matched after normalizeForMatch; Arabic ones also with proclitics). */
  readonly phrases: readonly string[];
  readonly value: number;
  readonly precision: CasualtyPrecision;
  /** Where the figure comes from (ACLED's codebook, or Spanlight's own documented choice). */
  readonly source: string;
}

export interface ReadCountOptions {
  /** Replaces VAGUE_QUANTITY_RULES (e.g. a project's own conventions). */
  readonly vagueRules?: readonly VagueQuantityRule[];
  /**
   * The best estimate of a range: 'low' (default: the conservative figure, as ACLED codes disputed or vague
   * reports), 'midpoint' (rounded half up) or 'high'.
   */
  readonly rangeBest?: 'low' | 'midpoint' | 'high';
}
