import Papa from 'papaparse';
import { importColumns, matchHeader, type ColumnKey } from './columns';
import { lineReader, type ImportKnowledge, type ParsedLine } from './line';
import { MAX_IMPORT_BYTES, MAX_IMPORT_LINES, type ImportProblem } from './protocol';

export type FileRefusalCode =
  'file_too_large' | 'too_many_lines' | 'empty_file' | 'missing_column' | 'repeated_column';

/** A file refused as a whole: too big, or a header the lines cannot be read against. */
export interface FileRefusal {
  code: FileRefusalCode;
  message: string;
  /** The header's problems (line 1), one per missing or repeated column. */
  problems: ImportProblem[];
}

export type ParsedFile =
  | {
      ok: true;
      lines: ParsedLine[];
      /** Each known column's header as the file spells it, or as the model does. */
      columns: ReadonlyMap<ColumnKey, string>;
    }
  | { ok: false; refusal: FileRefusal };

/**
 * The HR information system's export of arrivals, read into `agent.create` arguments, one
 * result per data line. The file is text already decoded from UTF-8 (a BOM is dropped), its
 * cells separated by `;` or `,` (whichever the header uses), quoted as RFC 4180 says. Line
 * numbers are the spreadsheet's: the header is line 1, and blank lines keep their number
 * though they are skipped.
 */
export function parseAgentsCsv(text: string, known: ImportKnowledge): ParsedFile {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Cheap before exact: each UTF-16 unit is at least one byte of UTF-8.
  if (body.length > MAX_IMPORT_BYTES || utf8Length(body) > MAX_IMPORT_BYTES) {
    return refuse('file_too_large', 'The file exceeds 1 MiB.');
  }
  const { data, errors } = Papa.parse<string[]>(body, {
    delimiter: delimiterOf(body),
    skipEmptyLines: false,
  });
  const headerAt = data.findIndex((cells) => !isBlank(cells));
  const headerCells = data[headerAt];
  if (!headerCells) return refuse('empty_file', 'The file is empty.');
  const rows = data
    .map((cells, index) => ({ cells, line: index + 1 }))
    .slice(headerAt + 1)
    .filter((row) => !isBlank(row.cells));
  if (rows.length > MAX_IMPORT_LINES) {
    return refuse(
      'too_many_lines',
      `The file has ${rows.length} lines; at most ${MAX_IMPORT_LINES} are imported at once.`,
    );
  }

  const header = matchHeader(headerCells);
  if (header.missing.length > 0 || header.repeated.length > 0) {
    const line = headerAt + 1;
    const problems: ImportProblem[] = [
      ...header.missing.map((column) => ({
        line,
        column: column.header,
        code: 'missing_column',
        message: `The header has no column "${column.header}".`,
      })),
      ...header.repeated.map((column) => ({
        line,
        column: column.header,
        code: 'repeated_column',
        message: `The header names the column "${column.header}" twice.`,
      })),
    ];
    const [first] = problems;
    return refuse(
      header.missing.length > 0 ? 'missing_column' : 'repeated_column',
      first?.message ?? '',
      problems,
    );
  }
  if (rows.length === 0) return refuse('empty_file', 'The file has a header but no line.');

  // Papaparse counts rows from 0, as `data` does.
  const badQuotes = new Set(
    errors.flatMap((error) => (error.row === undefined ? [] : [error.row + 1])),
  );
  const read = lineReader(header, known, headerCells.length);
  const columns = new Map(
    importColumns.map((column) => [
      column.key,
      header.found.get(column.key)?.name ?? column.header,
    ]),
  );
  const lines = rows.map(({ cells, line }) => read(cells, line, badQuotes.has(line)));
  return { ok: true, lines, columns };
}

/** The header row's separator: `;` for a French spreadsheet, `,` otherwise. A header cell
 *  never holds either (importColumns), so counting them on the first line is enough. */
function delimiterOf(body: string): ';' | ',' {
  const firstLine = body.slice(0, body.search(/\r|\n|$/));
  const count = (separator: string) => firstLine.split(separator).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

const utf8Length = (text: string): number => new TextEncoder().encode(text).byteLength;

function refuse(code: FileRefusalCode, message: string, problems: ImportProblem[] = []) {
  return { ok: false as const, refusal: { code, message, problems } };
}
