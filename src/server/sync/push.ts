import { commands, runCommand } from '../../domain/commands';
import type { Change } from '../../domain/commands';
import type { Actor } from '../../domain/permissions';
import type { Mutation, MutationResult, PushRequest } from '../../domain/protocol';
import { isDataError, withSavepoint, type Database, type Queryable } from '../store/database';
import { actorFor } from './actor';
import { BatchReader } from './batch-reader';
import { advanceClient, claimClient, lockClient } from './clients';
import { rememberRejections, rememberedRejections } from './rejections';
import { writeChanges } from './write';
import { storableText } from '../../domain/text';
import { takeWriterLock } from '../store/writers';

export type PushOutcome =
  | { kind: 'done'; lastMutationId: number; results: MutationResult[] }
  /** A mutation is missing before this batch: the client must resend from `expected`. */
  | { kind: 'gap'; expected: number };

/**
 * The push algorithm of DESIGN §6, after Replicache's reference push, with one departure:
 * the mutations of one request share ONE transaction instead of one each. What the design
 * asks of a transaction still holds: each mutation's effect and the advance of
 * lastMutationId commit together (all of the request's, or none of them, and then the client
 * sends them again and they are applied once); a refusal advances it too; a failure of the
 * infrastructure rolls everything back and answers 5xx. A commit per mutation cost more than
 * the mutations themselves (a WAL flush each on PostgreSQL): 1,000 queued ticks took 1.9 s.
 *
 * The rows the mutations write are held and written a table at a time (Writes below). Should
 * the database refuse one (a constraint the domain does not know of), the whole push is run
 * again, each mutation's writes in a savepoint of their own, so that it alone is refused.
 */
export async function push(
  db: Database,
  agentId: string,
  request: PushRequest,
  now: Date,
): Promise<PushOutcome> {
  try {
    return await pushWith(db, agentId, request, now, 'batched');
  } catch (error) {
    if (!(error instanceof RefusedRows)) throw error;
    return pushWith(db, agentId, request, now, 'oneByOne');
  }
}

async function pushWith(
  db: Database,
  agentId: string,
  request: PushRequest,
  now: Date,
  mode: WriteMode,
): Promise<PushOutcome> {
  const { clientId } = request;
  const today = now.toISOString().slice(0, 10);
  return db.transaction(
    async (tx) => {
      // 1. Take the writers' lock; the client id is this user's (created on first use); its
      //    row is locked until the end; who the user is today.
      await takeWriterLock(tx);
      await claimClient(tx, clientId, agentId, now);
      const first = await lockClient(tx, clientId);
      const actor = await actorFor(tx, agentId, today);
      if (!actor) throw new Error(`agent ${agentId} vanished`);
      const writes = new Writes(tx, mode);
      const reader = new BatchReader(tx, () => writes.flush());
      await reader.prefetch(request.mutations.filter((mutation) => mutation.id > first));
      const replayed = request.mutations.map(({ id }) => id).filter((id) => id <= first);
      const refusedBefore = await rememberedRejections(tx, clientId, replayed);

      // 2. Each mutation in order.
      const results: MutationResult[] = [];
      let last = first;
      for (const mutation of request.mutations) {
        const { id } = mutation;
        // 2.1 Already processed (a replay after a lost answer): no effect; a refusal's reason
        //     comes again, so that the person still learns why.
        if (id <= last) {
          const error = refusedBefore.get(id);
          results.push(error ? { id, status: 'duplicate', error } : { id, status: 'duplicate' });
          continue;
        }
        // 2.2 A mutation is missing in between: stop. Ids increase by 1 within a request
        //     (readPush), so this can only be its first new one: nothing was applied.
        if (id > last + 1) return { kind: 'gap', expected: last + 1 };
        // 2.3 Run the command as the domain defines it; a refusal is a result, not an error.
        results.push(await apply(reader, writes, actor, mutation, now));
        last = id;
      }
      // 3. lastMutationId advances with the effects, applied or rejected: one bad mutation
      //    never jams the queue.
      await writes.flush();
      await rememberRejections(tx, clientId, results, now);
      if (last > first) await advanceClient(tx, clientId, last, now);
      return { kind: 'done', lastMutationId: last, results };
    },
    { isolation: 'readCommitted' },
  );
}

type WriteMode = 'batched' | 'oneByOne';

/** The database refused a row of a batched write: run the push again, one by one. */
class RefusedRows extends Error {}

/**
 * Where applied mutations' rows go. Batched, they wait until a read must see them in the
 * database (BatchReader calls flush) or the push ends, then go a table at a time: 500 ticks
 * are a few statements, not 500. One by one, each mutation's rows are written at once in a
 * savepoint, and a refusal undoes them and is reported.
 */
class Writes {
  private held: Change[] = [];

  constructor(
    private readonly tx: Queryable,
    private readonly mode: WriteMode,
  ) {}

  async write(changes: readonly Change[]): Promise<'written' | 'refused'> {
    if (this.mode === 'batched') {
      this.held.push(...changes);
      return 'written';
    }
    try {
      await withSavepoint(this.tx, () => writeChanges(this.tx, changes));
      return 'written';
    } catch (error) {
      if (isDataError(error)) return 'refused';
      throw error;
    }
  }

  async flush(): Promise<void> {
    const changes = this.held;
    this.held = [];
    if (changes.length === 0) return;
    try {
      await writeChanges(this.tx, changes);
    } catch (error) {
      throw isDataError(error) ? new RefusedRows('the database refused a row') : error;
    }
  }
}

async function apply(
  reader: BatchReader,
  writes: Writes,
  actor: Actor,
  mutation: Mutation,
  now: Date,
): Promise<MutationResult> {
  const { id } = mutation;
  const command = commands.get(mutation.name);
  if (!command) {
    // The name is the client's: quoted short, and only in a form the database can store.
    const message = `unknown command ${storableText(mutation.name.slice(0, 60))}`;
    return { id, status: 'rejected', error: { code: 'invalid', message, field: 'name' } };
  }
  const context = { actor, read: reader, now: now.toISOString() };
  const outcome = await runCommand(command, mutation.args, context);
  if (!outcome.ok) {
    const { code, message, field } = outcome.error;
    return { id, status: 'rejected', error: field ? { code, message, field } : { code, message } };
  }
  if ((await writes.write(outcome.changes)) === 'refused') {
    reader.forget();
    const message = 'the database refused this change';
    return { id, status: 'rejected', error: { code: 'invalid', message } };
  }
  reader.wrote(outcome.changes);
  return { id, status: 'applied' };
}
