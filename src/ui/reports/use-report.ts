import { useMemo, useState } from 'react';
import { todayIso } from '../../domain/dates';
import { reportScope, type ReportRows, type ReportScope } from '../../domain/reports';
import { useUserData } from '../data/user-data-context';
import { useReportRows, type RowsOf } from './report-rows';

export type Report<T extends keyof ReportRows> =
  | { state: 'loading' }
  /** Not hers: the HR admin, territory managers and managers only (DESIGN §7). */
  | { state: 'refused' }
  | { state: 'ready'; rows: RowsOf<T>; scope: ReportScope; today: string };

/**
 * A report's rows and whose figures it counts: the domain's reportScope over the signed-in
 * actor, the one the server's CSV endpoints ask, so the screen counts what the file does.
 */
export function useReport<T extends keyof ReportRows>(
  tables: readonly T[],
  /** The calendar year whose trainings it counts; by default, today's. */
  yearOf: (today: string) => number = (today) => Number(today.slice(0, 4)),
): Report<T> {
  const { db, actor } = useUserData();
  const [today] = useState(() => todayIso(new Date()));
  const rows = useReportRows(db, tables, yearOf(today));
  // Whoever may not see reports is sent away before the rows are read: roles decide it.
  const scope = useMemo(
    () => (actor ? reportScope(actor, rows?.circonscriptions ?? []) : undefined),
    [actor, rows],
  );
  if (scope === null) return { state: 'refused' };
  if (!rows || !scope) return { state: 'loading' };
  return { state: 'ready', rows, scope, today };
}
