import { useMemo, useState } from 'react';
import { Navigate } from 'react-router';
import {
  progressCsvRows,
  progressFileName,
  progressReport,
  type ArrivalMonth,
  type ProgressLine,
  type ReportScope,
} from '../../domain/reports';
import { DataTable, type Column } from '../components/DataTable';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { PlaceFields } from './PlaceFields';
import { ReportChart } from './ReportChart';
import { ReportLayout } from './ReportLayout';
import { useReportFormat } from './report-format';
import type { RowsOf } from './report-rows';
import { useReportsT } from './strings';
import { useFilters } from './use-filters';
import { useReport } from './use-report';

const tables = ['agents', 'paths', 'stepDigests', 'trainings', 'tutorings', 'interims'] as const;

/** `/rapports/avancement`: the recruits' progress per circonscription and territory, the
 *  arrivals per month against the plan, and who is still in post 6 and 12 months on. */
export default function ProgressScreen() {
  const { t } = useReportsT();
  useDocumentTitle(t('progress.title'));
  const report = useReport(tables);
  if (report.state === 'refused') return <Navigate to="/" replace />;
  if (report.state === 'loading') return <Loading />;
  return <Progress rows={report.rows} scope={report.scope} today={report.today} />;
}

interface Props {
  rows: RowsOf<(typeof tables)[number]>;
  scope: ReportScope;
  today: string;
}

function Progress({ rows, scope, today }: Props) {
  const { t } = useReportsT();
  const format = useReportFormat();
  const [now] = useState(() => new Date().toISOString());
  const filters = useFilters(scope, rows);
  const report = useMemo(
    () => progressReport(rows, filters.scope, today, now),
    [rows, filters.scope, today, now],
  );
  const placeOf = (line: ProgressLine) =>
    line.level === 'total'
      ? t('progress.total')
      : line.level === 'territory'
        ? t('progress.territory', { name: line.territory ?? '' })
        : (line.circonscription ?? '');
  const keyOf = (line: ProgressLine) => `${line.level}|${line.id ?? ''}`;
  const count = (value: number | null) => (value === null ? '—' : format.number(value));
  const stayed = (part: number, whole: number) =>
    whole === 0
      ? '—'
      : t('progress.stayed', { stayed: part, cohort: whole, share: format.percent(part / whole) });
  const place: Column<ProgressLine> = {
    key: 'place',
    header: t('progress.columns.place'),
    rowHeader: true,
    cell: placeOf,
  };
  const numeric = (
    key: keyof ProgressLine & keyof typeof columnNames,
    cell: (line: ProgressLine) => string,
  ): Column<ProgressLine> => ({ key, header: t(columnNames[key]), numeric: true, cell });

  const progressColumns = [
    place,
    numeric('recruits', (l) => count(l.recruits)),
    numeric('averageProgress', (l) =>
      l.averageProgress === null ? '—' : format.percent(l.averageProgress),
    ),
    numeric('overdueSteps', (l) => count(l.overdueSteps)),
    numeric('waiting', (l) => count(l.waiting)),
    numeric('oldestWaitDays', (l) => count(l.oldestWaitDays)),
    numeric('trainingShortfall', (l) => count(l.trainingShortfall)),
    numeric('withoutMentor', (l) => count(l.withoutMentor)),
  ];
  const retentionColumns = [
    place,
    numeric('arrivals', (l) => count(l.arrivals)),
    numeric('stayed6', (l) => stayed(l.stayed6, l.cohort6)),
    numeric('stayed12', (l) => stayed(l.stayed12, l.cohort12)),
  ];
  const arrivalColumns: Column<ArrivalMonth>[] = [
    {
      key: 'month',
      header: t('progress.columns.month'),
      rowHeader: true,
      cell: (m) => format.month(m.month),
    },
    {
      key: 'arrivals',
      header: t('progress.columns.monthArrivals'),
      numeric: true,
      cell: (m) => m.arrivals,
    },
    {
      key: 'cumulative',
      header: t('progress.columns.cumulative'),
      numeric: true,
      cell: (m) => m.cumulative,
    },
    {
      key: 'planned',
      header: t('progress.columns.planned'),
      numeric: true,
      cell: (m) => count(m.planned),
    },
    { key: 'gap', header: t('progress.columns.gap'), numeric: true, cell: (m) => count(m.gap) },
  ];
  const arrivalsCaption = t('progress.arrivalsCaption');
  const planned = report.arrivals.some((m) => m.planned !== null);

  return (
    <ReportLayout
      title={t('progress.title')}
      intro={t('progress.description')}
      scope={scope}
      circonscriptions={rows.circonscriptions}
      file={() => ({ fileName: progressFileName(today), lines: progressCsvRows(report) })}
      filters={
        <PlaceFields scope={scope} rows={rows} filter={filters.place} onChange={filters.set} />
      }
    >
      <div id="progress-lines" className="report-table">
        <DataTable
          caption={t('progress.caption')}
          empty={t('progress.empty')}
          rows={report.lines}
          columns={progressColumns}
          rowKey={keyOf}
        />
      </div>
      <div id="progress-retention" className="report-table">
        <DataTable
          caption={t('progress.retentionCaption')}
          empty={t('progress.empty')}
          rows={report.lines}
          columns={retentionColumns}
          rowKey={keyOf}
        />
      </div>
      {planned ? null : <p>{t('progress.planScope')}</p>}
      <div className="report-pair">
        <div id="progress-arrivals" className="report-table">
          <DataTable
            caption={arrivalsCaption}
            empty={t('progress.noArrival')}
            rows={report.arrivals}
            columns={arrivalColumns}
            rowKey={(m) => m.month}
          />
        </div>
        {report.arrivals.length > 0 ? (
          <ReportChart
            title={t('progress.chartTitle')}
            table={{ caption: arrivalsCaption, id: 'progress-arrivals' }}
            labels={report.arrivals.map((m) => format.shortMonth(m.month))}
            series={[
              {
                label: t('progress.series.cumulative'),
                style: 'bars',
                values: report.arrivals.map((m) => m.cumulative),
              },
              ...(planned
                ? [
                    {
                      label: t('progress.series.planned'),
                      style: 'line' as const,
                      values: report.arrivals.map((m) => m.planned),
                    },
                  ]
                : []),
            ]}
          />
        ) : null}
      </div>
    </ReportLayout>
  );
}

/** The header of each numeric column of the progress and retention tables. */
const columnNames = {
  recruits: 'progress.columns.recruits',
  averageProgress: 'progress.columns.averageProgress',
  overdueSteps: 'progress.columns.overdueSteps',
  waiting: 'progress.columns.waiting',
  oldestWaitDays: 'progress.columns.oldestWait',
  trainingShortfall: 'progress.columns.trainingShortfall',
  withoutMentor: 'progress.columns.withoutMentor',
  arrivals: 'progress.columns.arrivals',
  stayed6: 'progress.columns.stayed6',
  stayed12: 'progress.columns.stayed12',
} as const;
