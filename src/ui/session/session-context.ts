import { createContext, useContext } from 'react';
import type { StoredIdentity } from '../../db';
import type { Agent } from '../../domain/organisation';
import type { LoginResult } from './auth-api';

export interface Session {
  /** The agent this device opens as, even offline; null once logged out. */
  identity: StoredIdentity | null;
  /** The server answered 401: the person must log in again; local data is kept. */
  expired: boolean;
  /** The sync engine met a 401: ask the person to log in again, keeping local data. */
  expire: () => void;
  logIn: (email: string, password: string) => Promise<LoginResult>;
  /** The server opened a session for this agent another way (an activation code). */
  signedIn: (agent: Agent) => Promise<void>;
  /** Best-effort server logout, then wipes this device (works offline). */
  logOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
