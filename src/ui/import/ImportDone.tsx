import { useId } from 'react';
import { Link } from 'react-router';
import { DataTable, type Column } from '../components/DataTable';
import type { CreatedAgent } from './import-api';
import { useImportT } from './strings';

/** The agents the import created, and their activation sheets to print in one go. */
export function ImportDone({
  created,
  onAgain,
}: {
  created: readonly CreatedAgent[];
  onAgain: () => void;
}) {
  const { t } = useImportT();
  const id = useId();
  const ids = created.map((agent) => agent.agentId).join(',');
  const columns: Column<CreatedAgent>[] = [
    { key: 'line', header: t('preview.line'), numeric: true, cell: (agent) => agent.line },
    { key: 'name', header: t('preview.name'), rowHeader: true, cell: (agent) => agent.displayName },
    { key: 'email', header: t('preview.email'), cell: (agent) => agent.email },
  ];
  return (
    <section aria-labelledby={`${id}-title`} className="manage-panel import-preview">
      <div role="status">
        <h2 id={`${id}-title`}>{t('done.title', { count: created.length })}</h2>
      </div>
      <p className="import-actions">
        <Link className="button" to={`/equipe/fiches?ids=${ids}`}>
          {t('done.print')}
        </Link>
        <button type="button" className="button button--quiet" onClick={onAgain}>
          {t('done.again')}
        </button>
      </p>
      <DataTable
        caption={t('done.caption')}
        empty={t('preview.empty')}
        rows={created}
        columns={columns}
        rowKey={(agent) => agent.agentId}
      />
    </section>
  );
}
