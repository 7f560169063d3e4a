import type { PullResponse, SyncEntity } from '../../domain/protocol';
import { syncEntities } from '../../domain/protocol';
import type { Actor } from '../../domain/permissions';
import type { Database } from '../store/database';
import { actorFor } from './actor';
import { claimClient, peekClient } from './clients';
import { decodeCursor, encodeCursor, type Cursor } from './cursor';
import { inScopeParams, live, readableWhere, scopeParams } from './in-scope';
import { clientHead, quietAnswer, type ClientHead } from './quiet';
import { scopeOf, type PullScope } from './scope';
import { scopeSignatureSql, type ScopeCache } from './scope-cache';
import { jsonRow } from '../store/table-spec';
import { tables } from '../store/tables';

/** One change of `entity` as the protocol's JSON text, over the row t and the params s.
 *  A row's JSON is its stored `wire` where the table keeps it; managers see that meetings
 *  happen, not what was said (DESIGN §4, §7), so theirs is built without the notes. */
function changeJson(entity: SyncEntity): string {
  const spec = tables[entity];
  const built = (omit: readonly string[] = []) => `${jsonRow(spec, omit)}::text`;
  const stored = spec.storedJson ? 't.wire' : built();
  const row =
    entity === 'meeting'
      ? `CASE WHEN t.path_id = ANY(s.notes) THEN ${stored} ELSE ${built(['notes'])} END`
      : stored;
  const put = `'{"entity":"${entity}","id":' || to_json(t.id)::text || ',"op":"put","row":'
    || ${row} || '}'`;
  if (!spec.tombstones) return put;
  // A row pulled that she may not read reaches her as its delete (readableWhere).
  const readable = readableWhere[entity];
  const gone = readable ? `t.deleted OR NOT ${readable}` : 't.deleted';
  return `CASE WHEN ${gone}
    THEN json_build_object('entity', '${entity}', 'id', t.id, 'op', 'delete')::text
    ELSE ${put} END`;
}

/**
 * One page in one statement, in two steps, so that JSON is built only for the rows sent:
 * 1. `v`: the versions of the next pageSize + 1 changes (at most that many per entity,
 *    read along the version indexes), hence `found` and the page's last version;
 * 2. `c`: the changes up to that version, each as the protocol's JSON, joined as the text
 *    of a JSON array's items. More follow when one change more than a page was found.
 */
const pageQuery = `${inScopeParams('MATERIALIZED')},
  v AS (SELECT version FROM (${syncEntities
    .map(
      (entity) => `(SELECT t.version FROM ${tables[entity].table} t, s WHERE ${live(entity)}
       ORDER BY t.version LIMIT $10::integer + 1)`,
    )
    .join('\n UNION ALL ')}) u ORDER BY version LIMIT $10::integer + 1),
  b AS (SELECT max(version) AS last FROM (SELECT version FROM v ORDER BY version
         LIMIT $10::integer) x),
  c AS (${syncEntities
    .map(
      (entity) => `SELECT t.version, ${changeJson(entity)} AS change
       FROM ${tables[entity].table} t, s, b WHERE ${live(entity)} AND t.version <= b.last`,
    )
    .join('\n UNION ALL ')})
  SELECT (SELECT count(*)::integer FROM v) AS found, (SELECT last::text FROM b) AS last,
         (SELECT coalesce(string_agg(change, ',' ORDER BY version), '') FROM c) AS changes`;

/** A pull's answer with its changes still JSON text, as the database wrote them. */
export interface PulledPage {
  head: Omit<PullResponse, 'changes'>;
  /** The items of the `changes` array, comma-separated, without the brackets. */
  changes: string;
  count: number;
}

/** The answer's body: the head's fields, then the changes, never parsed on the way. It
 *  holds no line break (JSON escapes them in strings; PostgreSQL writes json and jsonb
 *  without any), so a stream of pages can be one page per line. */
export const pageJson = ({ head, changes }: PulledPage): string =>
  `${JSON.stringify(head).slice(0, -1)},"changes":[${changes}]}`;

/** Reads the pages of one pull request, each from a cursor (pullReader). */
export type PageReader = (cursorText: string | null) => Promise<PulledPage>;

/**
 * What a pull request reads once, before its pages: the client claimed, who the agent is
 * today and what they may see. A streamed pull reads its later pages with the same scope:
 * a scope that changes meanwhile resets the device at its next request.
 *
 * Each page is one snapshot. The cursor says the last version sent and the scope it was
 * sent for; no cursor, an unreadable one or another scope means a reset: everything in
 * scope, without tombstones. Rows come in version order, so the next page (or pull)
 * continues after the last version of this one; writers commit in version order
 * (writers.ts), so nothing is skipped.
 *
 * With `scopes`, a client that needs no claim and an agent whose scope is cached cost one
 * query here (scope-cache.ts): the common pull, a device asking every minute.
 */
export async function pullReader(
  db: Database,
  agentId: string,
  clientId: string,
  now: Date,
  pageSize: number,
  /** The changes waiting on the device, when it says (PullRequest.pending). */
  pending?: number,
  scopes?: ScopeCache,
  /** quietPull has just found changes in this scope since the cursor. */
  probed = false,
): Promise<PageReader> {
  const day = now.toISOString().slice(0, 10);
  // The first page skips the quiet check when the caller has just made it (quietPull).
  let probe = !probed;
  const reader =
    (scope: PullScope): PageReader =>
    (cursorText) => {
      const cursor = decodeCursor(cursorText);
      // A cursor with a page size left off where more rows were waiting: no need to ask.
      const ask = probe && cursor !== undefined && cursor.n === undefined;
      probe = true;
      return readPage(db, clientId, scope, cursor, pageSize, ask);
    };
  if (scopes) {
    const peeked = await peekClient<{ signature: string }>(
      db,
      clientId,
      agentId,
      now,
      pending,
      `${scopeSignatureSql} AS signature`,
    );
    const cached = peeked && scopes.get(agentId, day, peeked.signature);
    if (cached) return reader(cached);
  }
  const scope = await db.transaction(
    async (tx) => {
      await claimClient(tx, clientId, agentId, now, pending);
      // Read before the scope: should a change commit in between, the scope is newer than
      // its signature, and the next pull rebuilds it — never the other way round.
      const [row] = await tx.query<{ signature: string }>(
        `SELECT ${scopeSignatureSql} AS signature`,
      );
      const actor: Actor | undefined = await actorFor(tx, agentId, day);
      if (!actor) throw new Error(`agent ${agentId} vanished`);
      const built = await scopeOf(tx, actor);
      scopes?.set(agentId, day, row!.signature, built);
      return built;
    },
    { isolation: 'readCommitted' },
  );
  return reader(scope);
}

async function readPage(
  db: Database,
  clientId: string,
  scope: PullScope,
  cursor: Cursor | undefined,
  pageSize: number,
  askQuiet: boolean,
): Promise<PulledPage> {
  if (cursor && askQuiet) {
    // No row of the scope changed since the cursor: one statement of index probes is the
    // whole answer, the pull every device makes every minute when nothing happened.
    const quiet = await quietAnswer(db, clientId, scope, cursor);
    if (quiet) return quiet;
  }
  return db.transaction(async (tx) => {
    // In one snapshot, so that lastMutationId and the rows agree.
    const [client] = await tx.query<ClientHead>(clientHead('$1', '$2'), [clientId, cursor?.v ?? 0]);
    // A cursor past every version ever drawn, or in a stretch the sequence skipped at a
    // start (timeline.ts), comes from a timeline a restored backup lost: the device holds
    // rows the database no longer has, and only a reset is safe.
    const restored =
      cursor !== undefined && (cursor.v > Number(client?.head ?? 0) || client?.skipped === true);
    const reset = !cursor || restored || cursor.k !== scope.keyAt(cursor.v);
    const since = reset || !cursor ? 0 : cursor.v;
    // The first page of a catch-up is a tenth of a full one, and each next page three times
    // the last (the cursor remembers it), up to a full one: the device starts writing at
    // once, and always has a page to write while the server reads the next, larger one.
    const size = cursor?.n && !reset ? Math.min(pageSize, cursor.n * 3) : Math.ceil(pageSize / 10);
    const [page] = await tx.query<{ found: number; last: string | null; changes: string }>(
      pageQuery,
      scopeParams(scope, since, !reset, size),
    );
    const found = page?.found ?? 0;
    // Versions are read as text: they pass 10^15 (timeline.ts), beyond the 15 digits a
    // float8 keeps where a server sets extra_float_digits to 0.
    const last = page?.last ? Number(page.last) : since;
    const head = {
      cursor: encodeCursor({
        v: last,
        k: scope.keyAt(last),
        ...(found > size ? { n: size } : {}),
      }),
      reset,
      more: found > size,
      lastMutationId: Number(client?.last_mutation_id ?? 0),
    };
    return { head, changes: page?.changes ?? '', count: Math.min(found, size) };
  });
}

/** One page of a pull request of its own. */
export async function pullPage(
  db: Database,
  agentId: string,
  clientId: string,
  cursorText: string | null,
  now: Date,
  pageSize: number,
): Promise<PulledPage> {
  return (await pullReader(db, agentId, clientId, now, pageSize))(cursorText);
}

/** One page as the protocol's object (tests, the bench's seed). */
export async function pull(...args: Parameters<typeof pullPage>): Promise<PullResponse> {
  return JSON.parse(pageJson(await pullPage(...args))) as PullResponse;
}
