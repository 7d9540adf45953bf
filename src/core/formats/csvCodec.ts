/**
 * CSV cells, RFC 4180 by hand, for the CSV of spans.
 *
 * Writing: fields separated by ",", records by CRLF; a field holding a comma, a double quote, CR or LF is quoted and
 * its quotes doubled. Line breaks inside a quoted field are kept as they are (LF in Spanlight texts).
 * Formula guard (OWASP "CSV injection"): a text cell starting with = + - @ TAB or CR would be run as a formula by
 * Excel, LibreOffice and Google Sheets; such a cell gets a leading apostrophe ('=SUM(…) is shown, not run). A cell
 * that itself starts with an apostrophe gets one more, so reading removes exactly one apostrophe from any cell
 * starting with one and every value comes back as it was. Numbers are never guarded.
 *
 * Reading: the delimiter is the one of ",", ";" or TAB that splits the header into the most fields (spreadsheets
 * in some locales save with ";"); a UTF-8 BOM is dropped; records end with CRLF, LF or CR outside quotes; blank
 * lines are skipped. A quoted field that is never closed, or a closing quote followed by anything but a delimiter
 * or a line end, refuses the file, naming the line.
 */

const FORMULA_START = /^[=+\-@\t\r']/;

export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unguardCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export type CsvRows =
  | { ok: true; rows: Array<{ line: number; fields: string[] }> }
  | { ok: false; reason: string };

export function parseCsvRows(text: string): CsvRows {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headerEnd = source.search(/[\r\n]/);
  const header = headerEnd === -1 ? source : source.slice(0, headerEnd);
  const delimiter = [',', ';', '\t'].reduce((best, candidate) =>
    header.split(candidate).length > header.split(best).length ? candidate : best,
  );
  const rows: Array<{ line: number; fields: string[] }> = [];
  let i = 0;
  let line = 1;
  while (i < source.length) {
    const startLine = line;
    const fields: string[] = [];
    let blank = true;
    for (;;) {
      let field = '';
      if (source[i] === '"') {
        blank = false;
        const openedOn = line;
        i++;
        for (;;) {
          const quote = source.indexOf('"', i);
          if (quote === -1) return { ok: false, reason: `line ${openedOn}: a quoted field is never closed` };
          const chunk = source.slice(i, quote);
          line += (chunk.match(/\r\n|\r|\n/g) ?? []).length;
          field += chunk;
          if (source[quote + 1] === '"') {
            field += '"';
            i = quote + 2;
            continue;
          }
          i = quote + 1;
          break;
        }
        const next = source[i];
        if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
          return {
            ok: false,
            reason: `line ${line}: a closing quote is followed by ${JSON.stringify(next)} instead of a delimiter`,
          };
        }
      } else {
        let end = i;
        while (
          end < source.length &&
          source[end] !== delimiter &&
          source[end] !== '\r' &&
          source[end] !== '\n'
        )
          end++;
        field = source.slice(i, end);
        if (field !== '') blank = false;
        i = end;
      }
      fields.push(field);
      if (source[i] === delimiter) {
        blank = false;
        i++;
        continue;
      }
      if (source[i] === '\r') i += source[i + 1] === '\n' ? 2 : 1;
      else if (source[i] === '\n') i++;
      line++;
      break;
    }
    if (!blank) rows.push({ line: startLine, fields });
  }
  return { ok: true, rows };
}
