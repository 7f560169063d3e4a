import { useState } from 'react';
import { useSession } from '../session/session-context';
import type { AskFailure, AskResult } from './activation-api';

export type CodeRequest<T> =
  | { kind: 'idle' }
  | { kind: 'asking' }
  | { kind: 'done'; value: T }
  | { kind: 'failed'; reason: Exclude<AskFailure, 'unauthenticated'> };

/**
 * Asks the server for codes, remembering the last answer: a code is shown until a new one
 * is asked for, even if the connection drops meanwhile (printing needs none). A lapsed
 * session sends her to log in again, as the sync engine does on a 401.
 */
export function useCodeRequest<T>(): {
  request: CodeRequest<T>;
  ask: (send: () => Promise<AskResult<T>>) => Promise<void>;
} {
  const { expire } = useSession();
  const [request, setRequest] = useState<CodeRequest<T>>({ kind: 'idle' });
  async function ask(send: () => Promise<AskResult<T>>) {
    setRequest({ kind: 'asking' });
    const answer = await send();
    if (answer.ok) return setRequest({ kind: 'done', value: answer.value });
    if (answer.reason === 'unauthenticated') {
      setRequest({ kind: 'idle' });
      return expire();
    }
    setRequest({ kind: 'failed', reason: answer.reason });
  }
  return { request, ask };
}
