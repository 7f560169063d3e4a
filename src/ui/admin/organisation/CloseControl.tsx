import { useEffect, useId, useRef, useState } from 'react';
import { useAction } from '../../recruit/useAction';
import { Feedback } from './Feedback';
import { useFieldErrors } from './refusals';
import { useOrganisationT } from './strings';

interface Props {
  command: 'territory.update' | 'circonscription.update';
  /** The command's id argument: `{ territoryId }` or `{ circonscriptionId }`. */
  target: Readonly<Record<string, string>>;
  closed: boolean;
  /** The words of this button, its question and its outcomes, already translated. */
  words: { close: string; question: string; closed: string; reopen: string; reopened: string };
}

/** Closes a territory or a circonscription after a confirmation, or reopens it. Closing keeps
 *  the history but cannot be done by mistake: the question says what it means first. */
export function CloseControl({ command, target, closed, words }: Props) {
  const { t } = useOrganisationT();
  const { act, busy, result } = useAction();
  const { general } = useFieldErrors(command, [], result);
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Once answered, focus goes back to the button, whichever it has become (closing turns it
  // into "reopen" when the live query sees the change), not to the page's start.
  const [answered, setAnswered] = useState(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (answered) button.current?.focus();
  }, [asking, answered, closed]);
  const ask = () => {
    setAnswered(false);
    setAsking(true);
  };
  const answer = async (yes: boolean) => {
    setAsking(false);
    setAnswered(true);
    if (yes) await act(command, { ...target, closed: true }, words.closed);
  };
  return (
    <div className="organisation-close">
      {closed ? (
        <button
          ref={button}
          type="button"
          className="button button--quiet"
          disabled={busy}
          onClick={() => void act(command, { ...target, closed: false }, words.reopened)}
        >
          {words.reopen}
        </button>
      ) : asking ? (
        <div role="group" aria-labelledby={questionId} className="organisation-confirm">
          <p id={questionId} ref={question} tabIndex={-1}>
            {words.question}
          </p>
          <div className="manage-action__buttons">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void answer(true)}
            >
              {t('confirm.yes')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void answer(false)}
            >
              {t('confirm.no')}
            </button>
          </div>
        </div>
      ) : (
        <button ref={button} type="button" className="button button--quiet" onClick={ask}>
          {words.close}
        </button>
      )}
      <Feedback result={result} error={general} />
    </div>
  );
}
