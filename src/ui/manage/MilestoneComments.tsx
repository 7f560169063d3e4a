import { useId, useState, type FormEvent } from 'react';
import type { MilestoneComment } from '../../domain/entities';
import { ActionFeedback } from '../recruit/ActionFeedback';
import { useFormat } from '../recruit/format';
import { useAction } from '../recruit/useAction';
import { useManageT } from './strings';

interface Props {
  stepId: string;
  comments: readonly MilestoneComment[];
  names: ReadonlyMap<string, string>;
  canComment: boolean;
}

/** What the recruit, her mentor and her managers said about a milestone (milestone.comment):
 *  all three read it. */
export function MilestoneComments({ stepId, comments, names, canComment }: Props) {
  const { t } = useManageT();
  const format = useFormat();
  const { act, busy, result } = useAction();
  const [text, setText] = useState('');
  const id = useId();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const args = { id: crypto.randomUUID(), stepId, text };
    if ((await act('milestone.comment', args, t('recruit.commented'))).ok) setText('');
  }
  return (
    <>
      {comments.length > 0 ? (
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
      ) : null}
      {canComment ? (
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
          <ActionFeedback result={result} />
        </form>
      ) : null}
    </>
  );
}
