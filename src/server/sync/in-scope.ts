import type { SyncEntity } from '../../domain/protocol';
import { tables } from '../store/tables';
import { visiblePath, type PullScope } from './scope';

/** Whether she may read a welcome content item, as src/domain/content/targeting.ts's mayRead
 *  says (test/sync/content.test.ts holds the two together): the HR admin all, a team its
 *  own proposals, anyone a published item whose every non-empty target list names her. */
export const contentVisible = `(s.admin OR t.proposed_by IS NOT DISTINCT FROM s.me OR (t.status = 'published'
  AND EXISTS (SELECT 1 FROM agents a LEFT JOIN circonscriptions c ON c.id = a.circonscription_id
     WHERE a.id = s.me
       AND (jsonb_array_length(t.target->'services') = 0 OR t.target->'services' ? c.service)
       AND (jsonb_array_length(t.target->'jobs') = 0 OR t.target->'jobs' ? a.job)
       AND (jsonb_array_length(t.target->'statuses') = 0 OR t.target->'statuses' ? a.status)
       AND (jsonb_array_length(t.target->'circonscriptionIds') = 0
         OR t.target->'circonscriptionIds' ? a.circonscription_id::text))))`;

/** Which rows of each entity an agent may pull (DESIGN §7), over the row t and params s.
 *  A subquery reads its lists as the parameters themselves ($3 circonscriptions, $5
 *  territories, $11 led territories, $14 led groups: inScopeParams), not from s: one that
 *  names s is correlated with the row's join and ran again for every row (a manager's first
 *  page read all 1,200 agents for each of the département's 9,470 trainings: a second),
 *  where one of parameters alone is hashed once. */
export const inScope: Record<SyncEntity, string> = {
  territory: 'true',
  circonscription: 'true',
  template: 'true',
  agent: '(t.id = ANY(s.agents) OR t.id = ANY(s.colleagues) OR t.id = ANY(s.members))',
  syncHealth: 't.id = ANY(s.agents)',
  path: visiblePath('t'),
  step: 't.path_id IN (SELECT id FROM vp)',
  meeting: 't.path_id IN (SELECT id FROM vp)',
  training: `(s.admin OR t.agent_id = s.me
    OR t.agent_id IN (SELECT recruit_id FROM vp)
    OR t.agent_id IN (SELECT a.id FROM agents a WHERE a.circonscription_id = ANY($3::uuid[])))`,
  // Her territories' groups, and those she belongs to or leads wherever they are.
  practiceGroup: '(s.admin OR t.territory_id = ANY(s.territories) OR t.id = ANY(s.groups))',
  groupSession: `(s.admin OR t.group_id = ANY(s.groups) OR t.group_id IN (SELECT g.id
    FROM practice_groups g WHERE g.territory_id = ANY($5::uuid[])))`,
  // A facilitator records who came to her groups' sessions.
  attendance: `(t.agent_id = ANY(s.agents) OR t.session_id IN (SELECT gs.id
    FROM group_sessions gs WHERE gs.group_id = ANY($14::uuid[])))`,
  tutoring: '(s.admin OR t.tutee_id = ANY(s.agents) OR t.tutor_id = s.me)',
  // A territory manager may end the delegations of the managers of her territory.
  delegation: `(s.admin OR t.from_agent_id = s.me OR t.to_agent_id = s.me
    OR t.from_agent_id IN (SELECT a.id FROM agents a JOIN circonscriptions c
      ON c.id = a.circonscription_id WHERE c.territory_id = ANY($11::uuid[])))`,
  milestoneComment: 't.path_id IN (SELECT id FROM vp)',
  // Her own intérims (they make her actor), and those over the circonscriptions she reads.
  interim: '(s.admin OR t.manager_id = s.me OR t.circonscription_id = ANY(s.circs))',
  // What she put away is hers alone: not even the HR admin's device holds it.
  reminderDismissal: 't.agent_id = s.me',
  // Every change of a released item reaches every device: as the row where she may read it,
  // as a delete where she may not (contentVisible, pull.ts), so an item unpublished or
  // retargeted leaves the devices that held it. A new device gets only what it may read.
  contentItem: `(s.admin OR t.proposed_by = s.me
    OR (t.released AND (s.tombstones OR ${contentVisible})))`,
};

/** Rows of an entity that are pulled but not readable by everyone they reach: sent as
 *  deletes where this holds not (pull.ts). A welcome item unpublished or retargeted. */
export const readableWhere: Partial<Record<SyncEntity, string>> = {
  contentItem: contentVisible,
};

/** The params CTE `s` over $1–$15 ($10 is the caller's: a page's size, or the probe's client),
 *  and `vp`, the paths in scope: materialized for a page, which tests every row it reads
 *  against them; not for the quiet probe, which tests the few rows changed since a cursor. */
export const inScopeParams = (
  vp: 'MATERIALIZED' | 'NOT MATERIALIZED',
) => `WITH s AS (SELECT $1::uuid AS me, $2::boolean AS mentor, $3::uuid[] AS circs,
  $4::boolean AS admin, $5::uuid[] AS territories, $6::uuid[] AS agents,
  $7::bigint AS since, $8::boolean AS tombstones, $9::uuid[] AS notes, $11::uuid[] AS led,
  $12::uuid[] AS colleagues, $13::uuid[] AS groups, $14::uuid[] AS led_groups,
  $15::uuid[] AS members),
  -- The paths in scope, once: as a subquery over s in each row's test, PostgreSQL ran it
  -- again for every step (a manager's pull of 10,000 rows: 300 ms a page instead of 75).
  vp AS ${vp} (SELECT p.id, p.recruit_id FROM paths p, s WHERE ${visiblePath('p')})`;

/** Each entity's rows in scope changed since $7, over `t` and `s`: what a pull sends. The
 *  version is the parameter itself, not `s.since`: only then does the planner read the version
 *  index from it (a manager's empty pull had scanned all 10,000 trainings of her scope). */
export const live = (entity: SyncEntity) =>
  `${inScope[entity]} AND t.version > $7::bigint
   AND ${tables[entity].tombstones ? '(s.tombstones OR NOT t.deleted)' : 'true'}`;

/** $1–$15 of inScopeParams for `scope`, changes since `since`; `tenth` is $10. */
export const scopeParams = (
  scope: PullScope,
  since: number,
  tombstones: boolean,
  tenth: unknown,
): unknown[] => [
  scope.me,
  scope.mentor,
  scope.circonscriptionIds,
  scope.admin,
  scope.territoryIds,
  scope.agentIds,
  since,
  tombstones,
  scope.notePathIds,
  tenth,
  scope.ledTerritoryIds,
  scope.colleagueIds,
  scope.groupIds,
  scope.ledGroupIds,
  scope.memberIds,
];
