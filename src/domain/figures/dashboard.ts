import { EmploymentStatus } from '../organisation';
import type { RecruitRow } from './recruit-row';

export const dashboardFilters = [
  'all',
  'overdue',
  'waiting',
  'noMentor',
  'trainingShortfall',
  'noPath',
] as const;
export type DashboardFilter = (typeof dashboardFilters)[number];

/** 'attention' first: the most overdue, then the most waiting, then the longest wait. */
export const dashboardSorts = ['attention', 'name', 'progress', 'startDate', 'sync'] as const;
export type DashboardSort = (typeof dashboardSorts)[number];

export interface DashboardQuery {
  filter: DashboardFilter;
  status: EmploymentStatus | 'all';
  sort: DashboardSort;
}

export const defaultQuery: DashboardQuery = { filter: 'all', status: 'all', sort: 'attention' };

const pick = <T extends string>(
  options: readonly T[],
  value: string | null | undefined,
  fallback: T,
) =>
  value !== null && value !== undefined && (options as readonly string[]).includes(value)
    ? (value as T)
    : fallback;

/** The query as the URL keeps it; anything unknown falls back to the default, never throws:
 *  an old bookmark or a hand-edited address still opens the dashboard. */
export function readDashboardQuery(
  params: URLSearchParams | Record<string, string | undefined>,
): DashboardQuery {
  const get = (key: string) => (params instanceof URLSearchParams ? params.get(key) : params[key]);
  return {
    filter: pick(dashboardFilters, get('filter'), defaultQuery.filter),
    status: pick(['all', ...EmploymentStatus.options], get('status'), defaultQuery.status),
    sort: pick(dashboardSorts, get('sort'), defaultQuery.sort),
  };
}

/** The query for the URL, defaults left out: `?filter=noMentor`, not three parameters. */
export function dashboardSearch(query: DashboardQuery): string {
  const params = new URLSearchParams();
  for (const key of ['filter', 'status', 'sort'] as const) {
    if (query[key] !== defaultQuery[key]) params.set(key, query[key]);
  }
  return params.toString();
}

const matches: Record<DashboardFilter, (row: RecruitRow) => boolean> = {
  all: () => true,
  overdue: (row) => row.overdue > 0,
  waiting: (row) => row.waiting > 0,
  noMentor: (row) => row.pathId !== null && row.mentorId === null,
  trainingShortfall: (row) => row.trainingShortfall,
  noPath: (row) => row.pathId === null,
};

const byName = (a: RecruitRow, b: RecruitRow) => a.displayName.localeCompare(b.displayName, 'fr');

const orders: Record<DashboardSort, (a: RecruitRow, b: RecruitRow) => number> = {
  attention: (a, b) =>
    b.overdue - a.overdue ||
    b.waiting - a.waiting ||
    (b.oldestWaitDays ?? -1) - (a.oldestWaitDays ?? -1) ||
    byName(a, b),
  name: byName,
  // The least advanced first: they are the ones to look at.
  progress: (a, b) => a.progress - b.progress || byName(a, b),
  startDate: (a, b) => a.startDate.localeCompare(b.startDate) || byName(a, b),
  // Never synced first, then the longest silence.
  sync: (a, b) => (a.lastSyncAt ?? '').localeCompare(b.lastSyncAt ?? '') || byName(a, b),
};

export function selectRows(rows: readonly RecruitRow[], query: DashboardQuery): RecruitRow[] {
  return rows
    .filter(matches[query.filter])
    .filter((row) => query.status === 'all' || row.status === query.status)
    .sort(orders[query.sort]);
}

export interface DashboardCounts {
  recruits: number;
  /** Recruits with at least one overdue step. */
  overdue: number;
  /** Milestones waiting, all recruits together. */
  waiting: number;
  /** Recruits with a path but no mentor. */
  noMentor: number;
  trainingShortfall: number;
  noPath: number;
}

export function dashboardCounts(rows: readonly RecruitRow[]): DashboardCounts {
  return {
    recruits: rows.length,
    overdue: rows.filter(matches.overdue).length,
    waiting: rows.reduce((sum, row) => sum + row.waiting, 0),
    noMentor: rows.filter(matches.noMentor).length,
    trainingShortfall: rows.filter(matches.trainingShortfall).length,
    noPath: rows.filter(matches.noPath).length,
  };
}
