import { useId, useState, type FormEvent } from 'react';
import { useCommandError } from '../data/command-error';
import { TextField } from '../login/TextField';
import { ActionFeedback } from './ActionFeedback';
import { useRecruitT } from './strings';
import { useAction } from './useAction';

/** Adds a dated note to the meetings the recruit shares with her mentor (meeting.log). */
export function MeetingForm({ pathId, today }: { pathId: string; today: string }) {
  const { t } = useRecruitT();
  const describe = useCommandError();
  const { act, busy, result } = useAction();
  const [date, setDate] = useState(today);
  const [notes, setNotes] = useState('');
  const id = useId();
  const failed = result && !result.ok ? result.error : null;
  const field = failed?.field === 'date' || failed?.field === 'notes' ? failed.field : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const args = { id: crypto.randomUUID(), pathId, date, notes };
    const outcome = await act('meeting.log', args, t('mentor.saved'));
    if (outcome.ok) {
      setDate(today);
      setNotes('');
    }
  }

  return (
    <section aria-labelledby="meeting-form-title">
      <h2 id="meeting-form-title">{t('mentor.formTitle')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          type="date"
          label={t('mentor.date')}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={failed && field === 'date' ? describe(failed) : undefined}
        />
        <div className="field">
          <label className="field__label" htmlFor={`${id}-notes`}>
            {t('mentor.notes')}
          </label>
          <p id={`${id}-help`} className="field__help">
            {t('mentor.notesHelp')}
          </p>
          <textarea
            id={`${id}-notes`}
            className="field__input"
            rows={5}
            maxLength={5000}
            value={notes}
            aria-invalid={field === 'notes' ? true : undefined}
            aria-describedby={field === 'notes' ? `${id}-help ${id}-error` : `${id}-help`}
            onChange={(event) => setNotes(event.target.value)}
          />
          {failed && field === 'notes' ? (
            <p id={`${id}-error`} className="field__error">
              {describe(failed)}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('mentor.save')}
        </button>
        <ActionFeedback result={result} shownOnField={field !== null} />
      </form>
    </section>
  );
}
