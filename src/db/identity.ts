import Dexie, { liveQuery } from 'dexie';
import type { Agent } from '../domain/organisation';
import { deviceDb, type StoredIdentity } from './device-db';
import { forgetAllFiles } from './offline-files';
import { closeUserDbs, openUserDb, userDbName, userDbPrefix } from './user-db';

export async function readIdentity(): Promise<StoredIdentity | null> {
  return (await deviceDb.identity.get('current')) ?? null;
}

/** Calls `listener` with the stored identity now and after every change (other tabs too).
 *  Returns the unsubscribe function. */
export function watchIdentity(listener: (identity: StoredIdentity | null) => void): () => void {
  const subscription = liveQuery(readIdentity).subscribe({
    next: listener,
    error: (error: unknown) => console.error('Reading the stored identity failed', error),
  });
  return () => subscription.unsubscribe();
}

/** Stores `agent` as the signed-in identity and makes sure their own database exists. */
export async function saveIdentity(agent: Agent, now = new Date()): Promise<StoredIdentity> {
  const identity: StoredIdentity = { key: 'current', agent, savedAt: now.toISOString() };
  const name = userDbName(agent.id);
  await deviceDb.transaction('rw', deviceDb.identity, deviceDb.userDatabases, async () => {
    await deviceDb.identity.put(identity);
    if (!(await deviceDb.userDatabases.get(name))) {
      await deviceDb.userDatabases.add({ name, agentId: agent.id, createdAt: identity.savedAt });
    }
  });
  await openUserDb(agent.id).meta.put({ key: 'owner', value: agent.id });
  return identity;
}

/** The device holds one person's data at a time: signing in as someone else wipes it first;
 *  the same person signing in again (after a 401) keeps everything. */
export async function adoptIdentity(agent: Agent, now = new Date()): Promise<StoredIdentity> {
  const current = await readIdentity();
  if (current && current.agent.id !== agent.id) await wipeDevice();
  return saveIdentity(agent, now);
}

/** Logout, first step: marks the identity, so that the next start finishes a logout cut
 *  short (startingIdentity). */
export async function markLoggingOut(): Promise<void> {
  await deviceDb.identity.update('current', { loggingOut: true });
}

/** Logout: forgets the identity, then deletes every per-user database. A database whose
 *  deletion fails stays listed, so the next wipe tries again. */
export async function wipeDevice(): Promise<void> {
  await deviceDb.identity.clear();
  closeUserDbs();
  await forgetAllFiles(); // the welcome content's files kept offline (issue 18)
  const known = await deviceDb.userDatabases.toCollection().primaryKeys();
  const listed = (await Dexie.getDatabaseNames()).filter((name) => name.startsWith(userDbPrefix));
  for (const name of new Set([...known, ...listed])) {
    await Dexie.delete(name);
    await deviceDb.userDatabases.delete(name);
  }
}
