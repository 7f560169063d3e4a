import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { execute, loadActor, openUserDb, useActor } from '../../db';
import type { Agent } from '../../domain/organisation';
import { UserDataContext, type Run, type UserData } from './user-data-context';

interface Props {
  agent: Agent;
  /** Called after every command that wrote something: the sync engine pushes from here. */
  onWrite?: () => void;
  children: ReactNode;
}

const nothing = () => undefined;

/** Opens the signed-in agent's database and lets the screens under it read and run commands. */
export function UserDataProvider({ agent, onWrite = nothing, children }: Props) {
  const db = useMemo(() => openUserDb(agent.id), [agent.id]);
  const actor = useActor(db, agent);
  const afterWrite = useRef(onWrite);
  useEffect(() => {
    afterWrite.current = onWrite;
  });

  const value = useMemo<UserData>(() => {
    const run: Run = async (name, args) => {
      const outcome = await execute(db, actor ?? (await loadActor(db, agent)), name, args);
      if (outcome.ok) afterWrite.current();
      return outcome;
    };
    return { db, agent, actor, run };
  }, [db, agent, actor]);

  return <UserDataContext value={value}>{children}</UserDataContext>;
}
