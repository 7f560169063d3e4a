import './manage.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { pendingKeysOf } from '../../db/hooks';
import { waitingSteps } from '../../db/steps';
import { milestoneDecide } from '../../domain/commands/steps';
import { todayIso } from '../../domain/dates';
import { approvalQueue, filterQueue, queueOptions } from '../../domain/figures';
import { StepKind } from '../../domain/entities';
import { SelectField } from '../components/SelectField';
import { useUrlParams } from '../components/useUrlParams';
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
  const [params, set] = useUrlParams();
  const [announcement, setAnnouncement] = useState('');
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
  return (
    <div className="manage">
      <h1>{t('approvals.title')}</h1>
      <p role="status">{announcement}</p>
      <p>{t('approvals.count', { count: queue.length })}</p>
      {queue.length > 0 ? (
        <fieldset className="manage-filters">
          <legend>{t('approvals.filters')}</legend>
          <SelectField
            label={t('approvals.recruit')}
            value={recruitId}
            onChange={(value) => set('recrue', value)}
            choices={[
              { value: '', label: t('approvals.everyone') },
              ...options.recruits.map(([value, name]) => ({ value, label: name })),
            ]}
          />
          <SelectField
            label={t('approvals.kind')}
            value={kind ?? ''}
            onChange={(value) => set('type', value)}
            choices={[
              { value: '', label: t('approvals.allKinds') },
              ...options.kinds.map((value) => ({ value, label: t(`recruit.kinds.${value}`) })),
            ]}
          />
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
