import { createHash } from 'node:crypto';
import type { Actor } from '../../domain/permissions';
import type { Queryable } from '../store/database';

/** What one agent may pull (DESIGN §7), as the parameters of the pull's queries. */
export interface PullScope {
  me: string;
  mentor: boolean;
  admin: boolean;
  /** Circonscriptions whose paths they read: managed, delegated, or in their territories. */
  circonscriptionIds: string[];
  /** Territories whose practice groups they see: their home's, managed ones, their
   *  circonscriptions'. */
  territoryIds: string[];
  /** Agents whose rows they get: themselves, the people of the paths they see, everyone of
   *  their circonscriptions, their own managers (to contact them). */
  agentIds: string[];
  /** Managers and territory managers they may delegate to: their agent rows only. */
  colleagueIds: string[];
  /** Their own and their mentees' paths: the only ones whose meeting notes they read. */
  notePathIds: string[];
  /** Territories they manage as territory manager: their managers' delegations. */
  ledTerritoryIds: string[];
  /** Practice-analysis groups they belong to or lead: the groups and their sessions. */
  groupIds: string[];
  /** The groups they lead: their sessions' attendance. */
  ledGroupIds: string[];
  /** The members of the groups they lead: their agent rows only, to name them. */
  memberIds: string[];
  /**
   * A hash of every set a pull's row tests read (the above, the paths they see, the agents
   * whose trainings they see), as a device whose cursor is at `version` knows them: when
   * it is not the key its cursor was given with, the device's copy is replaced (reset).
   * Agents and paths that came after `version` are left out: the device has none of their
   * rows, since every row about them came after them, so they arrive as plain changes.
   * An agent hired into a manager's circonscription no longer resets her 10,000 rows;
   * one who moves in, or out, still does (their older rows come, or must go).
   */
  keyAt(version: number): string;
}

/** An id and the version at which its row first appeared. */
interface Dated {
  id: string;
  created: number;
}

/** The paths an actor reads (readPath), over a paths table aliased p and the params s. */
export const visiblePath = (p: string) =>
  `(s.admin OR ${p}.recruit_id = s.me OR (s.mentor AND ${p}.mentor_id = s.me)
    OR ${p}.circonscription_id = ANY(s.circs))`;

const params = `WITH s AS (SELECT $1::uuid AS me, $2::boolean AS mentor, $3::uuid[] AS circs,
  $4::boolean AS admin)`;

/** Those a supervisor may delegate her approvals to (DESIGN §2): the managers and territory
 *  managers of the territories her circonscriptions are in. Their agent rows only. */
const colleagues = `
  SELECT a.id, a.created_version AS created FROM agents a, s
   WHERE a.id IN (SELECT m.agent_id FROM manager_circonscriptions m
                    JOIN circonscriptions c ON c.id = m.circonscription_id
                   WHERE c.territory_id IN (SELECT territory_id FROM circonscriptions
                                             WHERE id = ANY(s.circs))
                  UNION SELECT tm.agent_id FROM territory_managers tm
                   WHERE tm.territory_id IN (SELECT territory_id FROM circonscriptions
                                              WHERE id = ANY(s.circs)))`;

export async function scopeOf(tx: Queryable, actor: Actor): Promise<PullScope> {
  const has = (role: Actor['roles'][number]) => actor.roles.includes(role);
  const me = actor.agentId;
  const mentor = has('mentor');
  const admin = has('admin');
  const territorial = has('territoryManager') ? actor.territoryIds : [];
  const inTerritories = await ids(
    tx,
    'SELECT id FROM circonscriptions WHERE territory_id = ANY($1::uuid[])',
    [territorial],
  );
  const circonscriptionIds = unique([
    ...(has('manager') ? actor.circonscriptionIds : []),
    ...actor.delegatedCirconscriptionIds,
    ...inTerritories,
  ]);
  const values = [me, mentor, circonscriptionIds, admin];
  const territoryIds = await ids(
    tx,
    `${params} SELECT c.territory_id AS id FROM circonscriptions c, s
      WHERE s.admin OR c.id = ANY(s.circs)
         OR c.id = (SELECT circonscription_id FROM agents WHERE id = s.me)
     UNION SELECT unnest($5::uuid[])`,
    [...values, territorial],
  );
  const agents = await dated(
    tx,
    `${params} SELECT a.id, a.created_version AS created FROM agents a, s
      WHERE s.admin OR a.id = s.me OR a.circonscription_id = ANY(s.circs)
         OR a.id IN (SELECT p.recruit_id FROM paths p WHERE NOT p.deleted AND ${visiblePath('p')})
         OR a.id IN (SELECT p.mentor_id FROM paths p WHERE NOT p.deleted AND ${visiblePath('p')})
         OR a.id IN (SELECT m.agent_id FROM manager_circonscriptions m
                      WHERE m.circonscription_id = (SELECT circonscription_id FROM agents
                                                     WHERE id = s.me))
         -- The names a bonus ledger prints (issue 15): her tutees' tutors, and the managers
         -- on intérim over her circonscriptions.
         OR a.id IN (SELECT t.tutor_id FROM tutoring t JOIN agents x ON x.id = t.tutee_id
                      WHERE NOT t.deleted AND x.circonscription_id = ANY(s.circs))
         OR a.id IN (SELECT i.manager_id FROM interims i
                      WHERE NOT i.deleted AND i.circonscription_id = ANY(s.circs))`,
    values,
  );
  const colleagueRows = await dated(tx, `${params} ${colleagues}`, values);
  const notePaths = await dated(
    tx,
    `${params} SELECT p.id, p.created_version AS created FROM paths p, s
      WHERE NOT p.deleted AND (p.recruit_id = s.me OR (s.mentor AND p.mentor_id = s.me))`,
    values,
  );
  // What the steps', meetings' and trainings' tests read (pull.ts inScope), for the key.
  const paths = await dated(
    tx,
    `${params} SELECT p.id, p.created_version AS created FROM paths p, s WHERE ${visiblePath('p')}`,
    values,
  );
  const trainees = await dated(
    tx,
    `${params} SELECT a.id, a.created_version AS created FROM agents a, s
      WHERE s.admin OR a.id = s.me OR a.circonscription_id = ANY(s.circs)
         OR a.id IN (SELECT p.recruit_id FROM paths p WHERE ${visiblePath('p')})`,
    values,
  );
  const groups = await ids(
    tx,
    `SELECT id FROM practice_groups
      WHERE NOT deleted AND ($1::text = ANY(member_ids) OR facilitator_id = $1::uuid)`,
    [me],
  );
  const ledGroupIds = await ids(
    tx,
    'SELECT id FROM practice_groups WHERE NOT deleted AND facilitator_id = $1::uuid',
    [me],
  );
  const members = await dated(
    tx,
    `SELECT a.id, a.created_version AS created FROM agents a
      WHERE a.id::text IN (SELECT unnest(member_ids) FROM practice_groups
                            WHERE id = ANY($1::uuid[]))`,
    [ledGroupIds],
  );
  const agentIds = agents.map((agent) => agent.id);
  const colleagueIds = colleagueRows.map((agent) => agent.id);
  const notePathIds = notePaths.map((path) => path.id);
  const roles = [...actor.roles].sort();
  // A device asks with the same cursor minute after minute: its key is hashed once.
  const keys = new Map<number, string>();
  const keyAt = (version: number) => {
    let key = keys.get(version);
    if (key === undefined) {
      if (keys.size >= 64) keys.clear();
      key = keyOf(version);
      keys.set(version, key);
    }
    return key;
  };
  const keyOf = (version: number) => {
    const known = (list: Dated[]) => list.filter((d) => d.created <= version).map((d) => d.id);
    const defining = {
      roles,
      circonscriptionIds,
      territoryIds,
      agentIds: known(agents),
      colleagueIds: known(colleagueRows),
      notePathIds: known(notePaths),
      pathIds: known(paths),
      traineeIds: known(trainees),
      // Which groups' rows, sessions and attendance they see: joining or leaving a group
      // resets, for its older sessions come, or must go.
      groupIds: groups,
      ledGroupIds,
      memberIds: known(members),
    };
    return createHash('sha256').update(JSON.stringify(defining)).digest('base64url').slice(0, 22);
  };
  // The delegations of a territory's managers need nothing more in the key: those managers
  // are among its agents, and the territory among its territories.
  return {
    me,
    mentor,
    admin,
    circonscriptionIds,
    territoryIds,
    agentIds,
    colleagueIds,
    notePathIds,
    ledTerritoryIds: [...territorial],
    groupIds: groups,
    ledGroupIds,
    memberIds: members.map((agent) => agent.id),
    keyAt,
  };
}

const unique = (list: string[]) => [...new Set(list)].sort();

async function ids(tx: Queryable, sql: string, values: unknown[]): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(sql, values);
  return unique(rows.map((row) => row.id));
}

/** Rows of id and created version, sorted by id, each once. They come as one JSON text:
 *  read row by row, PGlite took ~30 µs a row (a manager's scope: 15 ms a list). */
async function dated(tx: Queryable, sql: string, values: unknown[]): Promise<Dated[]> {
  const [row] = await tx.query<{ list: string }>(
    `SELECT coalesce(json_agg(json_build_array(x.id, x.created)), '[]')::text AS list
       FROM (${sql}) x`,
    values,
  );
  const byId = new Map(JSON.parse(row!.list) as [string, number][]);
  return [...byId.keys()].sort().map((id) => ({ id, created: byId.get(id)! }));
}
