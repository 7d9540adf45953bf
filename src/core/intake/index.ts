// The intake: from a file's bytes to document drafts. One concept per file; this is the public surface
// (binarySniff, utf8 and arabicEncodingGuess are decodeText's internals).
export * from './csv';
export * from './csvDates';
export * from './decodeText';
export * from './detectKind';
export * from './jsonl';
export * from './markdown';
export * from './types';
