import { useId, useState, type FormEvent } from 'react';
import type { Step } from '../../domain/entities';
import { ActionFeedback } from './ActionFeedback';
import { useRecruitT } from './strings';
import { useAction } from './useAction';

/** A milestone: where the request stands, the manager's comment, and a request for
 *  approval with an optional note (not while one waits, nor once approved). */
export function MilestonePanel({ step }: { step: Step }) {
  const { t } = useRecruitT();
  const { act, busy, result } = useAction();
  const [note, setNote] = useState('');
  const id = useId();
  const canSubmit = step.status === 'todo' || step.status === 'rejected';
  const noteError = result && !result.ok && result.error.field === 'note';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const args = { stepId: step.id, ...(note.trim() ? { note } : {}) };
    const outcome = await act('milestone.submit', args, t('milestone.submitted'));
    if (outcome.ok) setNote('');
  }

  return (
    <section className="step-action" aria-labelledby="milestone-title">
      <h2 id="milestone-title">{t('milestone.title')}</h2>
      {step.status === 'submitted' ? <p>{t('milestone.waiting')}</p> : null}
      {step.status === 'approved' ? <p>{t('milestone.approved')}</p> : null}
      {step.status === 'submitted' && step.submittedNote ? (
        <p className="quote">{t('milestone.yourNote', { note: step.submittedNote })}</p>
      ) : null}
      {step.decision?.comment ? (
        <p className="quote">{t('milestone.decision', { comment: step.decision.comment })}</p>
      ) : null}
      {step.status === 'rejected' ? <p>{t('milestone.again')}</p> : null}
      {canSubmit ? (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-note`}>
              {t('milestone.note')}
            </label>
            <p id={`${id}-help`} className="field__help">
              {t('milestone.noteHelp')}
            </p>
            <textarea
              id={`${id}-note`}
              className="field__input"
              rows={4}
              value={note}
              aria-invalid={noteError ? true : undefined}
              aria-describedby={`${id}-help`}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t('milestone.submit')}
          </button>
        </form>
      ) : null}
      <ActionFeedback result={result} />
    </section>
  );
}
