import { useMemo } from 'react';
import { Navigate } from 'react-router';
import {
  bonusesCsvRows,
  bonusesFileName,
  bonusLedger,
  monthsOf,
  type BonusLine,
  type ReportScope,
} from '../../domain/reports';
import { DataTable, type Column } from '../components/DataTable';
import { SelectField } from '../components/SelectField';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { useFormat } from '../recruit/format';
import { PlaceFields } from './PlaceFields';
import { ReportChart } from './ReportChart';
import { ReportLayout } from './ReportLayout';
import { useReportFormat } from './report-format';
import { readPeriod, yearChoices } from './report-query';
import type { RowsOf } from './report-rows';
import { useReportsT } from './strings';
import { useFilters } from './use-filters';
import { useReport } from './use-report';

const tables = ['agents', 'paths', 'tutorings', 'interims'] as const;

/** `/rapports/indemnites`: the tutoring and intérim bonuses of a month or of a year, a line
 *  per person paid per month, with each month's total (issue 15), for payroll. */
export default function BonusesScreen() {
  const { t } = useReportsT();
  useDocumentTitle(t('bonuses.title'));
  const report = useReport(tables);
  if (report.state === 'refused') return <Navigate to="/" replace />;
  if (report.state === 'loading') return <Loading />;
  return <Bonuses rows={report.rows} scope={report.scope} today={report.today} />;
}

interface Props {
  rows: RowsOf<(typeof tables)[number]>;
  scope: ReportScope;
  today: string;
}

interface MonthTotal {
  month: string;
  lines: number;
  total: number;
}

function Bonuses({ rows, scope, today }: Props) {
  const { t } = useReportsT();
  const format = useReportFormat();
  const dates = useFormat();
  const filters = useFilters(scope, rows);
  const period = readPeriod(filters.params, today);
  const year = Number(('month' in period ? period.month : String(period.year)).slice(0, 4));
  const key = 'month' in period ? period.month : String(period.year);
  const ledger = useMemo(
    () => bonusLedger(rows, 'month' in period ? period : { year }, filters.scope),
    // The period is read from the URL on each render: its text is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, key, filters.scope],
  );
  const totals: MonthTotal[] = monthsOf(period).map((month) => {
    const lines = ledger.filter((line) => line.month === month);
    return { month, lines: lines.length, total: sum(lines.map((line) => line.amount)) };
  });
  const grandTotal = sum(ledger.map((line) => line.amount));

  const columns: Column<BonusLine>[] = [
    { key: 'month', header: t('bonuses.columns.month'), cell: (l) => format.month(l.month) },
    {
      key: 'person',
      header: t('bonuses.columns.person'),
      rowHeader: true,
      cell: (l) => l.personName || t('bonuses.unknownPerson'),
    },
    { key: 'kind', header: t('bonuses.columns.kind'), cell: (l) => t(`bonuses.kinds.${l.kind}`) },
    { key: 'for', header: t('bonuses.columns.for'), cell: (l) => l.forName },
    { key: 'from', header: t('bonuses.columns.from'), cell: (l) => dates.date(l.from) },
    { key: 'until', header: t('bonuses.columns.until'), cell: (l) => dates.date(l.until) },
    { key: 'days', header: t('bonuses.columns.days'), numeric: true, cell: (l) => l.daysCovered },
    {
      key: 'amount',
      header: t('bonuses.columns.amount'),
      numeric: true,
      cell: (l) => format.money(l.amount),
    },
  ];
  const totalColumns: Column<MonthTotal>[] = [
    {
      key: 'month',
      header: t('bonuses.columns.month'),
      rowHeader: true,
      cell: (m) => format.month(m.month),
    },
    { key: 'lines', header: t('bonuses.columns.lines'), numeric: true, cell: (m) => m.lines },
    {
      key: 'total',
      header: t('bonuses.columns.total'),
      numeric: true,
      cell: (m) => format.money(m.total),
    },
  ];
  const totalsCaption = t('bonuses.totalsCaption');

  return (
    <ReportLayout
      title={t('bonuses.title')}
      intro={t('bonuses.description')}
      scope={scope}
      circonscriptions={rows.circonscriptions}
      file={() => ({ fileName: bonusesFileName(period), lines: bonusesCsvRows(ledger) })}
      filters={
        <>
          <SelectField
            label={t('filters.period')}
            value={'month' in period ? 'month' : 'year'}
            onChange={(kind) =>
              filters.set(
                kind === 'year'
                  ? { year: String(year), month: null }
                  : { month: `${year}-${today.slice(5, 7)}`, year: null },
              )
            }
            choices={(['month', 'year'] as const).map((kind) => ({
              value: kind,
              label: t(`filters.periods.${kind}`),
            }))}
          />
          <SelectField
            label={t('filters.year')}
            value={String(year)}
            onChange={(value) =>
              filters.set(
                'month' in period ? { month: `${value}${period.month.slice(4)}` } : { year: value },
              )
            }
            choices={yearChoices(today, year).map((y) => ({ value: String(y), label: String(y) }))}
          />
          {'month' in period ? (
            <SelectField
              label={t('filters.month')}
              value={period.month}
              onChange={(month) => filters.set({ month })}
              choices={monthsOf({ year }).map((month) => ({
                value: month,
                label: format.month(month),
              }))}
            />
          ) : null}
          <PlaceFields scope={scope} rows={rows} filter={filters.place} onChange={filters.set} />
        </>
      }
    >
      <p>{t('bonuses.summary', { count: ledger.length, total: format.money(grandTotal) })}</p>
      <div className="report-pair">
        <div id="bonus-totals" className="report-table">
          <DataTable
            caption={totalsCaption}
            empty={t('bonuses.empty')}
            rows={totals}
            columns={totalColumns}
            rowKey={(m) => m.month}
          />
        </div>
        <ReportChart
          title={t('bonuses.chartTitle')}
          table={{ caption: totalsCaption, id: 'bonus-totals' }}
          labels={totals.map((m) => format.shortMonth(m.month))}
          series={[
            { label: t('bonuses.series.total'), style: 'bars', values: totals.map((m) => m.total) },
          ]}
        />
      </div>
      <div id="bonus-lines" className="report-table">
        <DataTable
          caption={t('bonuses.caption')}
          empty={t('bonuses.empty')}
          rows={ledger}
          columns={columns}
          rowKey={(l) => `${l.month}|${l.kind}|${l.personId}|${l.forId}`}
        />
      </div>
    </ReportLayout>
  );
}

/** Euros to the cent: the sum of amounts already rounded to the cent, without float noise. */
const sum = (amounts: readonly number[]) =>
  Math.round(amounts.reduce((total, amount) => total + amount * 100, 0)) / 100;
