import { useCommandError } from '../data/command-error';
import type { ActionResult } from './useAction';

interface Props {
  result: ActionResult | null;
  /** Set when the form shows this error on one of its fields instead. */
  shownOnField?: boolean;
}

/** Two live regions that are always present, so that what happens is announced: a polite
 *  one for success, an alert for a refused command (why, in the user's language). */
export function ActionFeedback({ result, shownOnField = false }: Props) {
  const describe = useCommandError();
  return (
    <>
      <p role="status" className="feedback feedback--done">
        {result?.ok ? result.message : null}
      </p>
      <div role="alert" className="feedback feedback--error">
        {result && !result.ok && !shownOnField ? <p>{describe(result.error)}</p> : null}
      </div>
    </>
  );
}
