import './manage.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { todayIso } from '../../domain/dates';
import { delegationsOf } from '../../domain/figures';
import type { Delegation } from '../../domain/entities';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { ActionFeedback } from '../recruit/ActionFeedback';
import { useFormat } from '../recruit/format';
import { useAction } from '../recruit/useAction';
import { DelegationForm } from './DelegationForm';
import { useManageT } from './strings';

/** A manager hands her approvals to another manager or a territory manager while she is
 *  away (approval.delegate), sees her current and coming delegations, and ends one early
 *  (delegation.end). Those she received are listed too: their queues are in "Validations". */
export default function DelegationsScreen() {
  const { t } = useManageT();
  const { db, agent } = useUserData();
  const [today] = useState(() => todayIso(new Date()));
  useDocumentTitle(t('delegations.title'));
  const data = useLiveQuery(async () => {
    const [delegations, agents] = await Promise.all([db.delegation.toArray(), db.agent.toArray()]);
    return { delegations, agents };
  }, [db]);
  if (!data) return <Loading />;
  const names = new Map(data.agents.map((a) => [a.id, a.displayName]));
  const given = delegationsOf(data.delegations, agent.id, today);
  const received = data.delegations.filter((d) => d.toAgentId === agent.id && d.until >= today);
  const delegates = data.agents.filter(
    (a) =>
      a.id !== agent.id && (a.roles.includes('manager') || a.roles.includes('territoryManager')),
  );
  return (
    <div className="manage">
      <h1>{t('delegations.title')}</h1>
      <DelegationForm delegates={delegates} today={today} />
      <section aria-labelledby="given-title" className="manage-panel">
        <h2 id="given-title">{t('delegations.given')}</h2>
        {given.current.length + given.upcoming.length === 0 ? (
          <p>{t('delegations.none')}</p>
        ) : (
          <ul className="manage-list">
            {[...given.current, ...given.upcoming].map((d) => (
              <GivenDelegation key={d.id} delegation={d} to={names.get(d.toAgentId) ?? '—'} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="received-title" className="manage-panel">
        <h2 id="received-title">{t('delegations.received')}</h2>
        {received.length === 0 ? (
          <p>{t('delegations.noneReceived')}</p>
        ) : (
          <ul className="manage-list">
            {received.map((d) => (
              <li key={d.id}>
                <Period delegation={d} name={names.get(d.fromAgentId) ?? '—'} kind="from" />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function Period({
  delegation,
  name,
  kind,
}: {
  delegation: Delegation;
  name: string;
  kind: 'to' | 'from';
}) {
  const { t } = useManageT();
  const format = useFormat();
  return (
    <>
      {t(`delegations.${kind}`, {
        name,
        from: format.date(delegation.from),
        until: format.date(delegation.until),
      })}
    </>
  );
}

function GivenDelegation({ delegation, to }: { delegation: Delegation; to: string }) {
  const { t } = useManageT();
  const { act, busy, result } = useAction();
  return (
    <li>
      <Period delegation={delegation} name={to} kind="to" />{' '}
      <button
        type="button"
        className="button button--quiet"
        disabled={busy}
        onClick={() =>
          void act(
            'delegation.end',
            { delegationId: delegation.id },
            t('delegations.ended', { name: to }),
          )
        }
      >
        {t('delegations.end')}
      </button>
      <ActionFeedback result={result} />
    </li>
  );
}
