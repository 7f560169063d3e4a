import './manage.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { pendingKeysOf } from '../../db/hooks';
import { waitingSteps } from '../../db/steps';
import { milestoneDecide } from '../../domain/commands/steps';
import { todayIso } from '../../domain/dates';
import { approvalQueue, filterQueue, queueOptions } from '../../domain/figures';
import { StepKind } from '../../domain/entities';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { ApprovalItem } from './ApprovalItem';
import { useManageT } from './strings';

/** The milestones waiting for the signed-in manager's decision, her own and those delegated
 *  to her, the longest wait first; filtered by recruit and kind, the choice in the URL.
 *  Each is decided on its own (each needs a look), offline too. */
export default function ApprovalsScreen() {
  const { t } = useManageT();
  const { db, actor } = useUserData();
  const [today] = useState(() => todayIso(new Date()));
  const [params, setParams] = useSearchParams();
  const [announcement, setAnnouncement] = useState('');
  const id = useId();
  useDocumentTitle(t('approvals.title'));
  const data = useLiveQuery(async () => {
    const [waiting, paths, agents, circonscriptions, pendingKeys] = await Promise.all([
      waitingSteps(db),
      db.path.toArray(),
      db.agent.toArray(),
      db.circonscription.toArray(),
      pendingKeysOf(db),
    ]);
    return { waiting, paths, agents, circonscriptions, pendingKeys };
  }, [db]);
  if (!data || !actor) return <Loading />;
  const queue = approvalQueue({
    steps: data.waiting,
    paths: data.paths,
    agents: data.agents,
    circonscriptions: data.circonscriptions,
    actor,
    rule: milestoneDecide.rule,
    today,
  });
  const options = queueOptions(queue);
  const recruitId = params.get('recrue') ?? '';
  const kindParam = params.get('type') ?? '';
  const kind = StepKind.safeParse(kindParam).success ? (kindParam as StepKind) : undefined;
  const shown = filterQueue(queue, { recruitId: recruitId || undefined, kind });
  const names = new Map(data.agents.map((a) => [a.id, a.displayName]));
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <div className="manage">
      <h1>{t('approvals.title')}</h1>
      <p role="status">{announcement}</p>
      <p>{t('approvals.count', { count: queue.length })}</p>
      {queue.length > 0 ? (
        <fieldset className="manage-filters">
          <legend>{t('approvals.filters')}</legend>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-recruit`}>
              {t('approvals.recruit')}
            </label>
            <select
              id={`${id}-recruit`}
              className="field__input"
              value={recruitId}
              onChange={(event) => set('recrue', event.target.value)}
            >
              <option value="">{t('approvals.everyone')}</option>
              {options.recruits.map(([value, name]) => (
                <option key={value} value={value}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-kind`}>
              {t('approvals.kind')}
            </label>
            <select
              id={`${id}-kind`}
              className="field__input"
              value={kind ?? ''}
              onChange={(event) => set('type', event.target.value)}
            >
              <option value="">{t('approvals.allKinds')}</option>
              {options.kinds.map((value) => (
                <option key={value} value={value}>
                  {t(`recruit.kinds.${value}`)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      ) : null}
      {shown.length === 0 ? (
        <p>{t('approvals.empty')}</p>
      ) : (
        <ul className="card-list">
          {shown.map((item) => (
            <ApprovalItem
              key={item.step.id}
              item={item}
              delegatedBy={item.delegatedBy ? (names.get(item.delegatedBy) ?? '—') : null}
              pending={data.pendingKeys.has(`step:${item.step.id}`)}
              onDecided={setAnnouncement}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
