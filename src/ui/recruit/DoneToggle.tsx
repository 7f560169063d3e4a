import { useState } from 'react';
import type { Step } from '../../domain/entities';
import { ActionFeedback } from './ActionFeedback';
import { useRecruitT } from './strings';
import { useAction } from './useAction';

/** A plain step (admin, training, mentoring, practice group): done, or back to do.
 *  The button shows the new state at once, before the write commits: on a cheap phone the
 *  transaction and the live query take a few frames, and a tap must feel instant. The
 *  command sets a value (never toggles), so taps in quick succession stay correct; a refused
 *  command puts the stored state back and says why. */
export function DoneToggle({ step }: { step: Step }) {
  const { t } = useRecruitT();
  const { act, result } = useAction();
  const [intended, setIntended] = useState<boolean | null>(null);
  const [seenStatus, setSeenStatus] = useState(step.status);
  // The row caught up (this write, or one from elsewhere): it speaks for itself again.
  if (seenStatus !== step.status) {
    setSeenStatus(step.status);
    setIntended(null);
  }
  const done = intended ?? step.status === 'done';

  function tap() {
    const next = !done;
    setIntended(next);
    void act(
      'step.setDone',
      { stepId: step.id, done: next },
      t(next ? 'step.markedDone' : 'step.markedTodo'),
    ).then((outcome) => {
      if (!outcome.ok) setIntended(null);
    });
  }

  return (
    <div className="step-action">
      <button type="button" className={done ? 'button button--quiet' : 'button'} onClick={tap}>
        {t(done ? 'step.markTodo' : 'step.markDone')}
      </button>
      <ActionFeedback result={result} />
    </div>
  );
}
