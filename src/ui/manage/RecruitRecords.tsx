import type { RecruitFile } from '../../db/recruit-file';
import { trainingAccount } from '../../domain/training';
import { useFormat } from '../recruit/format';
import { MeetingForm } from '../recruit/MeetingForm';
import { TrainingForm } from '../recruit/TrainingForm';
import { TrainingGauge } from '../recruit/TrainingGauge';
import { Disclosure } from './Disclosure';
import { useManageT } from './strings';

interface Props {
  file: RecruitFile;
  today: string;
  may: (command: string) => boolean;
}

/** Her trainings against the year's target, her mentor meetings (their dates for managers,
 *  the notes only for her mentor: the server never sends them to anyone else) and her
 *  practice-analysis group attendance (attendance only, DESIGN §4). */
export function RecruitRecords({ file, today, may }: Props) {
  const { t } = useManageT();
  const format = useFormat();
  const account = trainingAccount(file.trainings, today, file.agent.startDate);
  return (
    <>
      <section aria-labelledby="trainings-title" className="manage-panel">
        <h2 id="trainings-title">{t('recruit.trainings')}</h2>
        <TrainingGauge account={account} />
        {file.trainings.length === 0 ? (
          <p>{t('recruit.noTraining')}</p>
        ) : (
          <ul>
            {[...file.trainings].reverse().map((training) => (
              <li key={training.id}>
                {format.date(training.date)} · {training.title} ·{' '}
                {t('recruit.days', { days: format.number(training.days) })}
              </li>
            ))}
          </ul>
        )}
        {may('training.record') ? (
          <Disclosure label={t('recruit.recordTraining')}>
            <TrainingForm agentId={file.agent.id} today={today} />
          </Disclosure>
        ) : null}
      </section>
      <section aria-labelledby="meetings-title" className="manage-panel">
        <h2 id="meetings-title">{t('recruit.meetings')}</h2>
        {file.meetings.length === 0 ? (
          <p>{t('recruit.noMeeting')}</p>
        ) : (
          <ul>
            {file.meetings.map((meeting) => (
              <li key={meeting.id}>
                <strong>{format.date(meeting.date)}</strong>
                {meeting.notes !== undefined ? (
                  <p className="manage-note">{meeting.notes}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {file.path && may('meeting.log') ? (
          <MeetingForm pathId={file.path.id} today={today} />
        ) : null}
      </section>
      <section aria-labelledby="groups-title" className="manage-panel">
        <h2 id="groups-title">{t('recruit.groups')}</h2>
        {file.attendance.length === 0 ? (
          <p>{t('recruit.noGroup')}</p>
        ) : (
          <ul>
            {file.attendance.map(({ attendance, session, group }) => (
              <li key={attendance.id}>
                {session ? format.date(session.date) : '—'} · {group?.name ?? '—'} ·{' '}
                {t(attendance.present ? 'recruit.present' : 'recruit.absent')}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
