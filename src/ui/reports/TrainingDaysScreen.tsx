import { useMemo } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import {
  groupTrainingDays,
  trainingDaysCsvRows,
  trainingDaysFileName,
  trainingDaysReport,
  type ReportScope,
  type TrainingDaysGroup,
  type TrainingDaysLine,
  type TrainingGrouping,
} from '../../domain/reports';
import { DataTable, type Column } from '../components/DataTable';
import { SelectField } from '../components/SelectField';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { PlaceFields } from './PlaceFields';
import { ReportChart } from './ReportChart';
import { ReportLayout } from './ReportLayout';
import { useReportFormat } from './report-format';
import { readYear, yearChoices } from './report-query';
import type { RowsOf } from './report-rows';
import { useReportsT } from './strings';
import { useFilters } from './use-filters';
import { useReport } from './use-report';

const groupings: readonly TrainingGrouping[] = ['circonscription', 'service', 'job', 'status'];
const tables = ['agents', 'paths', 'trainings'] as const;

/** `/rapports/formation`: each agent's training days in a year against her prorated target,
 *  at-risk first, added up by circonscription, service, job or status (issue 15). */
export default function TrainingDaysScreen() {
  const { t } = useReportsT();
  useDocumentTitle(t('trainingDays.title'));
  const [params] = useSearchParams();
  // Only the year asked for: its trainings are all the report counts.
  const report = useReport(tables, (today) => readYear(params, today));
  if (report.state === 'refused') return <Navigate to="/" replace />;
  if (report.state === 'loading') return <Loading />;
  return <TrainingDays rows={report.rows} scope={report.scope} today={report.today} />;
}

interface Props {
  rows: RowsOf<(typeof tables)[number]>;
  scope: ReportScope;
  today: string;
}

function TrainingDays({ rows, scope, today }: Props) {
  const { t } = useReportsT();
  const format = useReportFormat();
  const filters = useFilters(scope, rows);
  const year = readYear(filters.params, today);
  const asked = filters.params.get('by');
  const by = groupings.find((g) => g === asked) ?? 'circonscription';
  const lines = useMemo(
    () => trainingDaysReport(rows, year, filters.scope, today),
    [rows, year, filters.scope, today],
  );
  const groups = useMemo(() => groupTrainingDays(lines, by), [lines, by]);
  const groupName = (group: TrainingDaysGroup) =>
    by === 'status'
      ? t(`statuses.${group.key as TrainingDaysLine['status']}`)
      : group.label || t('trainingDays.noGroup');
  const grouping = t(`trainingDays.groupings.${by}`).toLowerCase();
  const groupsCaption = t('trainingDays.groupsCaption', { year, grouping });
  const days = (value: number) => format.number(value);

  const agentColumns: Column<TrainingDaysLine>[] = [
    {
      key: 'agent',
      header: t('trainingDays.columns.agent'),
      rowHeader: true,
      cell: (l) => l.displayName,
    },
    {
      key: 'circonscription',
      header: t('trainingDays.columns.circonscription'),
      cell: (l) => l.circonscription ?? t('none'),
    },
    {
      key: 'days',
      header: t('trainingDays.columns.days'),
      numeric: true,
      cell: (l) => days(l.days),
    },
    {
      key: 'target',
      header: t('trainingDays.columns.target'),
      numeric: true,
      cell: (l) => days(l.target),
    },
    {
      key: 'shortfall',
      header: t('trainingDays.columns.shortfall'),
      numeric: true,
      cell: (l) => days(l.shortfall),
    },
    {
      key: 'forecast',
      header: t('trainingDays.columns.forecast'),
      numeric: true,
      cell: (l) => days(l.forecast),
    },
    {
      key: 'standing',
      header: t('trainingDays.columns.standing'),
      cell: (l) => (
        <span className={`report-standing is-${l.standing}`}>
          {t(`trainingDays.standings.${l.standing}`)}
        </span>
      ),
    },
  ];
  const groupColumns: Column<TrainingDaysGroup>[] = [
    { key: 'group', header: t(`trainingDays.groupings.${by}`), rowHeader: true, cell: groupName },
    {
      key: 'agents',
      header: t('trainingDays.columns.agents'),
      numeric: true,
      cell: (g) => g.agents,
    },
    {
      key: 'days',
      header: t('trainingDays.columns.days'),
      numeric: true,
      cell: (g) => days(g.days),
    },
    {
      key: 'target',
      header: t('trainingDays.columns.target'),
      numeric: true,
      cell: (g) => days(g.target),
    },
    {
      key: 'shortfall',
      header: t('trainingDays.columns.shortfall'),
      numeric: true,
      cell: (g) => days(g.shortfall),
    },
    {
      key: 'atRisk',
      header: t('trainingDays.columns.atRisk'),
      numeric: true,
      cell: (g) => g.atRisk,
    },
  ];

  return (
    <ReportLayout
      title={t('trainingDays.title')}
      intro={t('trainingDays.description')}
      scope={scope}
      circonscriptions={rows.circonscriptions}
      file={() => ({ fileName: trainingDaysFileName(year), lines: trainingDaysCsvRows(lines) })}
      filters={
        <>
          <SelectField
            label={t('filters.year')}
            value={String(year)}
            onChange={(value) => filters.set({ year: value })}
            choices={yearChoices(today, year).map((y) => ({ value: String(y), label: String(y) }))}
          />
          <PlaceFields scope={scope} rows={rows} filter={filters.place} onChange={filters.set} />
          <SelectField
            label={t('trainingDays.grouping')}
            value={by}
            onChange={(value) => filters.set({ by: value === 'circonscription' ? null : value })}
            choices={groupings.map((g) => ({ value: g, label: t(`trainingDays.groupings.${g}`) }))}
          />
        </>
      }
    >
      <p>
        {t('trainingDays.summary', {
          count: lines.length,
          atRisk: lines.filter((line) => line.atRisk).length,
        })}
      </p>
      <div className="report-pair">
        <div id="training-groups" className="report-table">
          <DataTable
            caption={groupsCaption}
            empty={t('trainingDays.empty')}
            rows={groups}
            columns={groupColumns}
            rowKey={(g) => g.key}
          />
        </div>
        {groups.length > 0 ? (
          <ReportChart
            title={t('trainingDays.chartTitle', { grouping })}
            table={{ caption: groupsCaption, id: 'training-groups' }}
            labels={groups.map(groupName)}
            series={[
              {
                label: t('trainingDays.series.days'),
                style: 'bars',
                values: groups.map((g) => g.days),
              },
              {
                label: t('trainingDays.series.target'),
                style: 'line',
                values: groups.map((g) => g.target),
              },
            ]}
          />
        ) : null}
      </div>
      <div id="training-agents" className="report-table">
        <DataTable
          caption={t('trainingDays.caption', { year })}
          empty={t('trainingDays.empty')}
          rows={lines}
          columns={agentColumns}
          rowKey={(line) => line.agentId}
        />
      </div>
    </ReportLayout>
  );
}
