import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { UserDb } from '../../db';
import type { Agent } from '../../domain/organisation';
import { httpTransport, startTriggers, SyncEngine, type SyncStatus } from '../../sync';
import { SyncContext, type SyncHandle } from './sync-context';

interface Props {
  db: UserDb;
  agent: Agent;
  /** The server said 401: the session must be renewed; the outbox stays. */
  onUnauthorized: () => void;
  children: ReactNode;
}

/** Runs the sync engine for the signed-in agent while their screens are open. */
export function SyncProvider({ db, agent, onUnauthorized, children }: Props) {
  const [status, setStatus] = useState<SyncStatus>({
    state: 'idle',
    lastSyncAt: null,
    lastError: null,
  });
  const afterWrite = useRef<() => void>(() => undefined);
  const engineRef = useRef<SyncEngine | null>(null);
  const unauthorized = useRef(onUnauthorized);
  useEffect(() => {
    unauthorized.current = onUnauthorized;
  });

  useEffect(() => {
    const engine = new SyncEngine({ db, agent, transport: httpTransport() });
    engineRef.current = engine;
    const unsubscribe = engine.subscribe((next) => {
      setStatus(next);
      if (next.state === 'unauthorized') unauthorized.current();
    });
    let triggers: ReturnType<typeof startTriggers> | undefined;
    void engine.restore().then(() => {
      if (engineRef.current !== engine) return;
      triggers = startTriggers(engine);
      afterWrite.current = triggers.afterWrite;
    });
    return () => {
      engineRef.current = null;
      triggers?.stop();
      unsubscribe();
      engine.stop();
    };
  }, [db, agent]);

  const handle = useMemo<SyncHandle>(
    () => ({
      status,
      syncNow: () => void engineRef.current?.sync(),
      afterWrite: () => afterWrite.current(),
    }),
    [status],
  );
  return <SyncContext value={handle}>{children}</SyncContext>;
}
