import { dashboardSearch, type DashboardQuery, type RecruitRow } from '../../domain/figures';
import { DataTable, type Column } from '../components/DataTable';
import { useFormat } from '../recruit/format';
import { useRememberedT } from './strings';

interface Props {
  rows: readonly RecruitRow[];
  query: DashboardQuery;
}

/** The dashboard's table: one row per recruit, each opening her page (a plain anchor, which
 *  the dashboard routes through one listener: forty router links were a good part of its
 *  render). Figures come computed (domain/figures); this only lays them out, with words
 *  beside every colour. */
export function RecruitTable({ rows, query }: Props) {
  const t = useRememberedT();
  const format = useFormat();
  const sortBy = (sort: DashboardQuery['sort'], direction: 'ascending' | 'descending') => ({
    href: `?${dashboardSearch({ ...query, sort })}`,
    direction,
  });
  const columns: Column<RecruitRow>[] = [
    {
      key: 'name',
      header: t('dashboard.columns.name'),
      rowHeader: true,
      sort: sortBy('name', 'ascending'),
      cell: (row) => (
        <>
          {/* A plain anchor: the dashboard's one listener (useInAppLinks) routes it. */}
          <a href={`/recrues/${row.agentId}`}>{row.displayName}</a>
          <span className="manage-sub">
            {row.job} · {t(`statuses.${row.status}`)}
          </span>
        </>
      ),
    },
    {
      key: 'startDate',
      header: t('dashboard.columns.start'),
      sort: sortBy('startDate', 'ascending'),
      cell: (row) => format.date(row.startDate),
    },
    {
      key: 'progress',
      header: t('dashboard.columns.progress'),
      sort: sortBy('progress', 'ascending'),
      cell: (row) =>
        row.pathId ? (
          <span className="manage-progress">
            {/* Drawn, not a <progress>: forty native controls were a third of the time a phone
                took to lay out and paint the dashboard. The words beside say the same, so the
                bar is only seen. */}
            <span className="manage-bar" aria-hidden="true">
              <span
                style={{ width: `${Math.round((100 * row.done) / Math.max(row.total, 1))}%` }}
              />
            </span>
            {t('dashboard.progress', { done: row.done, total: row.total })}
          </span>
        ) : (
          <span className="manage-tag is-alert">{t('dashboard.noPath')}</span>
        ),
    },
    {
      key: 'attention',
      header: t('dashboard.columns.overdue'),
      numeric: true,
      sort: sortBy('attention', 'descending'),
      cell: (row) => (
        <span className={row.overdue > 0 ? 'is-alert' : undefined}>{row.overdue}</span>
      ),
    },
    {
      key: 'waiting',
      header: t('dashboard.columns.waiting'),
      numeric: true,
      cell: (row) =>
        row.waiting > 0 ? (
          <>
            {row.waiting}
            {row.oldestWaitDays !== null ? (
              <span className="manage-sub">
                {t('dashboard.waitedDays', { count: row.oldestWaitDays })}
              </span>
            ) : null}
          </>
        ) : (
          0
        ),
    },
    {
      key: 'training',
      header: t('dashboard.columns.training'),
      cell: ({ training, trainingShortfall }) => (
        <>
          {t('dashboard.trainingDays', {
            days: format.number(training.days),
            target: format.number(training.target),
          })}
          {trainingShortfall ? (
            <span className="manage-tag is-alert">{t('dashboard.trainingBehind')}</span>
          ) : null}
        </>
      ),
    },
    {
      key: 'equipment',
      header: t('dashboard.columns.equipment'),
      numeric: true,
      cell: (row) => row.equipmentPending,
    },
    {
      key: 'mentor',
      header: t('dashboard.columns.mentor'),
      cell: (row) =>
        row.mentorName ?? <span className="manage-tag is-alert">{t('dashboard.noMentor')}</span>,
    },
    {
      key: 'sync',
      header: t('dashboard.columns.sync'),
      sort: sortBy('sync', 'ascending'),
      cell: (row) => (
        <>
          <span className={`manage-freshness is-${row.freshness}`}>
            {t(`freshness.${row.freshness}`)}
          </span>
          {row.pendingChanges ? (
            <span className="manage-sub">
              {t('dashboard.pendingChanges', { count: row.pendingChanges })}
            </span>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('dashboard.caption')}
      empty={t('dashboard.empty')}
      rows={rows}
      columns={columns}
      rowKey={(row) => row.agentId}
      sortedBy={query.sort}
    />
  );
}
