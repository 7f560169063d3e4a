import Dexie, { type EntityTable } from 'dexie';

/** Each user's data lives in a database of its own (DESIGN §6 "On the client"). */
export const userDbPrefix = 'parcours-user-';

export function userDbName(agentId: string): string {
  return `${userDbPrefix}${agentId}`;
}

export interface UserMeta {
  key: 'owner';
  agentId: string;
  createdAt: string;
}

export type UserDb = Dexie & {
  meta: EntityTable<UserMeta, 'key'>;
};

/** Opens (creating if needed) an agent's own database. Paths, steps and the outbox arrive
 *  with the sync engine; version 1 only records whose database it is. */
export function openUserDb(agentId: string): UserDb {
  const db = new Dexie(userDbName(agentId)) as UserDb;
  db.version(1).stores({ meta: 'key' });
  return db;
}
