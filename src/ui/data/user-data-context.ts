import { createContext, useContext } from 'react';
import type { UserDb } from '../../db';
import type { Outcome } from '../../domain/commands';
import type { Agent } from '../../domain/organisation';
import type { Actor } from '../../domain/permissions';

/** Runs a named command (DESIGN §6) on this device: the only way screens write. */
export type Run = (name: string, args: unknown) => Promise<Outcome>;

export interface UserData {
  /** The signed-in agent's own database. */
  db: UserDb;
  agent: Agent;
  /** What the agent's roles reach; undefined while it loads (run() waits for it). */
  actor: Actor | undefined;
  run: Run;
}

export const UserDataContext = createContext<UserData | null>(null);

export function useUserData(): UserData {
  const data = useContext(UserDataContext);
  if (!data) throw new Error('useUserData must be used inside <UserDataProvider>');
  return data;
}
