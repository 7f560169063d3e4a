import { createContext, useContext } from 'react';
import type { SyncStatus } from '../../sync';

export interface SyncHandle {
  status: SyncStatus;
  /** "Synchroniser maintenant". */
  syncNow: () => void;
  /** Called after every local write: the engine pushes about a second later. */
  afterWrite: () => void;
}

const idle: SyncHandle = {
  status: { state: 'idle', lastSyncAt: null, lastError: null },
  syncNow: () => undefined,
  afterWrite: () => undefined,
};

export const SyncContext = createContext<SyncHandle>(idle);

export const useSync = () => useContext(SyncContext);
