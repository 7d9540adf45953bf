/**
 * Markdown the parser cannot read in reasonable time or stack. micromark (under mdast-util-from-markdown) is
 * quadratic in container nesting (lists in lists, quotes in quotes) and in very long runs of emphasis markers,
 * and overflows the stack past a few thousand levels: a 4 KB line of "- - - …" takes seconds, 60 KB of nested
 * lists minutes, which would freeze the app. No article nests that deep, so such input is refused up front, with
 * the line that does it. Columns count characters, a tab as up to the next multiple of 4.
 */

/** Columns of indentation and container markers ("> ", "- ", "1. ") before the last marker of a line. */
export const MAX_CONTAINER_COLUMNS = 100;
/** Longest run of one emphasis marker ("*" or "_"); a separator line of 80 stars is fine. */
export const MAX_EMPHASIS_RUN = 500;

export function markdownLimitProblem(source: string): string | null {
  const lines = source.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (containerColumns(line) > MAX_CONTAINER_COLUMNS) {
      return `line ${index + 1} nests lists or block quotes more deeply than Spanlight can read (over ${MAX_CONTAINER_COLUMNS} columns of markers)`;
    }
    const run = longestEmphasisRun(line);
    if (run > MAX_EMPHASIS_RUN) {
      return `line ${index + 1} has a run of ${run} emphasis markers, more than Spanlight can read`;
    }
  }
  return null;
}

/** Width of the line's leading run of spaces, tabs, ">" and list markers, up to the end of its last marker. */
function containerColumns(line: string): number {
  let column = 0;
  let afterLastMarker = 0;
  let i = 0;
  while (i < line.length) {
    const char = line[i] as string;
    if (char === ' ') {
      column++;
      i++;
    } else if (char === '\t') {
      column += 4 - (column % 4);
      i++;
    } else if (char === '>') {
      column++;
      i++;
      afterLastMarker = column;
    } else {
      const marker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11));
      if (marker === null) break;
      column += marker[0].length;
      i += marker[0].length;
      afterLastMarker = column;
    }
  }
  return afterLastMarker;
}

function longestEmphasisRun(line: string): number {
  let longest = 0;
  let run = 0;
  let previous = '';
  for (const char of line) {
    run =
      (char === '*' || char === '_') && char === previous ? run + 1 : char === '*' || char === '_' ? 1 : 0;
    previous = char;
    if (run > longest) longest = run;
  }
  return longest;
}
