import { useEffect, useId, useRef, useState } from 'react';
import type { Agent } from '../../../domain/organisation';
import { ActionFeedback } from '../../recruit/ActionFeedback';
import { useAction } from '../../recruit/useAction';
import { useAccountsT } from './strings';

/**
 * "Désactiver le compte", asked twice: a modal dialog (the browser's own, which keeps focus
 * inside, closes on Escape and gives focus back) says what it does before agent.disable runs.
 * Offline, it queues like any command; her sessions end when the server applies it.
 */
export function DisableAccount({ agent }: { agent: Agent }) {
  const { t } = useAccountsT();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [disabling, setDisabling] = useState(false);
  const { act, busy, result } = useAction();
  const name = agent.displayName;

  useEffect(() => {
    if (confirming && !dialog.current?.open) dialog.current?.showModal();
  }, [confirming]);
  // The button is gone once she is disabled: focus goes to the words that say so.
  useEffect(() => {
    if (disabling && agent.disabled) done.current?.focus();
  }, [disabling, agent.disabled]);

  const closed = () => {
    setConfirming(false);
    opener.current?.focus();
  };
  async function confirm() {
    setDisabling(true);
    dialog.current?.close();
    await act('agent.disable', { agentId: agent.id }, t('disable.done', { name }));
  }

  return (
    <>
      {agent.disabled ? (
        <p ref={done} tabIndex={-1}>
          {t('disable.already')}
        </p>
      ) : (
        <p>
          <button
            ref={opener}
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {t('disable.button')}
          </button>
        </p>
      )}
      {confirming ? (
        <dialog ref={dialog} className="account-dialog" aria-labelledby={titleId} onClose={closed}>
          <h2 id={titleId}>{t('disable.title', { name })}</h2>
          <p>{t('disable.text', { name })}</p>
          <div className="account-dialog__buttons">
            <button type="button" className="button button--danger" onClick={() => void confirm()}>
              {t('disable.confirm')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => dialog.current?.close()}
            >
              {t('disable.cancel')}
            </button>
          </div>
        </dialog>
      ) : null}
      <ActionFeedback result={result} />
    </>
  );
}
