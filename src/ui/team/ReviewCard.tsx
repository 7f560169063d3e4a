import './strings';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Path, Step } from '../../domain/entities';
import type { Agent } from '../../domain/organisation';
import type { Outcome } from '../../domain/commands';
import { useCommandError } from '../data/command-error';

/** A milestone waiting for a decision, with its path and recruit. */
export interface Review {
  step: Step;
  path: Path;
  recruit: Agent | undefined;
}

interface Props {
  review: Review;
  pending: boolean;
  decide: (decision: 'approved' | 'rejected', comment: string) => Promise<Outcome>;
  /** Tells the list what was decided, to announce it once this card is gone. */
  onDecided: (message: string) => void;
  /** More about the request: how long it has waited, on whose behalf. */
  children?: ReactNode;
}

/** One request for review: who, which milestone, her note, and the decision with a comment
 *  (required to reject). Works offline: the decision is queued and synced later. */
export function ReviewCard({ review, pending, decide, onDecided, children }: Props) {
  const { t, i18n } = useTranslation('team');
  const { t: ts } = useTranslation('sync');
  const reasonOf = useCommandError();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const name = review.recruit?.displayName ?? t('reviews.unknownRecruit');
  const due = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
    new Date(`${review.step.dueDate}T12:00:00`),
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision = submitter?.value === 'rejected' ? 'rejected' : 'approved';
    if (decision === 'rejected' && !comment.trim()) {
      setError(t('reviews.commentRequired'));
      return;
    }
    const outcome = await decide(decision, comment.trim());
    if (outcome.ok) {
      onDecided(t(`reviews.${decision}`, { title: review.step.title, name }));
      return;
    }
    setError(
      outcome.error.field === 'comment' ? t('reviews.commentRequired') : reasonOf(outcome.error),
    );
  }

  return (
    <li className="card review">
      <h3 className="review__title">
        {review.step.title}
        {pending ? <span className="pending-mark"> ⟳ {ts('pendingMark')}</span> : null}
      </h3>
      <p className="review__who">{name}</p>
      <p className="review__due">{t('reviews.due', { date: due })}</p>
      {children}
      {review.step.submittedNote ? (
        <p className="review__note">
          {t('reviews.recruitNote', { note: review.step.submittedNote })}
        </p>
      ) : null}
      <form className="review__form" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={`${id}-comment`}>{t('reviews.comment')}</label>
        <p id={`${id}-help`} className="field-help">
          {t('reviews.commentHelp')}
        </p>
        <textarea
          id={`${id}-comment`}
          value={comment}
          maxLength={2000}
          rows={3}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-help ${id}-error` : `${id}-help`}
          onChange={(event) => setComment(event.target.value)}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="review__actions">
          <button type="submit" className="button" name="decision" value="approved">
            {t('reviews.approve')}
          </button>
          <button type="submit" className="button button--quiet" name="decision" value="rejected">
            {t('reviews.reject')}
          </button>
        </div>
      </form>
    </li>
  );
}
