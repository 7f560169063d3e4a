import type { IsoDate } from './dates';

/**
 * CSV as French offices open it (DESIGN §7b), written the same way by the device (a file
 * built offline) and by the server (the report endpoints):
 * - UTF-8 with a BOM, or Excel reads "é" as "Ã©";
 * - `;` between cells and a decimal comma, as Excel does in a French locale;
 * - dates dd/mm/yyyy (csvDate), months mm/yyyy (csvMonth);
 * - RFC 4180 quoting: a text cell holding `;`, `,`, `"` or a line break is quoted, its quotes
 *   doubled; CRLF ends every line, the last included;
 * - a formula-injection guard (OWASP "CSV injection"): a text cell starting with `=`, `+`,
 *   `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it
 *   as text instead of running it. Numbers are not text: they are written by this module
 *   (digits, a minus sign, a comma), so a negative number stays a number (-2,5) that
 *   spreadsheets still add up, while a name typed as "-2,5" or "=1+1" is neutralised.
 *
 * Written here rather than with papaparse's unparse: its escapeFormulae sees only strings,
 * so our already formatted negative numbers would have lost their sign to the guard.
 */
export type CsvCell = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_EOL = '\r\n';

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[;,"\r\n]/;

/** A number with a decimal comma; float noise (0.1 + 0.2) is rounded away at 6 decimals,
 *  and what is not a finite number is an empty cell. */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Math.round(value * 1e6) / 1e6;
  return String(rounded === 0 ? 0 : rounded).replace('.', ',');
}

/** A text cell, guarded and quoted as the rules above say. */
export function csvText(value: string): string {
  const guarded = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return csvText(value);
}

/** YYYY-MM-DD → dd/mm/yyyy; empty for no date. */
export const csvDate = (date: IsoDate | null | undefined): string =>
  date ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : '';

/** YYYY-MM → mm/yyyy. */
export const csvMonth = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** The whole file: the BOM, then each line (the header first) ended by CRLF. An empty line
 *  separates two tables of one file. */
export function toCsv(lines: readonly (readonly CsvCell[])[]): string {
  return CSV_BOM + lines.map((line) => line.map(csvCell).join(CSV_SEPARATOR) + CSV_EOL).join('');
}
