import '../../manage/manage.css';
import './accounts.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { activationPermission } from '../../../domain/activation';
import type { Agent } from '../../../domain/organisation';
import type { Actor } from '../../../domain/permissions';
import { ExportDataButton } from '../../privacy/ExportDataButton';
import { useUserData } from '../../data/user-data-context';
import { Loading } from '../../layout/Loading';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { AccountForm } from './AccountForm';
import { accountState, agentScope, mayCreate, mayEdit } from './account-view';
import { DisableAccount } from './DisableAccount';
import { useAccountsT } from './strings';
import { useAccountsData, type AccountsData } from './useAccountsData';

/** What the creation left in the navigation's state, to say so on the page it leads to. */
const createdName = (state: unknown): string | null =>
  typeof state === 'object' && state !== null && 'created' in state ? String(state.created) : null;

/**
 * A person's account (`/equipe/:agentId`) or a new one (`/equipe/nouveau`): one form for
 * both, then, for an existing account, its state, its activation code and path, and
 * disabling it. Everything reads this device's rows and writes through commands: offline too.
 */
export default function AccountScreen() {
  const { t } = useAccountsT();
  const { agentId } = useParams();
  const state: unknown = useLocation().state;
  const { db, agent: me, actor } = useUserData();
  const data = useAccountsData(db);
  const agent = agentId ? data?.agents.find((a) => a.id === agentId) : undefined;
  const title = agent?.displayName ?? (agentId ? t('page.unknown') : t('form.newTitle'));
  useDocumentTitle(title);
  if (!data || !actor) return <Loading />;
  if (!agentId && !mayCreate(actor, data.circonscriptions)) return <Navigate to="/" replace />;
  const created = createdName(state);
  const found = agent && mayEdit(actor, agent, data.circonscriptions) ? agent : null;
  return (
    <div className="manage">
      <p>
        <Link to="/equipe">{t('page.back')}</Link>
      </p>
      <h1>{found || !agentId ? title : t('page.unknown')}</h1>
      <p role="status" className="feedback feedback--done">
        {created && found ? t('form.created', { name: created }) : null}
      </p>
      {agentId && !found ? (
        <p>{t('page.notFound')}</p>
      ) : (
        <>
          {found ? <AccountPanel agent={found} data={data} actor={actor} self={me.id} /> : null}
          <AccountForm
            key={found?.id ?? 'new'}
            agent={found ?? undefined}
            data={data}
            actor={actor}
          />
        </>
      )}
    </div>
  );
}

interface PanelProps {
  agent: Agent;
  data: AccountsData;
  actor: Actor;
  /** The signed-in agent's id: nobody disables her own account. */
  self: string;
}

/** Her account: its state (and whether a change waits to be sent), where to go from here,
 *  and disabling it. */
function AccountPanel({ agent, data, actor, self }: PanelProps) {
  const { t } = useAccountsT();
  const { db } = useUserData();
  const hasPath = useLiveQuery(
    async () => (await db.path.where('recruitId').equals(agent.id).count()) > 0,
    [db, agent.id],
  );
  const scope = agentScope(agent, data.circonscriptions);
  const asksCode = !agent.disabled && activationPermission(actor, scope, agent.roles) === 'allowed';
  return (
    <section className="manage-panel" aria-labelledby="account-title">
      <h2 id="account-title">{t('page.account')}</h2>
      <p>
        {t('page.state', { state: t(`states.${accountState(agent)}`) })}
        {data.pending.has(`agent:${agent.id}`) ? (
          <span className="manage-sub">⟳ {t('list.pending')}</span>
        ) : null}
      </p>
      {asksCode || hasPath ? (
        <ul className="account-links">
          {asksCode ? (
            <li>
              <Link to={`/equipe/${agent.id}/activation`}>{t('page.activation')}</Link>
            </li>
          ) : null}
          {hasPath ? (
            <li>
              <Link to={`/recrues/${agent.id}`}>{t('page.path')}</Link>
            </li>
          ) : null}
        </ul>
      ) : null}
      {/* The access export (GDPR art. 15) is HR's to give, whoever's account this is. */}
      {actor.roles.includes('admin') ? (
        <ExportDataButton agentId={agent.id} whose="theirs" />
      ) : null}
      {agent.id === self ? <p>{t('disable.self')}</p> : <DisableAccount agent={agent} />}
    </section>
  );
}
