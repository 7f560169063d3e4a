import { commands, runCommand, type Outcome } from '../domain/commands';
import { DomainError } from '../domain/errors';
import type { Actor } from '../domain/permissions';
import { applyChanges } from './changes';
import { readMeta, writeMeta } from './meta';
import { syncTables } from './rows';
import { DexieReader } from './reader';
import type { UserDb } from './user-db';

export const allTables = (db: UserDb) => [...syncTables(db), db.meta, db.outbox];

/** Runs a command on this device: checks, applies, and queues it for the server — the changed
 *  rows and the outbox entry commit in one transaction, or neither does (STYLE 3). A refused
 *  command writes nothing and says why. */
export async function execute(
  db: UserDb,
  actor: Actor,
  name: string,
  args: unknown,
  now = new Date(),
): Promise<Outcome> {
  const command = commands.get(name);
  if (!command) return { ok: false, error: new DomainError('invalid', `unknown command ${name}`) };
  const createdAt = now.toISOString();
  return db.transaction('rw', allTables(db), async () => {
    const read = new DexieReader(db);
    const outcome = await runCommand(command, args, { actor, read, now: createdAt });
    if (!outcome.ok) return outcome;
    const before = await applyChanges(db, outcome.changes);
    const { nextMutationId } = await readMeta(db);
    await db.outbox.add({ id: nextMutationId, name, args, createdAt, before });
    await writeMeta(db, { nextMutationId: nextMutationId + 1 });
    return outcome;
  });
}
