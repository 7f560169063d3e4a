import Dexie, { type EntityTable } from 'dexie';
import type { Agent } from '../domain/organisation';

/** The agent signed in on this device, kept so that a reload with no network opens the app. */
export interface StoredIdentity {
  key: 'current';
  agent: Agent;
  /** ISO instant of the last confirmation by the server (login or GET /api/auth/me). */
  savedAt: string;
  /** Set when a logout starts: one cut short (the tab closed, a navigation) is finished at
   *  the next start, so the device never keeps data its user logged out of. */
  loggingOut?: true;
}

/** Every per-user database this device has created, so that a wipe finds them all even
 *  where `indexedDB.databases()` is missing. */
export interface KnownUserDatabase {
  name: string;
  agentId: string;
  createdAt: string;
}

export type DeviceDb = Dexie & {
  identity: EntityTable<StoredIdentity, 'key'>;
  userDatabases: EntityTable<KnownUserDatabase, 'name'>;
};

export const deviceDbName = 'parcours-device';

// A typed cast rather than a subclass: class fields would overwrite the tables Dexie sets.
export const deviceDb = new Dexie(deviceDbName) as DeviceDb;

// Schema history: never edit a published version, add the next one.
deviceDb.version(1).stores({
  identity: 'key',
  userDatabases: 'name',
});
