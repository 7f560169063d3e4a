import { toCsv, type CsvCell } from '../../domain/csv';

/**
 * Builds a CSV file on the device and hands it to the browser as a download: no server call,
 * so it works offline, from the rows the report shows. The domain's writer (toCsv) makes the
 * same file as the server's endpoints: BOM, `;`, decimal comma, French header.
 */
export function downloadCsv(fileName: string, lines: readonly (readonly CsvCell[])[]): void {
  const url = URL.createObjectURL(new Blob([toCsv(lines)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the file after the click returns: the URL must outlive it a while.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
