/**
 * Vague quantities ("dozens", "عشرات", "hundreds") become figures by a rule table, not by code, so a project can
 * replace it (readCasualtyCount's `vagueRules` option) and a reader of an export can see which rule produced a
 * number (`vague.rule`).
 *
 * ACLED's rule (codebook and FAQ "How does ACLED code fatalities?"): when reports give "tens", "dozens" or
 * "hundreds", code 10, 12 and 100, "and so on": the most conservative figure the words allow. The multiples
 * of thousands below extend that "and so on" the same way. Arabic عشرات is literally "tens", but English
 * reporting renders it "dozens", and coders of Arabic sources code it as dozens: 12.
 * The figures are floors, hence precision 'at_least'; "a few" and "a couple" are estimates, hence 'approximate'.
 * Rows marked "Spanlight" are this tool's own choices, not ACLED's: edit them freely.
 */
import type { VagueQuantityRule } from './casualtyReading';

export const VAGUE_QUANTITY_RULES: readonly VagueQuantityRule[] = Object.freeze(
  [
    {
      id: 'tens',
      phrases: ['tens'],
      value: 10,
      precision: 'at_least',
      source: 'ACLED: "tens" → 10',
    },
    {
      id: 'dozens',
      phrases: ['dozens', 'عشرات'],
      value: 12,
      precision: 'at_least',
      source: 'ACLED: "dozens" → 12 (عشرات is reported in English as "dozens")',
    },
    {
      id: 'scores',
      phrases: ['scores'],
      value: 20,
      precision: 'at_least',
      source: 'Spanlight: a score is twenty; "scores" → 20, in the spirit of ACLED\'s "dozens" → 12',
    },
    {
      id: 'hundreds',
      phrases: ['hundreds', 'مئات'],
      value: 100,
      precision: 'at_least',
      source: 'ACLED: "hundreds" → 100',
    },
    {
      id: 'thousands',
      phrases: ['thousands', 'آلاف', 'ألوف'],
      value: 1000,
      precision: 'at_least',
      source: 'ACLED: "and so on" → 1000',
    },
    {
      id: 'tens_of_thousands',
      phrases: ['tens of thousands', 'عشرات الآلاف', 'عشرات آلاف'],
      value: 10_000,
      precision: 'at_least',
      source: 'ACLED: "and so on" → 10000',
    },
    {
      id: 'hundreds_of_thousands',
      phrases: ['hundreds of thousands', 'مئات الآلاف', 'مئات آلاف'],
      value: 100_000,
      precision: 'at_least',
      source: 'ACLED: "and so on" → 100000',
    },
    {
      id: 'millions',
      phrases: ['millions', 'ملايين'],
      value: 1_000_000,
      precision: 'at_least',
      source: 'ACLED: "and so on" → 1000000',
    },
    {
      id: 'several',
      phrases: ['several', 'many', 'numerous', 'a number of', 'عدة', 'العديد', 'عدد من'],
      value: 3,
      precision: 'at_least',
      source: 'Spanlight: the smallest count these words can mean (an Arabic plural is three or more)',
    },
    {
      id: 'a_few',
      phrases: ['a few', 'a handful of', 'بضعة', 'بضع'],
      value: 3,
      precision: 'approximate',
      source: 'Spanlight: "a few" read as about three',
    },
    {
      id: 'a_couple',
      phrases: ['a couple of', 'a couple'],
      value: 2,
      precision: 'approximate',
      source: 'Spanlight: "a couple" read as about two',
    },
  ].map((rule) => Object.freeze({ ...rule, phrases: Object.freeze(rule.phrases) })) as VagueQuantityRule[],
);
