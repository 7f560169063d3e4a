import '../../manage/manage.css';
import './groups.css';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { todayIso } from '../../../domain/dates';
import type { PracticeGroup } from '../../../domain/entities';
import { useUserData } from '../../data/user-data-context';
import { Loading } from '../../layout/Loading';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { ActionFeedback } from '../../recruit/ActionFeedback';
import { useAction } from '../../recruit/useAction';
import { GroupForm } from './GroupForm';
import { mayOnGroup } from './group-view';
import { GroupSessions } from './GroupSessions';
import { useGroupsT } from './strings';
import { useGroupsData, type GroupsData } from './useGroupsData';
import { useReach } from './useReach';

/** One group (`/analyse-de-pratiques/:groupId`) or a new one (`…/nouveau`): the HR admin
 *  edits it; its facilitator reads it. Both schedule its sessions and record attendance. */
export default function GroupScreen() {
  const { t } = useGroupsT();
  const { groupId } = useParams();
  const { db, actor } = useUserData();
  const [today] = useState(() => todayIso(new Date()));
  const data = useGroupsData(db);
  const group = groupId ? data?.groups.find((g) => g.id === groupId) : undefined;
  const title = group?.name ?? (groupId ? t('list.title') : t('form.newTitle'));
  useDocumentTitle(title);
  if (!data || !actor) return <Loading />;
  const editable = mayOnGroup(actor, group, group ? 'group.update' : 'group.create');
  return (
    <div className="manage">
      <p>
        <Link to="/analyse-de-pratiques">{t('back')}</Link>
      </p>
      <h1>{title}</h1>
      {groupId && !group ? (
        <p>{t('notFound')}</p>
      ) : (
        <>
          {editable ? (
            <GroupForm key={group?.id ?? 'new'} group={group} data={data} />
          ) : group ? (
            <GroupSummary group={group} data={data} />
          ) : (
            <p>{t('notFound')}</p>
          )}
          {group && editable ? <CloseGroup group={group} /> : null}
          {group ? <GroupSessions group={group} data={data} today={today} /> : null}
        </>
      )}
    </div>
  );
}

/** What the facilitator reads of her group: who leads it, for whom, who belongs. */
function GroupSummary({ group, data }: { group: PracticeGroup; data: GroupsData }) {
  const { t } = useGroupsT();
  const reachOf = useReach(data);
  const names = (group.memberIds ?? [])
    .map((id) => data.agents.find((a) => a.id === id)?.displayName ?? '—')
    .sort((a, b) => a.localeCompare(b));
  return (
    <section className="manage-panel" aria-labelledby="group-summary">
      <h2 id="group-summary">{t('form.editTitle')}</h2>
      {group.closed ? <p>{t('summary.closed')}</p> : null}
      <p>{t('summary.facilitator', { name: group.facilitator })}</p>
      <p>{t('summary.reach', { reach: reachOf(group) })}</p>
      <p>{t('summary.members', { names: names.join(', ') || '—' })}</p>
    </section>
  );
}

/** Closes a group (its sessions and attendance stay) or reopens it. */
function CloseGroup({ group }: { group: PracticeGroup }) {
  const { t } = useGroupsT();
  const { act, busy, result } = useAction();
  const closed = Boolean(group.closed);
  return (
    <div className="manage-panel">
      <button
        type="button"
        className="button button--quiet"
        disabled={busy}
        onClick={() =>
          void act(
            'group.update',
            { groupId: group.id, closed: !closed },
            closed ? t('form.reopened') : t('form.closedOk'),
          )
        }
      >
        {closed ? t('form.reopen') : t('form.close')}
      </button>
      <ActionFeedback result={result} />
    </div>
  );
}
