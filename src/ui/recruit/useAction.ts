import { useCallback, useState } from 'react';
import type { Outcome } from '../../domain/commands';
import type { DomainError } from '../../domain/errors';
import { useUserData } from '../data/user-data-context';

export type ActionResult = { ok: true; message: string } | { ok: false; error: DomainError };

/** Runs a command for a screen's action and keeps what came of it, for ActionFeedback. */
export function useAction() {
  const { run } = useUserData();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [busy, setBusy] = useState(false);

  const act = useCallback(
    async (name: string, args: unknown, success: string): Promise<Outcome> => {
      setBusy(true);
      try {
        const outcome = await run(name, args);
        setResult(
          outcome.ok ? { ok: true, message: success } : { ok: false, error: outcome.error },
        );
        return outcome;
      } finally {
        setBusy(false);
      }
    },
    [run],
  );

  return { act, busy, result };
}
