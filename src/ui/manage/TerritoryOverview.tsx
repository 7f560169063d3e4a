import './manage.css';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useCirconscriptions, useRecruitRows } from '../../db/supervision';
import { todayIso } from '../../domain/dates';
import { circonscriptionSummaries, type CirconscriptionSummary } from '../../domain/figures';
import { DataTable, type Column } from '../components/DataTable';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useFormat } from '../recruit/format';
import { useManageT } from './strings';

/** A territory manager's view (DESIGN §2): one row per circonscription of her territory,
 *  each opening that circonscription's dashboard. */
export function TerritoryOverview() {
  const { t } = useManageT();
  const format = useFormat();
  const { db, actor } = useUserData();
  const [now] = useState(() => new Date());
  const circonscriptions = useCirconscriptions(db);
  const all = useMemo(() => ({}), []);
  const rows = useRecruitRows(db, all, todayIso(now), now.toISOString());
  if (!actor || !circonscriptions || !rows) return <Loading />;
  const mine = circonscriptions.filter((c) => actor.territoryIds.includes(c.territoryId));
  const summaries = circonscriptionSummaries(mine, rows);
  const percent = (value: number | null) =>
    value === null ? '—' : `${format.number(Math.round(value * 100))} %`;
  const columns: Column<CirconscriptionSummary>[] = [
    {
      key: 'name',
      header: t('territory.columns.name'),
      rowHeader: true,
      cell: (row) => <Link to={`/circonscriptions/${row.circonscriptionId}`}>{row.name}</Link>,
    },
    {
      key: 'recruits',
      header: t('territory.columns.recruits'),
      numeric: true,
      cell: (row) => row.recruits,
    },
    {
      key: 'progress',
      header: t('territory.columns.progress'),
      numeric: true,
      cell: (row) => percent(row.averageProgress),
    },
    {
      key: 'overdue',
      header: t('territory.columns.overdue'),
      numeric: true,
      cell: (row) => row.overdueSteps,
    },
    {
      key: 'waiting',
      header: t('territory.columns.waiting'),
      numeric: true,
      cell: (row) =>
        row.waiting > 0 && row.oldestWaitDays !== null ? (
          <>
            {row.waiting}
            <span className="manage-sub">
              {t('dashboard.waitedDays', { count: row.oldestWaitDays })}
            </span>
          </>
        ) : (
          row.waiting
        ),
    },
    {
      key: 'training',
      header: t('territory.columns.training'),
      numeric: true,
      cell: (row) => row.trainingShortfall,
    },
    {
      key: 'noMentor',
      header: t('territory.columns.noMentor'),
      numeric: true,
      cell: (row) => row.withoutMentor,
    },
  ];
  return (
    <div className="manage">
      <h2>{t('territory.title')}</h2>
      <DataTable
        caption={t('territory.caption')}
        empty={t('territory.empty')}
        rows={summaries}
        columns={columns}
        rowKey={(row) => row.circonscriptionId}
      />
    </div>
  );
}
