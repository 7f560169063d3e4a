import { useLiveQuery } from 'dexie-react-hooks';
import type { GroupSession, PracticeGroup } from '../../../domain/entities';
import { useUserData } from '../../data/user-data-context';
import { ActionFeedback } from '../../recruit/ActionFeedback';
import { useFormat } from '../../recruit/format';
import { useAction } from '../../recruit/useAction';
import { AttendanceSheet } from './AttendanceSheet';
import { mayOnGroup, sessionsOf } from './group-view';
import { SessionForm, useDuration } from './SessionForm';
import { useGroupsT } from './strings';
import type { GroupsData } from './useGroupsData';

interface Props {
  group: PracticeGroup;
  data: GroupsData;
  today: string;
}

/** A group's sessions: those to come (cancellable), those that took place, each with its
 *  attendance sheet. A session to come has none: attendance is noted on the day or after. */
export function GroupSessions({ group, data, today }: Props) {
  const { t } = useGroupsT();
  const { db, actor } = useUserData();
  const { upcoming, past } = sessionsOf(data.sessions, group.id, today);
  const pastIds = past.map((s) => s.id);
  const attendance = useLiveQuery(
    () => db.attendance.where('sessionId').anyOf(pastIds).toArray(),
    [db, pastIds.join()],
  );
  // Here, not in each session: a cancelled one leaves the list, its feedback must stay.
  const cancel = useAction();
  const schedules = mayOnGroup(actor, group, 'session.schedule');
  const records = mayOnGroup(actor, group, 'group.setAttendance');
  const members = (group.memberIds ?? [])
    .map((id) => ({ id, name: data.agents.find((a) => a.id === id)?.displayName ?? '—' }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section className="manage-panel" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('sessions.title')}</h2>
      {schedules ? (
        group.closed ? (
          <p>{t('schedule.closed')}</p>
        ) : (
          <SessionForm groupId={group.id} today={today} />
        )
      ) : null}
      <h3>{t('sessions.upcoming')}</h3>
      {upcoming.length === 0 ? (
        <p>{t('sessions.none')}</p>
      ) : (
        <ul className="manage-list">
          {upcoming.map((session) => (
            <li key={session.id} className="group-session">
              <SessionFacts session={session} />
              <p>{t('sessions.laterAttendance')}</p>
              {schedules ? <CancelSession session={session} cancel={cancel} /> : null}
            </li>
          ))}
        </ul>
      )}
      <ActionFeedback result={cancel.result} />
      <h3>{t('sessions.past')}</h3>
      {past.length === 0 ? (
        <p>{t('sessions.none')}</p>
      ) : (
        <ul className="manage-list">
          {past.map((session) => (
            <li key={session.id} className="group-session">
              <SessionFacts session={session} />
              {attendance ? (
                <AttendanceSheet
                  session={session}
                  members={members}
                  recorded={attendance.filter((a) => a.sessionId === session.id)}
                  editable={records}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SessionFacts({ session }: { session: GroupSession }) {
  const { t } = useGroupsT();
  const format = useFormat();
  const duration = useDuration();
  return (
    <>
      <h4 id={`session-${session.id}`}>
        {t('sessions.when', {
          day: format.day(session.date),
          time: session.startTime,
          duration: duration(session.durationMinutes),
        })}
      </h4>
      <p>{t('sessions.place', { place: session.place })}</p>
    </>
  );
}

function CancelSession({
  session,
  cancel: { act, busy },
}: {
  session: GroupSession;
  cancel: ReturnType<typeof useAction>;
}) {
  const { t } = useGroupsT();
  const format = useFormat();
  return (
    <p>
      <button
        type="button"
        className="button button--quiet"
        aria-describedby={`session-${session.id}`}
        disabled={busy}
        onClick={() =>
          void act(
            'session.cancel',
            { sessionId: session.id },
            t('sessions.cancelled', { date: format.date(session.date) }),
          )
        }
      >
        {t('sessions.cancel')}
      </button>
    </p>
  );
}
