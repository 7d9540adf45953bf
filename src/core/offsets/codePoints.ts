/**
 * Conversion between UTF-16 code unit offsets (what JavaScript strings, the DOM and IndexedDB use) and
 * Unicode code point offsets (what Python slices count). Only astral characters (surrogate pairs) make the
 * two differ, so an index of their positions answers both directions in O(log n).
 */
export interface CodePointIndex {
  /** UTF-16 offset → code point offset. Throws on an offset that falls inside a surrogate pair. */
  toCodePoint(utf16Offset: number): number;
  /** Code point offset → UTF-16 offset. */
  toUtf16(codePointOffset: number): number;
  readonly utf16Length: number;
  readonly codePointLength: number;
}

export function createCodePointIndex(text: string): CodePointIndex {
  // UTF-16 offsets (code units) of the high surrogate of each well-formed pair, ascending.
  const astralStarts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        astralStarts.push(i);
        i++;
      }
    }
  }
  const utf16Length = text.length;
  const codePointLength = utf16Length - astralStarts.length;

  /** Number of astral starts strictly below a UTF-16 offset. */
  const astralBefore = (utf16Offset: number): number => {
    let lo = 0;
    let hi = astralStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((astralStarts[mid] as number) < utf16Offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    utf16Length,
    codePointLength,
    toCodePoint(utf16Offset) {
      checkRange(utf16Offset, utf16Length, 'UTF-16');
      const before = astralBefore(utf16Offset);
      if (before > 0 && (astralStarts[before - 1] as number) === utf16Offset - 1) {
        throw new RangeError(`UTF-16 offset ${utf16Offset} splits a surrogate pair`);
      }
      return utf16Offset - before;
    },
    toUtf16(codePointOffset) {
      checkRange(codePointOffset, codePointLength, 'code point');
      // Find the number k of astral characters before it: the largest k with astralStarts[k-1] - (k-1) < cp.
      let lo = 0;
      let hi = astralStarts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((astralStarts[mid] as number) - mid < codePointOffset) lo = mid + 1;
        else hi = mid;
      }
      return codePointOffset + lo;
    },
  };
}

function checkRange(offset: number, length: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > length) {
    throw new RangeError(`${unit} offset ${offset} is outside 0..${length}`);
  }
}

/** One-off conversion; use createCodePointIndex when converting many offsets of one text. */
export function utf16ToCodePoint(text: string, utf16Offset: number): number {
  return createCodePointIndex(text).toCodePoint(utf16Offset);
}

export function codePointToUtf16(text: string, codePointOffset: number): number {
  return createCodePointIndex(text).toUtf16(codePointOffset);
}
