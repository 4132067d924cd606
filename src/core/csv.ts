/** CSV text for the report's tables. No DOM. */

export type CsvCell = string | number | null | undefined;

/** Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number written as text by the report ("-2.2", "+1.5", "4.0"): a spreadsheet reads it as a number. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/**
 * One cell: numbers as they are, text quoted when needed. Text that a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) gets a leading apostrophe; a plain number
 * given as text ("-2.2") is not a formula and stays a number, so it can be sorted and summed.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (PLAIN_NUMBER.test(text)) return text.replace(/^\+/, '');
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: a header row, then the rows; CRLF line ends (RFC 4180). */
export function toCsv(headers: string[], rows: CsvCell[][]): string {
  return [headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
