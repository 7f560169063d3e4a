import './strings';
import { useTranslation } from 'react-i18next';
import { useMentees, type UserDb } from '../../db';
import { todayIso } from '../../domain/dates';
import './team.css';

/** A mentor's mentees: each one's progress, what is overdue and what waits for approval. */
export function MenteeList({ db, mentorId }: { db: UserDb; mentorId: string }) {
  const { t, i18n } = useTranslation('team');
  const mentees = useMentees(db, mentorId, todayIso(new Date()));
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  const instant = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return (
    <section className="team-section" aria-labelledby="mentees-title">
      <h2 id="mentees-title">{t('mentees.title')}</h2>
      {mentees === undefined ? null : mentees.length === 0 ? (
        <p>{t('mentees.empty')}</p>
      ) : (
        <ul className="card-list">
          {mentees.map(({ path, recruit, done, total, overdue, waiting, lastSyncAt }) => (
            <li key={path.id} className="card">
              <h3>{recruit?.displayName}</h3>
              <p>
                {recruit?.job} ·{' '}
                {t('mentees.started', {
                  date: date.format(new Date(`${path.startDate}T12:00:00`)),
                })}
              </p>
              <p>
                <progress
                  max={total}
                  value={done}
                  aria-label={t('mentees.progress', { done, total })}
                />{' '}
                {t('mentees.progress', { done, total })}
              </p>
              {overdue > 0 ? (
                <p className="team-alert">{t('mentees.overdue', { count: overdue })}</p>
              ) : null}
              {waiting > 0 ? <p>{t('mentees.waiting', { count: waiting })}</p> : null}
              <p>
                {lastSyncAt
                  ? t('mentees.lastSync', { when: instant.format(new Date(lastSyncAt)) })
                  : t('mentees.neverSynced')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
