import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './data-table.css';

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Numbers align right, so that their digits line up. */
  numeric?: boolean;
  /** A column the table can be sorted by: the link that sorts it, and which way. */
  sort?: { href: string; direction: 'ascending' | 'descending' };
  /** The column that names the row: a row header for screen readers. */
  rowHeader?: boolean;
}

interface Props<Row> {
  caption: string;
  /** Shown in place of the table when there is no row. */
  empty: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  /** The key of the column the rows are sorted by, if any. */
  sortedBy?: string;
}

/**
 * The one table of the supervisors' screens. Sorting is the domain's (the same order the
 * reports use) and lives in the URL, so a header is a link, not a button holding state:
 * the back button, a reload and a shared address keep it. `aria-sort` says which column
 * orders the rows. On a phone the table scrolls inside its own labelled region, never the
 * page (RGAA 10.11 lets a data table keep its two dimensions).
 */
export function DataTable<Row>({ caption, empty, rows, columns, rowKey, sortedBy }: Props<Row>) {
  if (rows.length === 0) return <p className="data-table__empty">{empty}</p>;
  return (
    // A scrollable region must be reachable by keyboard to be scrolled (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="data-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? 'data-table__numeric' : undefined}
                aria-sort={sortedBy === column.key ? column.sort?.direction : undefined}
              >
                {column.sort ? (
                  <Link to={column.sort.href} replace>
                    {column.header}
                    <span aria-hidden="true">
                      {sortedBy === column.key
                        ? column.sort.direction === 'ascending'
                          ? ' ▲'
                          : ' ▼'
                        : ' ⇅'}
                    </span>
                  </Link>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => {
                const className = column.numeric ? 'data-table__numeric' : undefined;
                return column.rowHeader ? (
                  <th key={column.key} scope="row" className={className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={className}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
