import { readMeta, writeMeta } from '../db/meta';
import type { UserDb } from '../db/user-db';
import { maxMutationsPerPush, maxPendingReported, protocolVersion } from '../domain/protocol';
import { SyncError, type SyncTransport } from './transport';

/** Sends the outbox in order, in batches, until the server has seen all of it. Rejections
 *  become notices the person reads; every acknowledged entry is dropped by the next pull
 *  (so that dropping and rebasing happen in one transaction). */
export async function pushOutbox(db: UserDb, transport: SyncTransport): Promise<void> {
  const { clientId, lastMutationId, pushedMutationId } = await readMeta(db);
  // What a push answer already acknowledged is not sent again: resent, a refusal would come
  // back as a duplicate with its reason, and a notice the person had dismissed with it.
  let acknowledged = Math.max(lastMutationId, pushedMutationId);
  const resumedAt = new Set<number>();
  for (;;) {
    const batch = await db.outbox
      .where('id')
      .above(acknowledged)
      .limit(maxMutationsPerPush)
      .toArray();
    if (batch.length === 0) return;
    const mutations = batch.map(({ id, name, args, createdAt }) => ({ id, name, args, createdAt }));
    let answer;
    try {
      answer = await transport.push({ protocol: protocolVersion, clientId, mutations });
    } catch (error) {
      // The server expects another id than we sent (it has more than we knew, or less: a
      // database restored from a backup): resume from there, once for each id it names.
      const failure = error instanceof SyncError ? error.failure : null;
      if (failure?.kind === 'gap' && !resumedAt.has(failure.expected)) {
        resumedAt.add(failure.expected);
        acknowledged = failure.expected - 1;
        continue;
      }
      throw error;
    }
    // A duplicate with a reason is a refusal whose first answer was lost: tell it now.
    const rejected = answer.results.filter(
      (result) => result.status === 'rejected' || (result.status === 'duplicate' && result.error),
    );
    const at = new Date().toISOString();
    const names = new Map(batch.map((entry) => [entry.id, entry.name]));
    await db.transaction('rw', db.notices, db.meta, async () => {
      await db.notices.bulkPut(
        rejected.map(({ id, error }) => ({
          id,
          name: names.get(id) ?? '',
          code: error?.code ?? 'invalid',
          ...(error?.field ? { field: error.field } : {}),
          at,
        })),
      );
      await writeMeta(db, { pushedMutationId: answer.lastMutationId });
    });
    if (answer.lastMutationId <= acknowledged) return; // no progress: let the next cycle retry
    acknowledged = answer.lastMutationId;
  }
}

/** How many of the device's changes the server has not acknowledged: the outbox after the
 *  last push answer, counted along its key. Each pull says it, for her mentor and managers
 *  (SyncHealth.pending). What a push delivered stays in the outbox until the next pull drops
 *  it, and is not counted: it is on the server. */
export async function waitingChanges(db: UserDb): Promise<number> {
  const { lastMutationId, pushedMutationId } = await readMeta(db);
  const acknowledged = Math.max(lastMutationId, pushedMutationId);
  return Math.min(await db.outbox.where('id').above(acknowledged).count(), maxPendingReported);
}
