import { commands, runCommand } from '../../domain/commands';
import type { Actor } from '../../domain/permissions';
import type { Mutation, MutationResult, PushRequest } from '../../domain/protocol';
import { lockFor, type Database, type Queryable } from '../store/database';
import { actorFor } from './actor';
import { advanceClient, claimClient, lockClient } from './clients';
import { sqlReader } from './reader';
import { writeChanges } from './write';

export type PushOutcome =
  | { kind: 'done'; lastMutationId: number; results: MutationResult[] }
  /** A mutation is missing before this batch: the client must resend from `expected`. */
  | { kind: 'gap'; expected: number };

/** The one lock every sync write takes; see takeWriterLock. */
const WRITERS = 'parcours:sync-writers';

/**
 * Writers take turns. A pull reads "rows with version > v" and remembers the highest version
 * it sent; if a transaction holding version 41 could commit after one holding 42 had been
 * pulled, that pull would have moved its cursor past 41 and the device would never get it.
 * Drawing versions and committing under one lock makes commits happen in version order.
 * With the lock, each transaction runs alone among writers, so READ COMMITTED sees what the
 * previous holder committed (a SERIALIZABLE snapshot taken before the wait would not).
 */
async function takeWriterLock(tx: Queryable): Promise<void> {
  await lockFor(tx, WRITERS);
}

/** The push algorithm of DESIGN §6, after Replicache's reference push. */
export async function push(
  db: Database,
  agentId: string,
  request: PushRequest,
  now: Date,
): Promise<PushOutcome> {
  // 1. The client id is this user's (created on first use), and who the user is today.
  const today = now.toISOString().slice(0, 10);
  const { actor, lastMutationId } = await db.transaction(
    async (tx) => ({
      lastMutationId: await claimClient(tx, request.clientId, agentId, now),
      actor: await actorFor(tx, agentId, today),
    }),
    { isolation: 'readCommitted' },
  );
  if (!actor) throw new Error(`agent ${agentId} vanished`);

  // 2. Each mutation in order, each in its own transaction.
  const results: MutationResult[] = [];
  let last = lastMutationId;
  for (const mutation of request.mutations) {
    const step = await db.transaction((tx) => pushOne(tx, request.clientId, actor, mutation, now), {
      isolation: 'readCommitted',
    });
    if (step.kind === 'gap') return step;
    results.push(step.result);
    last = Math.max(last, step.lastMutationId);
  }
  // 3. The answer: where the client stands, and what became of each mutation.
  return { kind: 'done', lastMutationId: last, results };
}

type Step =
  | { kind: 'gap'; expected: number }
  | { kind: 'result'; result: MutationResult; lastMutationId: number };

async function pushOne(
  tx: Queryable,
  clientId: string,
  actor: Actor,
  mutation: Mutation,
  now: Date,
): Promise<Step> {
  // 2.1 Take the writers' lock, then the client's row.
  await takeWriterLock(tx);
  const last = await lockClient(tx, clientId);

  // 2.2 Already processed (a replay after a lost answer): no effect.
  const { id } = mutation;
  if (id <= last)
    return { kind: 'result', result: { id, status: 'duplicate' }, lastMutationId: last };

  // 2.3 A mutation is missing in between: stop, nothing of this one is applied.
  if (id > last + 1) return { kind: 'gap', expected: last + 1 };

  // 2.4 Run the command as the domain defines it; a refusal is a result, not an error.
  const result = await apply(tx, actor, mutation, now);

  // 2.5 Advance lastMutationId in the same transaction, applied or rejected: one bad
  //     mutation never jams the queue. An infrastructure failure throws and rolls back both.
  await advanceClient(tx, clientId, id, now);
  return { kind: 'result', result, lastMutationId: id };
}

async function apply(
  tx: Queryable,
  actor: Actor,
  mutation: Mutation,
  now: Date,
): Promise<MutationResult> {
  const { id } = mutation;
  const command = commands.get(mutation.name);
  if (!command) {
    const message = `unknown command ${mutation.name}`;
    return { id, status: 'rejected', error: { code: 'invalid', message, field: 'name' } };
  }
  const context = { actor, read: sqlReader(tx), now: now.toISOString() };
  const outcome = await runCommand(command, mutation.args, context);
  if (!outcome.ok) {
    const { code, message, field } = outcome.error;
    return { id, status: 'rejected', error: field ? { code, message, field } : { code, message } };
  }
  await writeChanges(tx, outcome.changes);
  return { id, status: 'applied' };
}
