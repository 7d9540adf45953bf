/** Library statistics: counts per label, actor, place, month and annotator, and their CSV. */
export * from './annotationsOverTime';
export * from './annotatorCounts';
export * from './labelCounts';
export * from './libraryStatistics';
export * from './publicationDate';
export * from './statisticsCsv';
export * from './statisticsInput';
export * from './topMentions';
