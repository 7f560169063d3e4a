import '../../manage/manage.css';
import './groups.css';
import { useState } from 'react';
import { Link } from 'react-router';
import { todayIso } from '../../../domain/dates';
import type { PracticeGroup } from '../../../domain/entities';
import { DataTable, type Column } from '../../components/DataTable';
import { useUserData } from '../../data/user-data-context';
import { Loading } from '../../layout/Loading';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { useFormat } from '../../recruit/format';
import { groupsRunBy, mayOnGroup, nextSessions } from './group-view';
import { useGroupsT } from './strings';
import { useGroupsData } from './useGroupsData';
import { useReach } from './useReach';

/** "Analyse de pratiques": the groups the HR admin runs (all) or a facilitator leads (hers),
 *  with their next session; each opens its page. */
export default function GroupListScreen() {
  const { t } = useGroupsT();
  const format = useFormat();
  const { db, actor } = useUserData();
  const [today] = useState(() => todayIso(new Date()));
  useDocumentTitle(t('list.title'));
  const data = useGroupsData(db);
  const reachOf = useReach(data);
  if (!data || !actor) return <Loading />;
  const next = nextSessions(data.sessions, today);
  const columns: Column<PracticeGroup>[] = [
    {
      key: 'name',
      header: t('list.columns.name'),
      rowHeader: true,
      cell: (group) => <Link to={`/analyse-de-pratiques/${group.id}`}>{group.name}</Link>,
    },
    { key: 'facilitator', header: t('list.columns.facilitator'), cell: (g) => g.facilitator },
    { key: 'reach', header: t('list.columns.reach'), cell: reachOf },
    {
      key: 'members',
      header: t('list.columns.members'),
      numeric: true,
      cell: (group) => group.memberIds?.length ?? 0,
    },
    {
      key: 'next',
      header: t('list.columns.next'),
      cell: (group) => {
        const session = next.get(group.id);
        return session ? `${format.date(session.date)}, ${session.startTime}` : t('list.noNext');
      },
    },
    {
      key: 'state',
      header: t('list.columns.state'),
      cell: (group) => (group.closed ? t('list.closed') : t('list.open')),
    },
  ];
  return (
    <div className="manage">
      <h1>{t('list.title')}</h1>
      <p className="screen-intro">{t('list.intro')}</p>
      {mayOnGroup(actor, undefined, 'group.create') ? (
        <p>
          <Link className="button" to="/analyse-de-pratiques/nouveau">
            {t('list.new')}
          </Link>
        </p>
      ) : null}
      <DataTable
        caption={t('list.caption')}
        empty={t('list.empty')}
        rows={groupsRunBy(actor, data.groups)}
        columns={columns}
        rowKey={(group) => group.id}
      />
    </div>
  );
}
