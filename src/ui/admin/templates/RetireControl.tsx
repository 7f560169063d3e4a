import { useEffect, useId, useRef, useState } from 'react';
import type { Template } from '../../../domain/entities';
import { ActionFeedback } from '../../recruit/ActionFeedback';
import { useAction } from '../../recruit/useAction';
import { useTemplatesT } from './strings';

/** template.retire after a confirmation that says what retiring means: no more new paths
 *  from it, the paths made from it unchanged. */
export function RetireControl({ template }: { template: Template }) {
  const { t } = useTemplatesT();
  const { act, busy, result } = useAction();
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const feedback = useRef<HTMLDivElement>(null);
  const [answered, setAnswered] = useState(false);
  // The question takes the focus; "no" gives it back to the button, "yes" to what came of
  // it (the button is gone once the version is retired).
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (answered) (button.current ?? feedback.current)?.focus();
  }, [asking, answered, template.retired]);
  const answer = async (yes: boolean) => {
    setAsking(false);
    setAnswered(true);
    if (yes)
      await act(
        'template.retire',
        { templateId: template.id },
        t('view.retiredOk', { name: template.name }),
      );
  };
  return (
    <div className="templates-actions">
      {template.retired ? null : asking ? (
        <div role="group" aria-labelledby={questionId} className="templates-confirm">
          <p id={questionId} ref={question} tabIndex={-1}>
            {t('view.retireQuestion', { name: template.name })}
          </p>
          <div className="templates-actions">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void answer(true)}
            >
              {t('view.retireYes')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void answer(false)}
            >
              {t('view.retireNo')}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={button}
          type="button"
          className="button button--quiet"
          onClick={() => {
            setAnswered(false);
            setAsking(true);
          }}
        >
          {t('view.retire')}
        </button>
      )}
      <div ref={feedback} tabIndex={-1}>
        <ActionFeedback result={result} />
      </div>
    </div>
  );
}
