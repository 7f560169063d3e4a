import type { TFunction } from 'i18next';
import { useId, useState, type FormEvent } from 'react';
import type { MilestoneComment } from '../../domain/entities';
import { ActionFeedback } from '../recruit/ActionFeedback';
import type { Format } from '../recruit/format';
import { useAction } from '../recruit/useAction';
import { useManageT } from './strings';

interface ListProps {
  comments: readonly MilestoneComment[];
  names: ReadonlyMap<string, string>;
  /** The page's own: a list drawn in every milestone's row needs no hooks of its own. */
  t: TFunction<'manage'>;
  format: Format;
}

/** What the recruit, her mentor and her managers said about a milestone (milestone.comment):
 *  all three read it. */
export function CommentList({ comments, names, t, format }: ListProps) {
  if (comments.length === 0) return null;
  return (
    <ul className="manage-comments" aria-label={t('recruit.comments')}>
      {comments.map((c) => (
        <li key={c.id}>
          <span className="manage-sub">
            {names.get(c.authorId) ?? '—'}, {format.date(c.at.slice(0, 10))}
          </span>
          {c.text}
        </li>
      ))}
    </ul>
  );
}

interface FormProps {
  stepId: string;
  /** Says the success for the whole path, as the step's other forms do. */
  onDone: (message: string) => void;
}

/** Adds a comment to a milestone (milestone.comment). */
export function CommentForm({ stepId, onDone }: FormProps) {
  const { t } = useManageT();
  const { act, busy, result } = useAction();
  const [text, setText] = useState('');
  const id = useId();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const args = { id: crypto.randomUUID(), stepId, text };
    const message = t('recruit.commented');
    if (!(await act('milestone.comment', args, message)).ok) return;
    setText('');
    onDone(message);
  }
  return (
    <form className="manage-action" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`${id}-text`}>{t('recruit.commentLabel')}</label>
      <textarea
        id={`${id}-text`}
        rows={2}
        maxLength={2000}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button button--quiet" disabled={busy || !text.trim()}>
        {t('recruit.addComment')}
      </button>
      <ActionFeedback result={result?.ok ? null : result} />
    </form>
  );
}
