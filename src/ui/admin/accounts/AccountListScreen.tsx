import '../../manage/manage.css';
import './accounts.css';
import { useMemo } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { mayImport } from '../../../domain/import/protocol';
import { roles as allRoles, type Agent } from '../../../domain/organisation';
import { DataTable, type Column } from '../../components/DataTable';
import { useUserData } from '../../data/user-data-context';
import { Loading } from '../../layout/Loading';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { useFormat } from '../../recruit/format';
import { accountState, mayCreate, mayEdit } from './account-view';
import {
  accountsSearch,
  NO_CIRCONSCRIPTION,
  readAccountsQuery,
  selectAccounts,
  type AccountsQuery,
} from './accounts-query';
import { AccountFilters } from './AccountFilters';
import { useAccountsT } from './strings';
import { useAccountsData } from './useAccountsData';

/**
 * "Équipe" (`/equipe`): the accounts the signed-in person manages, from this device's synced
 * rows, so it opens and filters offline. The HR admin sees everyone; a manager (a territory
 * manager) the recruits of her circonscriptions (territory): whom the commands let her change.
 */
export default function AccountListScreen() {
  const { t } = useAccountsT();
  const format = useFormat();
  const { db, agent: me, actor } = useUserData();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('list.title'));
  const data = useAccountsData(db);
  const mine = useMemo(
    () =>
      data && actor ? data.agents.filter((a) => mayEdit(actor, a, data.circonscriptions)) : [],
    [data, actor],
  );
  if (!data || !actor) return <Loading />;
  if (!mayCreate(actor, data.circonscriptions) && mine.length === 0)
    return <Navigate to="/" replace />;

  const names = new Map(data.circonscriptions.map((c) => [c.id, c.name]));
  const sitting = data.circonscriptions
    .filter((c) => mine.some((a) => a.circonscriptionId === c.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const someNowhere = mine.some((a) => a.circonscriptionId === null);
  const held = allRoles.filter((role) => mine.some((a) => a.roles.includes(role)));
  const asked = readAccountsQuery(params);
  // An address naming a circonscription she has no one in shows everyone, not an empty list.
  const known =
    sitting.some((c) => c.id === asked.circonscription) ||
    (someNowhere && asked.circonscription === NO_CIRCONSCRIPTION);
  const query: AccountsQuery = known ? asked : { ...asked, circonscription: 'all' };
  const shown = selectAccounts(mine, query);
  const change = (next: AccountsQuery) => setParams(accountsSearch(next), { replace: true });

  const columns: Column<Agent>[] = [
    {
      key: 'name',
      header: t('list.columns.name'),
      rowHeader: true,
      cell: (agent) => (
        <>
          <Link to={`/equipe/${agent.id}`}>{agent.displayName}</Link>
          {data.pending.has(`agent:${agent.id}`) ? (
            <span className="manage-sub">⟳ {t('list.pending')}</span>
          ) : null}
        </>
      ),
    },
    { key: 'email', header: t('list.columns.email'), cell: (agent) => agent.email },
    {
      key: 'roles',
      header: t('list.columns.roles'),
      cell: (agent) => agent.roles.map((role) => t(`roles.${role}`)).join(', '),
    },
    { key: 'job', header: t('list.columns.job'), cell: (agent) => agent.job },
    {
      key: 'status',
      header: t('list.columns.status'),
      cell: (agent) => t(`statuses.${agent.status}`),
    },
    {
      key: 'circonscription',
      header: t('list.columns.circonscription'),
      cell: (agent) =>
        agent.circonscriptionId
          ? (names.get(agent.circonscriptionId) ?? t('list.none'))
          : t('list.noCirconscription'),
    },
    {
      key: 'start',
      header: t('list.columns.start'),
      cell: (agent) => format.date(agent.startDate),
    },
    {
      key: 'end',
      header: t('list.columns.end'),
      cell: (agent) => (agent.endDate ? format.date(agent.endDate) : t('list.none')),
    },
    {
      key: 'state',
      header: t('list.columns.state'),
      cell: (agent) => {
        const state = accountState(agent);
        return <span className={`account-state is-${state}`}>{t(`states.${state}`)}</span>;
      },
    },
  ];

  return (
    <div className="manage">
      <div className="manage-heading">
        <h1>{t('list.title')}</h1>
        <div className="account-actions">
          {mayCreate(actor, data.circonscriptions) ? (
            <Link className="button" to="/equipe/nouveau">
              {t('list.new')}
            </Link>
          ) : null}
          {mayImport(me.roles) ? (
            <Link className="button button--quiet" to="/equipe/import">
              {t('list.import')}
            </Link>
          ) : null}
        </div>
      </div>
      <p className="screen-intro">{t('list.intro')}</p>
      <AccountFilters
        query={query}
        onChange={change}
        circonscriptions={sitting}
        someNowhere={someNowhere}
        roles={held}
      />
      <DataTable
        caption={t('list.caption', { shown: shown.length, total: mine.length })}
        empty={t('list.empty')}
        rows={shown}
        columns={columns}
        rowKey={(agent) => agent.id}
      />
    </div>
  );
}
