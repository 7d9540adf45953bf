import { LABELS } from '../labels';
import { type AnnotationsOverTime, annotationsOverTime } from './annotationsOverTime';
import { type AnnotatorCount, countByAnnotator } from './annotatorCounts';
import { countByLabel, type LabelCount } from './labelCounts';
import type { StatisticsInput, StatsLabel } from './statisticsInput';
import { type MentionCount, topMentions } from './topMentions';

/** Every table of the Statistics dialog, computed in one pass over the library. */
export interface LibraryStatistics {
  documents: number;
  annotations: number;
  labels: LabelCount[];
  actors: MentionCount[];
  places: MentionCount[];
  overTime: AnnotationsOverTime;
  annotators: AnnotatorCount[];
}

export function libraryStatistics(
  input: StatisticsInput,
  labels: readonly StatsLabel[] = LABELS,
): LibraryStatistics {
  return {
    documents: input.documents.length,
    annotations: input.spans.length,
    labels: countByLabel(input.spans, labels),
    actors: topMentions(input, 'actor'),
    places: topMentions(input, 'place'),
    overTime: annotationsOverTime(input),
    annotators: countByAnnotator(input.spans),
  };
}
