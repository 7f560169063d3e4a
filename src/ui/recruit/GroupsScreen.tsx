import { useUpcomingSessions } from '../../db';
import { todayIso } from '../../domain/dates';
import type { PracticeGroup } from '../../domain/entities';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { AddToCalendar } from './AddToCalendar';
import { useFormat } from './format';
import { useRecruitT } from './strings';
import './recruit.css';

/** Whether she sees a group's sessions: she is one of its members, and it is open. A group
 *  a device stored before groups had members (issue 14) was its territory's: shown. */
const isHers = (group: PracticeGroup | undefined, agentId: string) =>
  !group || (!group.closed && (group.memberIds?.includes(agentId) ?? true));

/** "Groupes d'analyse": the coming sessions of her groups. Attendance only: no session
 *  content, ever. */
export default function GroupsScreen() {
  const { t } = useRecruitT();
  const { db, agent } = useUserData();
  useDocumentTitle(t('groups.title'));
  const format = useFormat();
  const sessions = useUpcomingSessions(db, todayIso(new Date()))?.filter(({ group }) =>
    isHers(group, agent.id),
  );

  const duration = (minutes: number) => {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    if (hours === 0) return t('groups.minutes', { count: rest });
    if (rest === 0) return t('groups.hours', { count: hours });
    return t('groups.hoursMinutes', {
      hours: t('groups.hours', { count: hours }),
      minutes: t('groups.minutes', { count: rest }),
    });
  };

  return (
    <section className="recruit-screen" aria-labelledby="groups-title">
      <h1 id="groups-title">{t('groups.title')}</h1>
      <p className="screen-intro">{t('groups.intro')}</p>
      {sessions === undefined ? (
        <Loading />
      ) : sessions.length === 0 ? (
        <p>{t('groups.empty')}</p>
      ) : (
        <ul className="item-list">
          {sessions.map(({ session, group }) => {
            const name = group?.name ?? t('groups.unknownGroup');
            const headingId = `session-${session.id}`;
            return (
              <li key={session.id} className="tile">
                <h2 id={headingId} className="tile__title">
                  {name}
                </h2>
                {group ? <p>{t('groups.facilitator', { name: group.facilitator })}</p> : null}
                <p>
                  {t('groups.when', {
                    date: format.day(session.date),
                    time: session.startTime,
                    duration: duration(session.durationMinutes),
                  })}
                </p>
                {session.place ? <p>{t('groups.place', { place: session.place })}</p> : null}
                <AddToCalendar
                  describedBy={headingId}
                  event={{
                    uid: `${session.id}@parcours`,
                    title: t('calendar.sessionTitle', { group: name }),
                    date: session.date,
                    startTime: session.startTime,
                    durationMinutes: session.durationMinutes,
                    ...(session.place ? { location: session.place } : {}),
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
