import { useOnline } from '../layout/useOnline';
import { useActivationT } from './strings';
import type { CodeRequest } from './useCodeRequest';

interface Props {
  request: CodeRequest<unknown>;
  askLabel: string;
  onAsk: () => void;
  /** Said while the server is asked, then once the codes are here. */
  asking: string;
  ready: string;
  printLabel: string;
  /** Why there is no button offline: a code exists only once the server has made it. */
  offline: string;
}

/** Ask (online only), then print what came back (offline too: printing needs no network). */
export function AskControls({
  request,
  askLabel,
  onAsk,
  asking,
  ready,
  printLabel,
  offline,
}: Props) {
  const { t } = useActivationT();
  const online = useOnline();
  return (
    <>
      <div className="activation-screen__actions">
        {online ? (
          <button
            type="button"
            className="button"
            onClick={onAsk}
            disabled={request.kind === 'asking'}
          >
            {askLabel}
          </button>
        ) : null}
        {request.kind === 'done' ? (
          <button type="button" className="button button--quiet" onClick={() => window.print()}>
            {printLabel}
          </button>
        ) : null}
      </div>
      {online ? null : (
        <p className="notice" role="status">
          {offline}
        </p>
      )}
      <p role="status" className="activation-screen__status">
        {request.kind === 'asking' ? asking : request.kind === 'done' ? ready : ''}
      </p>
      <div role="alert">
        {request.kind === 'failed' ? (
          <p className="activation-screen__error">{t(`ask.errors.${request.reason}`)}</p>
        ) : null}
      </div>
    </>
  );
}
