import type { Queryable } from '../store/database';
import { HttpError } from '../http/http-error';
import { takeWriterLock } from '../store/writers';

/**
 * A client id belongs to the agent who first used it (DESIGN §6): the first push or pull
 * creates its row; anyone else presenting it is refused. Returns its last mutation id.
 * `pending`, when the client says it (a pull), is the number of its changes the server has
 * not yet acknowledged; said again unchanged, it changes nothing, and unsaid, the last one
 * stays. Creating the row, refreshing its "last seen" (at most every few minutes) or a new
 * `pending` draws a version (the sync-health row mentors pull), so it takes the writers'
 * lock first: a version drawn outside it could commit after a higher one had been pulled,
 * and be missed.
 * Run it READ COMMITTED, so that what it reads after the lock is what the last holder left.
 */
export async function claimClient(
  tx: Queryable,
  clientId: string,
  agentId: string,
  now: Date,
  pending?: number,
): Promise<number> {
  const params = [clientId, now, quietMinutes, pending ?? null];
  const [row] = await tx.query<ClientRow>(clientQuery, params);
  if (row && !row.refresh) return ownMutationId(row, agentId);
  // Its client row is what it writes: a sync-health row, her supervisors' and her own.
  await takeWriterLock(tx, { syncHealthOf: agentId });
  await tx.query(
    `INSERT INTO clients (client_id, agent_id, created_at, last_seen_at, pending)
     VALUES ($1, $2, $3, $3, $4) ON CONFLICT (client_id) DO NOTHING`,
    [clientId, agentId, now, pending ?? null],
  );
  const [claimed] = await tx.query<ClientRow>(clientQuery, params);
  const lastMutationId = ownMutationId(claimed, agentId);
  if (claimed?.refresh) {
    await tx.query(
      `UPDATE clients SET last_seen_at = $2, pending = coalesce($3::integer, pending),
              version = nextval('row_version')
        WHERE client_id = $1`,
      [clientId, now, pending ?? null],
    );
  }
  return lastMutationId;
}

/**
 * The claim's check alone, with `extra` columns of the same snapshot, outside any
 * transaction: a pull whose client needs no refresh writes nothing, and reads this once.
 * Undefined when the client is new or needs its "last seen" refreshed: claim it then.
 */
export async function peekClient<T extends object>(
  db: Queryable,
  clientId: string,
  agentId: string,
  now: Date,
  pending: number | undefined,
  extra: string,
): Promise<(T & { lastMutationId: number }) | undefined> {
  const [row] = await db.query<ClientRow & T>(
    `SELECT c.*, ${extra} FROM (${clientQuery}) c`,
    [clientId, now, quietMinutes, pending ?? null],
    // Every pull of a device runs it, with the same `extra`.
    { prepare: true },
  );
  if (!row || row.refresh) return undefined;
  return { ...row, lastMutationId: ownMutationId(row, agentId) };
}

export interface ClientRow {
  agent_id: string;
  last_mutation_id: string | number;
  /** Seen last before a quiet spell, or reporting another number of pending changes. */
  refresh: boolean;
}

/** The claim's check of a client's row, over the placeholders of its id, the time, the
 *  quiet spell in minutes and the pending count reported (or null). */
export const clientCheck = (id: string, now: string, minutes: string, pending: string) =>
  `SELECT agent_id, last_mutation_id, last_seen_at,
    (last_seen_at < ${now}::timestamptz - make_interval(mins => ${minutes})
      OR (${pending}::integer IS NOT NULL AND pending IS DISTINCT FROM ${pending}::integer))
      AS refresh
  FROM clients WHERE client_id = ${id}`;

const clientQuery = clientCheck('$1', '$2', '$3', '$4');

export function ownMutationId(row: ClientRow | undefined, agentId: string): number {
  if (!row || row.agent_id !== agentId) {
    throw new HttpError(403, 'forbidden', 'This client belongs to another user.', 'clientId');
  }
  return Number(row.last_mutation_id);
}

/** How stale a device's "last sync" may look to its mentor: refreshing it at every pull would
 *  send every mentor a changed row each minute. */
export const quietMinutes = 10;

/** The client's last mutation id, its row locked until the transaction ends. */
export async function lockClient(tx: Queryable, clientId: string): Promise<number> {
  const [row] = await tx.query<{ last_mutation_id: string | number }>(
    'SELECT last_mutation_id FROM clients WHERE client_id = $1 FOR UPDATE',
    [clientId],
  );
  if (!row) throw new Error(`client ${clientId} vanished`);
  return Number(row.last_mutation_id);
}

export async function advanceClient(
  tx: Queryable,
  clientId: string,
  mutationId: number,
  now: Date,
): Promise<void> {
  await tx.query(
    'UPDATE clients SET last_mutation_id = $2, last_seen_at = $3 WHERE client_id = $1',
    [clientId, mutationId, now],
  );
}
