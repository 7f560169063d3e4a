import { applyChanges, undoChanges } from '../db/changes';
import { clearRows, writeEntityRows } from '../db/rows';
import { allTables } from '../db/execute';
import { loadActor } from '../db/actor';
import { DexieReader } from '../db/reader';
import { writeMeta } from '../db/meta';
import type { OutboxEntry, UserDb } from '../db/user-db';
import { commands, runCommand } from '../domain/commands';
import type { Agent } from '../domain/organisation';
import { type PullResponse, type RowChange, type SyncEntity } from '../domain/protocol';

/** Applies one page of a pull as a rebase, in ONE transaction (DESIGN §6 "On the client"):
 *  1. undo every pending mutation, newest first, back to the last state the server sent;
 *  2. apply the server's changes (a reset first empties every table);
 *  3. drop the mutations the server has acknowledged (applied, duplicate or rejected);
 *  4. replay the others, oldest first, on top of the new state, recording fresh undo images.
 *  A replayed mutation the device now refuses keeps its place with no local effect: the
 *  server has the last word and will answer it. */
export async function applyPull(db: UserDb, agent: Agent, page: PullResponse): Promise<void> {
  await db.transaction('rw', [...allTables(db), db.notices], async () => {
    const pending = await db.outbox.orderBy('id').toArray();
    for (const entry of [...pending].reverse()) await undoChanges(db, entry.before);

    if (page.reset) await clearRows(db);
    await putServerRows(db, page.changes);

    await db.outbox.where('id').belowOrEqual(page.lastMutationId).delete();
    const replayed = pending.filter((e) => e.id > page.lastMutationId);
    if (replayed.length > 0) await replay(db, agent, replayed);
    // The pull is read after every push answer of the cycle: what it says the server has is
    // the truth, lower than a push answer only if the server's database went back in time
    // (a restored backup), and then the mutations above it must be sent again.
    const { cursor, lastMutationId } = page;
    await writeMeta(db, { cursor, lastMutationId, pushedMutationId: lastMutationId });
  });
}

/** Runs the pending mutations again, oldest first, recording fresh undo images. */
async function replay(db: UserDb, agent: Agent, entries: readonly OutboxEntry[]): Promise<void> {
  const actor = await loadActor(db, agent);
  const read = new DexieReader(db);
  for (const entry of entries) {
    const command = commands.get(entry.name);
    const outcome = command
      ? await runCommand(command, entry.args, { actor, read, now: entry.createdAt })
      : null;
    const before = outcome?.ok ? await applyChanges(db, outcome.changes) : [];
    await db.outbox.update(entry.id, { before });
  }
}

/** Stores rows as the server sent them (it is the authority), in one bulk write per table:
 *  an initial sync brings thousands of rows. The last change of a row wins. */
async function putServerRows(db: UserDb, changes: readonly RowChange[]): Promise<void> {
  const byEntity = new Map<SyncEntity, Map<string, RowChange>>();
  for (const change of changes) {
    const rows = byEntity.get(change.entity) ?? new Map<string, RowChange>();
    byEntity.set(change.entity, rows.set(change.id, change));
  }
  // Queued without waiting for the writes (IndexedDB runs a transaction's requests in order,
  // and what follows, outbox and meta, is queued behind them); steps wait only for the read
  // of the path records they join.
  for (const [entity, rows] of byEntity) {
    const puts: Record<string, unknown>[] = [];
    const deletes: string[] = [];
    for (const change of rows.values()) {
      if (change.op === 'put') puts.push(change.row);
      else deletes.push(change.id);
    }
    await writeEntityRows(db, entity, puts, deletes, { bulk: true });
  }
}
