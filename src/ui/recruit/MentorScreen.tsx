import { useMemo } from 'react';
import { useMeetings, usePathOf, usePendingKeys } from '../../db';
import { todayIso } from '../../domain/dates';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { useFormat } from './format';
import { MeetingForm } from './MeetingForm';
import { MentorContact } from './MentorContact';
import { PendingMark } from './PendingMark';
import { useRecruitT } from './strings';
import './recruit.css';

/** "Mon tuteur": who the mentor is, how to reach them, and the notes of their meetings. */
export default function MentorScreen() {
  const { t } = useRecruitT();
  const { db, agent } = useUserData();
  useDocumentTitle(t('mentor.title'));
  const format = useFormat();
  const path = usePathOf(db, agent.id);
  const meetings = useMeetings(db, path?.id);
  const pending = usePendingKeys(db);
  const newestFirst = useMemo(() => (meetings ? [...meetings].reverse() : []), [meetings]);
  if (path === undefined) return <Loading />;
  return (
    <section className="recruit-screen" aria-labelledby="mentor-title">
      <h1 id="mentor-title">{t('mentor.title')}</h1>
      <MentorContact path={path} />
      {path ? (
        <>
          <section aria-labelledby="meetings-title">
            <h2 id="meetings-title">{t('mentor.notesTitle')}</h2>
            <p className="screen-intro">{t('mentor.notesIntro')}</p>
            {newestFirst.length === 0 ? <p>{t('mentor.empty')}</p> : null}
            <ul className="item-list">
              {newestFirst.map((meeting) => (
                <li key={meeting.id} className="tile">
                  <h3 className="tile__title">
                    {format.day(meeting.date)}
                    {pending?.has(`meeting:${meeting.id}`) ? <PendingMark /> : null}
                  </h3>
                  <p className="meeting__notes">{meeting.notes ?? t('mentor.hidden')}</p>
                </li>
              ))}
            </ul>
          </section>
          <MeetingForm pathId={path.id} today={todayIso(new Date())} />
        </>
      ) : (
        <p className="notice">{t('path.noPath')}</p>
      )}
    </section>
  );
}
