import type { ActionResult } from '../../recruit/useAction';

interface Props {
  result: ActionResult | null;
  /** Why the command was refused, when no field of the form shows it. */
  error: string | undefined;
}

/** ActionFeedback's two live regions, always present so that what happens is announced, with
 *  this screen's own wording of a refusal (refusals.ts). */
export function Feedback({ result, error }: Props) {
  return (
    <>
      <p role="status" className="feedback feedback--done">
        {result?.ok ? result.message : null}
      </p>
      <div role="alert" className="feedback feedback--error">
        {error ? <p>{error}</p> : null}
      </div>
    </>
  );
}
