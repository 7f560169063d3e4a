import { syncEntities } from '../../domain/protocol';
import type { Queryable } from '../store/database';
import { tables } from '../store/tables';
import { clientCheck, quietMinutes } from './clients';
import { decodeCursor, encodeCursor, type Cursor } from './cursor';
import { inScope, inScopeParams, scopeParams } from './in-scope';
import type { PulledPage } from './pull';
import type { QuietMemory, QuietRequest } from './quiet-memory';
import type { PullScope } from './scope';
import { scopeSignatureSql, type ScopeCache } from './scope-cache';

export interface ClientHead {
  last_mutation_id: string | number;
  head: string | number;
  skipped: boolean;
}

/** The client's last mutation, the last version drawn, and whether the cursor's version
 *  lies in a stretch the sequence skipped; `client` and `since` are their placeholders. */
export const clientHead = (client: string, since: string) => `SELECT last_mutation_id,
    (SELECT last_value FROM row_version) AS head,
    EXISTS (SELECT 1 FROM version_gaps
             WHERE ${since}::bigint > after_version AND ${since}::bigint <= up_to) AS skipped
   FROM clients WHERE client_id = ${client}`;

/**
 * Whether any row of the device's scope has a version above its cursor ($7): each entity's
 * test over the rows above $7 only, read along the version indexes, so its cost follows
 * what changed since the last pull, not what the scope holds. A change elsewhere in the
 * département (another device's "last seen", another circonscription's step) does not make
 * every device read a page. A row not yet committed is not seen: it comes with a later pull.
 */
const changed = `(${syncEntities
  .map((entity) => {
    // Sync health is a view over every device's row: its rows' versions are the clients'.
    const [table, test] =
      entity === 'syncHealth'
        ? ['clients', 't.agent_id = ANY(s.agents)']
        : [tables[entity].table, inScope[entity]];
    return `EXISTS (SELECT 1 FROM ${table} t, s WHERE t.version > $7::bigint AND ${test})`;
  })
  .join('\n OR ')}) AS changed`;

/** clientHead and `changed`, for a scope at hand; $10 is the client. */
const quietQuery = `${inScopeParams('NOT MATERIALIZED')}
  SELECT c.*, ${changed} FROM (${clientHead('$10', '$7')}) c`;

/** The same, with the claim's check ($16 now, $17 quiet minutes, $18 pending) and the
 *  scope's signature: for a scope remembered from an earlier pull, all in one statement. */
const quietClaimQuery = `${inScopeParams('NOT MATERIALIZED')}
  SELECT c.*, k.agent_id, k.refresh, k.last_seen_at, ${scopeSignatureSql} AS signature, ${changed}
    FROM (${clientHead('$10', '$7')}) c, (${clientCheck('$10', '$16', '$17', '$18')}) k`;

type Quiet = ClientHead & { changed: boolean };

/** Nothing to send: the cursor stays, and the answer says the client's last mutation. */
function emptyPage(cursor: Cursor, client: Quiet): PulledPage | undefined {
  const quiet = !client.changed && Number(client.head) >= cursor.v && !client.skipped;
  if (!quiet) return undefined;
  const head = {
    cursor: encodeCursor({ v: cursor.v, k: cursor.k }),
    reset: false,
    more: false,
    lastMutationId: Number(client.last_mutation_id),
  };
  return { head, changes: '', count: 0 };
}

/** The empty page when nothing in `scope` changed since `cursor`; undefined otherwise. */
export async function quietAnswer(
  db: Queryable,
  clientId: string,
  scope: PullScope,
  cursor: Cursor,
): Promise<PulledPage | undefined> {
  if (cursor.k !== scope.keyAt(cursor.v)) return undefined;
  const [client] = await db.query<Quiet>(quietQuery, scopeParams(scope, cursor.v, true, clientId), {
    prepare: true,
  });
  return client && emptyPage(cursor, client);
}

/**
 * The pull every device makes every minute, when nothing happened, in one statement after
 * the session's: the agent's scope as this process last built it, still valid if the
 * signature read in the same snapshot is the one it was built under, and nothing changed in
 * it since the cursor; the client hers, seen lately, its pending count unchanged (else its
 * claim writes). `changed` when the question was asked and the answer is a page to read;
 * undefined when it could not be asked here (pullReader then does everything).
 */
export async function quietPull(
  db: Queryable,
  caches: { scopes: ScopeCache; quiet: QuietMemory },
  request: QuietRequest,
  now: Date,
): Promise<PulledPage | 'changed' | undefined> {
  const cursor = decodeCursor(request.cursor);
  const day = now.toISOString().slice(0, 10);
  const known = caches.scopes.latest(request.agentId, day);
  if (!cursor || !known || cursor.k !== known.scope.keyAt(cursor.v)) return undefined;
  // The same question answered lately, nothing heard since: no statement at all.
  const recalled = await caches.quiet.recall(request, known.scope, day, now);
  if (recalled) return recalled;
  const mark = caches.quiet.mark();
  const params = [
    ...scopeParams(known.scope, cursor.v, true, request.clientId),
    now,
    quietMinutes,
    request.pending ?? null,
  ];
  const [row] = await db.query<Quiet & ClaimCheck>(quietClaimQuery, params, { prepare: true });
  const mine = row && row.agent_id === request.agentId && !row.refresh;
  if (!mine || row.signature !== known.signature) return undefined;
  const page = emptyPage(cursor, row);
  if (!page) return 'changed';
  const lastSeen = new Date(row.last_seen_at);
  caches.quiet.remember(request, { scope: known.scope, day, mark, lastSeen }, page);
  return page;
}

interface ClaimCheck {
  agent_id: string;
  refresh: boolean;
  last_seen_at: Date | string;
  signature: string;
}
