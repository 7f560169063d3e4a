import './manage.css';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useRecruitRows, type RowsScope } from '../../db/supervision';
import { todayIso } from '../../domain/dates';
import {
  dashboardCounts,
  dashboardSearch,
  readDashboardQuery,
  selectRows,
  type DashboardQuery,
} from '../../domain/figures';
import { useInAppLinks } from '../components/useInAppLinks';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { DashboardCounts } from './DashboardCounts';
import { DashboardFilters } from './DashboardFilters';
import { RecruitTable } from './RecruitTable';
import { useManageT } from './strings';

interface Props {
  /** Whose recruits: a manager's circonscriptions, the one a territory manager opened, or a
   *  mentor's mentees. Memoised by the caller: a new object re-runs the query. */
  scope: RowsScope;
  /** Whether to offer "Créer un parcours" (managers and territory managers). */
  canCreate?: boolean;
  /** Their names, for the title. */
  title: string;
  /** h2 under a home's greeting, h1 on a page of its own. */
  level?: 1 | 2;
}

/** A circonscription's recruits at a glance (DESIGN §2): counts, then one row each, from
 *  this device's synced rows, so it opens and filters offline. */
export function Dashboard({ scope, canCreate = false, title, level = 1 }: Props) {
  const Heading = level === 1 ? 'h1' : 'h2';
  const { t } = useManageT();
  const { db } = useUserData();
  // One instant per visit: the rows' "last sync" words need no ticking clock.
  const [now] = useState(() => new Date());
  const [params, setParams] = useSearchParams();
  const links = useInAppLinks();
  const query = readDashboardQuery(params);
  // Forty rows are a long render. Deferred, it is a transition, which React cuts into short
  // tasks: the page keeps answering taps while it loads (a phone blocked for a tenth of a
  // second at a time feels frozen, and Lighthouse counts it).
  const rows = useDeferredValue(useRecruitRows(db, scope, todayIso(now), now.toISOString()));
  const shown = useMemo(() => (rows ? selectRows(rows, query) : []), [rows, query]);
  const change = (next: DashboardQuery) =>
    setParams(new URLSearchParams(dashboardSearch(next)), { replace: true });
  return (
    <div className="manage" ref={links}>
      <div className="manage-heading">
        <Heading>{title}</Heading>
        {canCreate ? (
          <Link className="button button--link" to="/parcours/nouveau">
            {t('dashboard.createPath')}
          </Link>
        ) : null}
      </div>
      {rows === undefined ? (
        <Loading />
      ) : (
        <>
          <DashboardCounts counts={dashboardCounts(rows)} />
          <DashboardFilters query={query} onChange={change} />
          <RecruitTable rows={shown} query={query} />
        </>
      )}
    </div>
  );
}
