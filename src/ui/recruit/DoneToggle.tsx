import type { Step } from '../../domain/entities';
import { ActionFeedback } from './ActionFeedback';
import { useRecruitT } from './strings';
import { useAction } from './useAction';

/** A plain step (admin, training, mentoring, practice group): done, or back to do. */
export function DoneToggle({ step }: { step: Step }) {
  const { t } = useRecruitT();
  const { act, busy, result } = useAction();
  const done = step.status === 'done';
  return (
    <div className="step-action">
      <button
        type="button"
        className={done ? 'button button--quiet' : 'button'}
        disabled={busy}
        onClick={() =>
          void act(
            'step.setDone',
            { stepId: step.id, done: !done },
            t(done ? 'step.markedTodo' : 'step.markedDone'),
          )
        }
      >
        {t(done ? 'step.markTodo' : 'step.markDone')}
      </button>
      <ActionFeedback result={result} />
    </div>
  );
}
