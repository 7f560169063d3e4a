import { useId } from 'react';
import { importColumns, modelCsv, statusLabels } from '../../domain/import/columns';
import { useImportT } from './strings';

// The headers and the statuses are the export's own words, French in every language: they
// come from the one definition the server reads the file with.
const headers = (required: boolean) =>
  importColumns
    .filter((column) => column.required === required)
    .map((column) => column.header)
    .join(', ');
const statuses = Object.values(statusLabels)
  .map(([label]) => label)
  .join(', ');
const model = `data:text/csv;charset=utf-8,${encodeURIComponent(modelCsv())}`;

/** What the file must hold, and a model to start from (the header line, ready to fill). */
export function ImportHelp() {
  const { t } = useImportT();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="manage-panel">
      <h2 id={`${id}-title`}>{t('help.title')}</h2>
      <ul className="import-help">
        <li>{t('help.required', { columns: headers(true) })}</li>
        <li>{t('help.optional', { columns: headers(false) })}</li>
        <li>{t('help.format')}</li>
        <li>{t('help.dates')}</li>
        <li>{t('help.statuses', { statuses })}</li>
      </ul>
      <p>
        <a href={model} download="modele-arrivees.csv">
          {t('model')}
        </a>
      </p>
    </section>
  );
}
