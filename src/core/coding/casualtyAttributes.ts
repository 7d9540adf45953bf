import type {
  CasualtyCategory,
  CasualtyPrecision,
  CasualtyReading,
  CasualtyVictims,
} from '../events/casualtyReading';

/**
 * The coded figure of a span labelled "casualty count", as ACLED and UCDP code fatalities: one `value`, or a
 * range `low`/`best`/`high`. Proposed by the number reader when the span is tagged; `proposed` turns false the
 * first time the researcher edits it, so a later re-reading never overwrites their choice.
 */
export interface CasualtyAttributes {
  value?: number;
  low?: number;
  best?: number;
  high?: number;
  precision: CasualtyPrecision;
  category?: CasualtyCategory;
  victims?: CasualtyVictims;
  proposed: boolean;
}

export type { CasualtyCategory, CasualtyPrecision, CasualtyReading, CasualtyVictims };
