/**
 * The matching fold as matchFold.ts defines it, written the plain way (a string per code point, regular
 * expressions for white space and invisible controls), as the oracle for the optimized foldWithOffsets. The fold
 * of one code point is taken from foldWithOffsets itself on that code point alone: what this checks is how the
 * code points are walked and composed (white space runs, و/ي + hamza above, surrogate pairs, the offset map).
 */
import { type FoldedText, foldWithOffsets } from '../../../../src/core/events/matchFold';

const INVISIBLE = /^[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]$/;
const WHITE_SPACE = /^\s$/;
const foldOne = (codePoint: string) => foldWithOffsets(codePoint).folded;

export function referenceFoldWithOffsets(original: string, collapseWhitespace: boolean): FoldedText {
  let folded = '';
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  const emit = (piece: string, start: number, end: number) => {
    folded += piece;
    for (let unit = 0; unit < piece.length; unit++) {
      sourceStart.push(start);
      sourceEnd.push(end);
    }
  };
  let index = 0;
  while (index < original.length) {
    const codePoint = String.fromCodePoint(original.codePointAt(index) ?? 0);
    const end = index + codePoint.length;
    if (collapseWhitespace && WHITE_SPACE.test(codePoint) && !INVISIBLE.test(codePoint)) {
      let runEnd = end;
      while (runEnd < original.length) {
        const next = String.fromCodePoint(original.codePointAt(runEnd) ?? 0);
        if (!WHITE_SPACE.test(next) && foldOne(next) !== '') break;
        runEnd += next.length;
      }
      emit(' ', index, runEnd);
      index = runEnd;
      continue;
    }
    if ((codePoint === 'و' || codePoint === 'ي' || codePoint === 'ى') && original[end] === '\u0654') {
      emit('ء', index, end + 1);
      index = end + 1;
      continue;
    }
    emit(foldOne(codePoint), index, end);
    index = end;
  }
  return { original, folded, sourceStart, sourceEnd };
}
