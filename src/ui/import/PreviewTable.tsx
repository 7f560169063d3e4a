import { useId } from 'react';
import type { ImportLine } from '../../domain/import/protocol';
import { DataTable, type Column } from '../components/DataTable';
import { useFormat } from '../recruit/format';
import { problemText } from './problem-text';
import { useImportT } from './strings';

interface Props {
  lines: readonly ImportLine[];
  /** Offered only when every line is ready, the network is there and nothing is running. */
  canImport: boolean;
  importing: boolean;
  onImport: () => void;
}

/** Each line's result before anything is written: what it would create, or each problem
 *  with its column. The import is offered when every line is ready. */
export function PreviewTable({ lines, canImport, importing, onImport }: Props) {
  const { t } = useImportT();
  const format = useFormat();
  const id = useId();
  const refused = lines.filter((line) => !line.ok).length;
  const ready = t('preview.readyCount', { count: lines.length - refused });
  const columns: Column<ImportLine>[] = [
    { key: 'line', header: t('preview.line'), numeric: true, cell: (line) => line.line },
    {
      key: 'name',
      header: t('preview.name'),
      rowHeader: true,
      cell: (line) => (line.ok ? line.agent.displayName : line.cells.displayName),
    },
    {
      key: 'email',
      header: t('preview.email'),
      cell: (line) => (line.ok ? line.agent.email : line.cells.email),
    },
    {
      key: 'circonscription',
      header: t('preview.circonscription'),
      cell: (line) => (line.ok ? line.agent.circonscriptionName : line.cells.circonscription),
    },
    {
      key: 'startDate',
      header: t('preview.startDate'),
      cell: (line) => (line.ok ? format.date(line.agent.startDate) : line.cells.startDate),
    },
    {
      key: 'result',
      header: t('preview.result'),
      cell: (line) =>
        line.ok ? (
          <span className="manage-tag">{t('preview.ready')}</span>
        ) : (
          <ul className="import-problems">
            {line.problems.map((problem, index) => (
              <li key={index}>{problemText(t, problem)}</li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <section aria-labelledby={`${id}-summary`} className="manage-panel import-preview">
      {/* Announced when the check comes back; a heading's role must stay a heading's. */}
      <div role="status">
        <h2 id={`${id}-summary`}>
          {refused > 0
            ? t('preview.summary', {
                ready,
                refused: t('preview.refusedCount', { count: refused }),
              })
            : ready}
        </h2>
      </div>
      {refused > 0 ? <p>{t('preview.fix')}</p> : null}
      {refused === 0 ? (
        <button type="button" className="button" disabled={!canImport} onClick={onImport}>
          {importing ? t('importing') : t('submit')}
        </button>
      ) : null}
      <DataTable
        caption={t('preview.caption')}
        empty={t('preview.empty')}
        rows={lines}
        columns={columns}
        rowKey={(line) => String(line.line)}
      />
    </section>
  );
}
