/** Events: reading casualty counts, and matching Arabic and English phrases in articles. */
export * from './arabicMatch';
export * from './casualtyReading';
export { readCasualtyCount } from './readCount';
export { VAGUE_QUANTITY_RULES } from './vagueQuantities';
