import { normalizeForMatch } from '../events/matchFold';
import { byCountThenName, type StatisticsInput, type StatsSpan } from './statisticsInput';

/** One actor or place and how often it is annotated. */
export interface MentionCount {
  /** "actor:<id>" / "place:<id>" for a registry entry, "text:<folded text>" for unlinked spans. */
  key: string;
  /** The registry name, or the most frequent spelling among the unlinked spans grouped here. */
  name: string;
  /** The registry id when the row is a linked actor or place. */
  id: string | null;
  count: number;
  documents: number;
}

/**
 * Top actors (spans labelled actor) or places (spans labelled place), most annotated first. A span linked to a
 * registry entry counts for that entry, whatever its wording ("قسد", "قوات سوريا الديمقراطية", "SDF" are one
 * actor once linked); an unlinked span, or one linked to an entry no longer in the registry, counts by its
 * text folded for matching (matchFold: hamza seats, ta marbuta, diacritics, tatweel, case), so "الرقة" and
 * "الرقّة" are one row. Every row is returned; a chart shows the first few.
 */
export function topMentions(input: StatisticsInput, kind: 'actor' | 'place'): MentionCount[] {
  const registry = new Map<string, string>(
    (kind === 'actor' ? (input.actors ?? []) : (input.places ?? [])).map((entry) => [entry.id, entry.name]),
  );
  const rows = new Map<
    string,
    {
      id: string | null;
      name: string | null;
      count: number;
      docs: Set<string>;
      spellings: Map<string, number>;
    }
  >();
  // The same few names are annotated thousands of times: fold each distinct text once.
  const folded = new Map<string, string>();
  for (const span of input.spans) {
    if (span.label !== kind) continue;
    const linkedId = kind === 'actor' ? span.actorId : span.placeId;
    const linked = linkedId !== undefined && registry.has(linkedId) ? linkedId : null;
    let textKey = linked === null ? folded.get(span.text) : '';
    if (textKey === undefined) {
      textKey = foldedKey(span);
      folded.set(span.text, textKey);
    }
    const key = linked !== null ? `${kind}:${linked}` : `text:${textKey}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        id: linked,
        name: linked !== null ? (registry.get(linked) as string) : null,
        count: 0,
        docs: new Set(),
        spellings: new Map(),
      };
      rows.set(key, row);
    }
    row.count++;
    row.docs.add(span.docId);
    if (linked === null) {
      const spelling = span.text.trim();
      row.spellings.set(spelling, (row.spellings.get(spelling) ?? 0) + 1);
    }
  }
  return [...rows]
    .map(([key, row]) => ({
      key,
      name: row.name ?? mostFrequent(row.spellings),
      id: row.id,
      count: row.count,
      documents: row.docs.size,
    }))
    .sort(byCountThenName);
}

function foldedKey(span: StatsSpan): string {
  // Text that folds to nothing (only marks or invisible characters) is grouped as written.
  return normalizeForMatch(span.text).trim() || span.text;
}

/** The spelling written most often; ties go to the first in code unit order, so the name is stable. */
function mostFrequent(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of spellings) {
    if (count > bestCount || (count === bestCount && spelling < best)) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}
