/**
 * GitHub-style pipe tables, recognised by hand: the installed parser (mdast-util-from-markdown) is CommonMark
 * only, where a table is an ordinary paragraph of lines with pipes. A paragraph holds a table when one of its
 * lines is a delimiter row ("| --- | :-: |") under a header row with as many cells; every line after it is a row
 * (GFM: a table runs to the end of its block). Cells are split on unescaped pipes; "\|" stays in the cell for
 * the Markdown parser to unescape. Known gap: a delimiter row without a leading pipe that starts with "- " is
 * read by CommonMark as a list item, so that table stays unrecognised.
 */

export interface PipeTable {
  /** Paragraph lines before the header row (GFM lets a table start inside a paragraph). */
  before: string[];
  /** Header row first, then body rows; cell sources with surrounding spaces trimmed. */
  rows: string[][];
}

const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * Finds a table in a paragraph's source lines (container prefixes such as "> " already removed), or null.
 */
export function findPipeTable(lines: readonly string[]): PipeTable | null {
  for (let k = 1; k < lines.length; k++) {
    const delimiter = (lines[k] as string).trim();
    if (!delimiter.includes('|') || !DELIMITER_ROW.test(delimiter)) continue;
    const header = splitRow(lines[k - 1] as string);
    if (header.length !== splitRow(delimiter).length) continue;
    const body = lines.slice(k + 1).map(splitRow);
    return { before: lines.slice(0, k - 1), rows: [header, ...body] };
  }
  return null;
}

/** Cells of one row: an optional leading and trailing pipe are dropped, unescaped pipes separate cells. */
export function splitRow(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const char = row[i] as string;
    if (char === '\\' && row[i + 1] === '|') {
      cell += '\\|';
      i++;
    } else if (char === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += char;
    }
  }
  cells.push(cell.trim());
  return cells;
}
