import '../manage/manage.css';
import './reports.css';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { CsvCell } from '../../domain/csv';
import type { ReportScope } from '../../domain/reports';
import type { Circonscription } from '../../domain/organisation';
import { downloadCsv } from './download';
import { useReportsT } from './strings';

interface Props {
  title: string;
  intro: string;
  scope: ReportScope;
  circonscriptions: readonly Circonscription[];
  /** The report's own fields (year, period, grouping) and the place filters. */
  filters: ReactNode;
  /** The file of what the report shows, built when asked for. */
  file: () => { fileName: string; lines: CsvCell[][] };
  children: ReactNode;
}

/** What every report screen has: the way back to the list, its title and whose figures it
 *  counts, its filters, the CSV download, then its tables and charts. */
export function ReportLayout({
  title,
  intro,
  scope,
  circonscriptions,
  filters,
  file,
  children,
}: Props) {
  const { t } = useReportsT();
  const names = scope.all
    ? null
    : circonscriptions
        .filter((c) => scope.circonscriptionIds.includes(c.id))
        .map((c) => c.name)
        .sort((a, b) => a.localeCompare(b, 'fr'));
  return (
    <div className="manage report">
      <p className="report-back">
        <Link to="/rapports">{t('back')}</Link>
      </p>
      <div className="manage-heading">
        <h1>{title}</h1>
        <DownloadButton file={file} />
      </div>
      <p className="screen-intro">{intro}</p>
      <p>
        {names === null
          ? t('scope.all')
          : names.length === 0
            ? t('scope.none')
            : t('scope.some', { names: names.join(', ') })}
      </p>
      <fieldset className="manage-filters">
        <legend>{t('filters.title')}</legend>
        {filters}
      </fieldset>
      {children}
    </div>
  );
}

/** Builds the file on this device (offline too) and says so once it is handed over. */
function DownloadButton({ file }: Pick<Props, 'file'>) {
  const { t } = useReportsT();
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <div className="report-download">
      <button
        type="button"
        className="button"
        onClick={() => {
          const { fileName, lines } = file();
          downloadCsv(fileName, lines);
          setSaved(fileName);
        }}
      >
        {t('download')}
      </button>
      <p role="status" className="report-download__status">
        {saved ? t('downloaded', { name: saved }) : null}
      </p>
    </div>
  );
}
