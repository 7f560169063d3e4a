import { useState, type FormEvent } from 'react';
import { SelectField } from '../../components/SelectField';
import { useCommandError } from '../../data/command-error';
import { TextField } from '../../login/TextField';
import { ActionFeedback } from '../../recruit/ActionFeedback';
import { useFormat } from '../../recruit/format';
import { useAction } from '../../recruit/useAction';
import { useGroupsT } from './strings';

const fields = ['date', 'startTime', 'durationMinutes', 'place'] as const;
const durations = [60, 90, 120, 150, 180, 210, 240];

/** "2 h 30": a session's length. */
export function useDuration(): (minutes: number) => string {
  const { t } = useGroupsT();
  return (minutes) => {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0
      ? t('durations.hours', { hours })
      : t('durations.hoursMinutes', { hours, minutes: String(rest).padStart(2, '0') });
  };
}

/** session.schedule: when, how long, where; from today on. */
export function SessionForm({ groupId, today }: { groupId: string; today: string }) {
  const { t } = useGroupsT();
  const format = useFormat();
  const describe = useCommandError();
  const duration = useDuration();
  const { act, busy, result } = useAction();
  const [values, setValues] = useState({
    date: today,
    startTime: '14:00',
    durationMinutes: '120',
    place: '',
  });
  const set = (change: Partial<typeof values>) => setValues((now) => ({ ...now, ...change }));
  const failed = result && !result.ok ? result.error : null;
  const onField = fields.some((field) => field === failed?.field);
  const errorOf = (field: (typeof fields)[number]) => {
    if (!failed || failed.field !== field) return undefined;
    // The command refuses a past day, or no day, on this field: one message says both.
    return field === 'date' && failed.code === 'invalid'
      ? t('schedule.datePast')
      : describe(failed);
  };
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const args = {
      id: crypto.randomUUID(),
      groupId,
      ...values,
      durationMinutes: Number(values.durationMinutes),
    };
    await act('session.schedule', args, t('schedule.done', { date: format.date(values.date) }));
  }
  return (
    <form className="manage-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('schedule.title')}</h3>
      <TextField
        label={t('schedule.date')}
        type="date"
        min={today}
        value={values.date}
        onChange={(event) => set({ date: event.target.value })}
        error={errorOf('date')}
      />
      <TextField
        label={t('schedule.startTime')}
        type="time"
        value={values.startTime}
        onChange={(event) => set({ startTime: event.target.value })}
        error={errorOf('startTime')}
      />
      <SelectField
        label={t('schedule.duration')}
        value={values.durationMinutes}
        onChange={(durationMinutes) => set({ durationMinutes })}
        error={errorOf('durationMinutes')}
        choices={durations.map((m) => ({ value: String(m), label: duration(m) }))}
      />
      <TextField
        label={t('schedule.place')}
        value={values.place}
        maxLength={200}
        onChange={(event) => set({ place: event.target.value })}
        error={errorOf('place')}
      />
      <button type="submit" className="button" disabled={busy}>
        {t('schedule.submit')}
      </button>
      <ActionFeedback result={result} shownOnField={onField} />
    </form>
  );
}
