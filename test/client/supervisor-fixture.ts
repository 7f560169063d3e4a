import { openUserDb, saveIdentity, wipeDevice, type UserDb } from '../../src/db';
import type { Agent } from '../../src/domain/organisation';
import { agents } from './agents';
import { json, stubNetwork } from './network';
import { seedRecruit } from './recruit-fixture';
import { renderApp } from './render-app';

/** Inès's path as her manager's, territory manager's or mentor's device holds it after a
 *  sync: the recruit's rows, the supervisor's own agent row, and what `extra` adds. */
export async function openAsSupervisor(
  agent: Agent,
  path = '/',
  extra: (db: UserDb) => Promise<void> = () => Promise.resolve(),
) {
  const { db: recruitDb, today } = await seedRecruit();
  const tables = await Promise.all(
    recruitDb.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  await wipeDevice();
  await saveIdentity(agent);
  const db = openUserDb(agent.id);
  for (const [name, rows] of tables) {
    if (name !== 'meta' && name !== 'outbox') await db.table(name).bulkPut(rows);
  }
  await db.agent.put(agent);
  // Only her mentor and she read what was said in their meetings (DESIGN §7).
  if (agent.id !== agents.mentor.id) {
    await db.meeting.toCollection().modify((meeting) => {
      delete meeting.notes;
    });
  }
  await extra(db);
  stubNetwork({ 'GET /api/auth/me': () => json(200, agent) });
  const app = await renderApp(path);
  return { db, today, ...app };
}
