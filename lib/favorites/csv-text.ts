/** The separators a spreadsheet splits on: ',' by default; ';' where a comma is the decimal mark (French Excel). */
export type CsvSeparator = ',' | ';';

/**
 * Rows as CSV text (RFC 4180, CRLF lines). Cells starting with = + - @ (or a tab or carriage
 * return) are prefixed with a quote: posting titles are written by strangers, and a spreadsheet
 * would run them as formulas.
 */
export function csvText(rows: readonly (readonly string[])[], separator: CsvSeparator = ','): string {
  return rows.map((row) => row.map((value) => csvCell(value, separator)).join(separator)).join('\r\n') + '\r\n';
}

function csvCell(value: string, separator: CsvSeparator): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The separator a spreadsheet in this locale expects: ';' where numbers are written "1,5". */
export function listSeparatorOf(decimalMark: string): CsvSeparator {
  return decimalMark === ',' ? ';' : ',';
}
