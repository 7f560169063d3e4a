import type { PullResponse, RowChange, SyncEntity } from '../../domain/protocol';
import { syncEntities } from '../../domain/protocol';
import type { Actor } from '../../domain/permissions';
import type { Database, Queryable } from '../store/database';
import { actorFor } from './actor';
import { claimClient } from './clients';
import { decodeCursor, encodeCursor } from './cursor';
import { scopeOf, visiblePath, type PullScope } from './scope';
import { rowOf, selectList, type StoredRow } from '../store/table-spec';
import { tables } from '../store/tables';

/** Which rows of each entity an agent may pull (DESIGN §7), over the row t and params s. */
const inScope: Record<SyncEntity, string> = {
  territory: 'true',
  circonscription: 'true',
  template: 'true',
  agent: 't.id = ANY(s.agents)',
  syncHealth: 't.id = ANY(s.agents)',
  path: visiblePath('t'),
  step: `t.path_id IN (SELECT p.id FROM paths p WHERE ${visiblePath('p')})`,
  meeting: `t.path_id IN (SELECT p.id FROM paths p WHERE ${visiblePath('p')})`,
  training: `(s.admin OR t.agent_id = s.me
    OR t.agent_id IN (SELECT p.recruit_id FROM paths p WHERE ${visiblePath('p')})
    OR t.agent_id IN (SELECT a.id FROM agents a WHERE a.circonscription_id = ANY(s.circs)))`,
  practiceGroup: '(s.admin OR t.territory_id = ANY(s.territories))',
  groupSession: `(s.admin OR t.group_id IN (SELECT g.id FROM practice_groups g
    WHERE g.territory_id = ANY(s.territories)))`,
  attendance: 't.agent_id = ANY(s.agents)',
  tutoring: '(s.admin OR t.tutee_id = ANY(s.agents) OR t.tutor_id = s.me)',
  delegation: '(s.admin OR t.from_agent_id = s.me OR t.to_agent_id = s.me)',
};

const params = `WITH s AS (SELECT $1::uuid AS me, $2::boolean AS mentor, $3::uuid[] AS circs,
  $4::boolean AS admin, $5::uuid[] AS territories, $6::uuid[] AS agents,
  $7::bigint AS since, $8::boolean AS tombstones)`;

interface Found extends StoredRow {
  entity: SyncEntity;
}

async function changedRows(
  tx: Queryable,
  entity: SyncEntity,
  scope: PullScope,
  since: number,
  tombstones: boolean,
  limit: number,
): Promise<Found[]> {
  const spec = tables[entity];
  const live = spec.tombstones ? '(s.tombstones OR NOT t.deleted)' : 'true';
  const rows = await tx.query<Record<string, unknown>>(
    `${params} SELECT ${selectList(spec)} FROM ${spec.table} t, s
      WHERE ${inScope[entity]} AND t.version > s.since AND ${live}
      ORDER BY t.version LIMIT $9::integer`,
    [
      scope.me,
      scope.mentor,
      scope.circonscriptionIds,
      scope.admin,
      scope.territoryIds,
      scope.agentIds,
      since,
      tombstones,
      limit,
    ],
  );
  return rows.map((raw) => ({ entity, ...rowOf(spec, raw) }));
}

function toChange(found: Found, scope: PullScope): RowChange {
  const id = String(found.row.id);
  if (found.deleted) return { entity: found.entity, id, op: 'delete' };
  const row = { ...found.row };
  // Managers see that meetings happen, not what was said (DESIGN §4, §7).
  if (found.entity === 'meeting' && !scope.notePathIds.includes(String(row.pathId))) {
    delete row.notes;
  }
  return { entity: found.entity, id, op: 'put', row };
}

/**
 * One page of changes. The cursor says the last version sent and the scope it was sent for;
 * no cursor, an unreadable one or another scope means a reset: everything in scope, without
 * tombstones. Rows come in version order, so the next page (or pull) continues after the
 * last version of this one; writers commit in version order (push.ts), so nothing is skipped.
 */
export async function pull(
  db: Database,
  agentId: string,
  clientId: string,
  cursorText: string | null,
  now: Date,
  pageSize: number,
): Promise<PullResponse> {
  await db.transaction((tx) => claimClient(tx, clientId, agentId, now), {
    isolation: 'readCommitted',
  });
  return db.transaction(async (tx) => {
    // Read in one snapshot, so lastMutationId and the rows agree.
    const lastMutationId = await claimClient(tx, clientId, agentId, now);
    const actor: Actor | undefined = await actorFor(tx, agentId, now.toISOString().slice(0, 10));
    if (!actor) throw new Error(`agent ${agentId} vanished`);
    const scope = await scopeOf(tx, actor);
    const cursor = decodeCursor(cursorText);
    const reset = cursor?.k !== scope.key;
    const since = reset || !cursor ? 0 : cursor.v;
    const found: Found[] = [];
    for (const entity of syncEntities) {
      found.push(...(await changedRows(tx, entity, scope, since, !reset, pageSize + 1)));
    }
    found.sort((a, b) => a.version - b.version);
    const page = found.slice(0, pageSize);
    const last = page.at(-1)?.version ?? since;
    return {
      cursor: encodeCursor({ v: last, k: scope.key }),
      reset,
      more: found.length > pageSize,
      lastMutationId,
      changes: page.map((row) => toChange(row, scope)),
    };
  });
}
