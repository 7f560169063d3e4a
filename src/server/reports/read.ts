import type { Path, Step, Training, Tutoring } from '../../domain/entities';
import type { Agent, Circonscription, Interim, Territory } from '../../domain/organisation';
import { stepDigests } from '../../domain/figures/step-digest';
import type { Actor } from '../../domain/permissions';
import { reportScope, type ReportRows, type ReportScope } from '../../domain/reports';
import { HttpError } from '../http/http-error';
import type { Queryable } from '../store/database';
import { rowOf, selectList } from '../store/table-spec';
import { tables } from '../store/tables';
import { actorFor } from '../sync/actor';
import { visiblePath } from '../sync/scope';

interface Read {
  territory: Territory;
  circonscription: Circonscription;
  agent: Agent;
  path: Path;
  step: Step;
  training: Training;
  tutoring: Tutoring;
  interim: Interim;
}

/**
 * Who asks, and what she may count. `scope` is the report's (DESIGN §7, reportScope); the
 * rest is what her pull reads paths by (src/server/sync/scope.ts): the report counts a
 * recruit where her path is, as the dashboards do, over the paths her device holds, so that
 * her CSV and her dashboard count the same recruits even when a path and a home disagree.
 */
export interface Caller {
  scope: ReportScope;
  circonscriptions: Circonscription[];
  me: string;
  mentor: boolean;
  admin: boolean;
  /** The circonscriptions whose paths her pull reads: managed, delegated, her territories'. */
  pathCirconscriptionIds: string[];
}

/** 403 for anyone neither HR, territory manager nor manager. */
export async function callerOf(tx: Queryable, agentId: string, today: string): Promise<Caller> {
  const actor = await actorFor(tx, agentId, today);
  if (!actor) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
  const circonscriptions = (
    await tx.query<Record<string, unknown>>(
      `SELECT ${selectList(tables.circonscription)} FROM circonscriptions t ORDER BY t.id`,
    )
  ).map((raw) => rowOf(tables.circonscription, raw).row as Circonscription);
  const scope = reportScope(actor, circonscriptions);
  if (!scope) {
    throw new HttpError(403, 'forbidden', 'Reports are for HR, territory managers and managers.');
  }
  const has = (role: Actor['roles'][number]) => actor.roles.includes(role);
  // As scopeOf (src/server/sync/scope.ts) draws them for the pull.
  const territorial = has('territoryManager') ? actor.territoryIds : [];
  const pathCirconscriptionIds = [
    ...new Set([
      ...(has('manager') ? actor.circonscriptionIds : []),
      ...actor.delegatedCirconscriptionIds,
      ...circonscriptions.filter((c) => territorial.includes(c.territoryId)).map((c) => c.id),
    ]),
  ];
  return {
    scope,
    circonscriptions,
    me: agentId,
    mentor: has('mentor'),
    admin: has('admin'),
    pathCirconscriptionIds,
  };
}

/** The live rows of one entity matching `where`, over `t` and `s` (all_ and rcircs: the
 *  report's scope; me, mentor, circs, admin: the pull's, for visiblePath), then `more` from
 *  $7, through its table spec: the shapes the device holds, for the domain to run on. */
async function read<E extends keyof Read>(
  tx: Queryable,
  entity: E,
  caller: Caller,
  where: string,
  more: readonly unknown[] = [],
): Promise<Read[E][]> {
  const spec = tables[entity];
  const live = spec.tombstones ? 'NOT t.deleted AND ' : '';
  const { scope } = caller;
  const params = [
    scope.all,
    scope.all ? [] : scope.circonscriptionIds,
    caller.me,
    caller.mentor,
    caller.admin,
    caller.pathCirconscriptionIds,
    ...more,
  ];
  // The lists `where` tests rows against are CTEs, read once and hashed: as subqueries over
  // s, they were correlated with each row's join and ran again for every row (the training
  // days of a département: every training scanned the agents). A CTE `where` does not name
  // is never run.
  const query = (select: string) =>
    `WITH s AS (SELECT $1::boolean AS all_, $2::uuid[] AS rcircs, $3::uuid AS me,
                       $4::boolean AS mentor, $5::boolean AS admin, $6::uuid[] AS circs),
       rp AS (SELECT p.recruit_id FROM paths p, s
               WHERE p.circonscription_id = ANY(s.rcircs) AND ${seen('p')}),
       ca AS (SELECT a.id FROM agents a, s WHERE ${mayCount('a')}),
       cp AS (SELECT p.id FROM paths p, s WHERE ${seen('p')} AND p.recruit_id IN (SELECT id FROM ca))
     SELECT ${select} FROM ${spec.table} t, s WHERE ${live}(${where})`;
  if (spec.storedJson) {
    // The row's stored JSON (`wire`, migration 7: what a pull sends, the shape rowOf gives):
    // the database formats no field and the driver decodes one column, not one per field
    // (17,000 steps on PGlite: 450 ms → 240; on PostgreSQL, about the same as the fields).
    const raws = await tx.query<{ wire: string }>(`${query('t.wire')} ORDER BY t.id`, params);
    return raws.map((raw) => JSON.parse(raw.wire) as Read[E]);
  }
  const raws = await tx.query<Record<string, unknown>>(
    `${query(selectList(spec))} ORDER BY t.id`,
    params,
  );
  return raws.map((raw) => rowOf(spec, raw).row as Read[E]);
}

/** The paths she sees, over `p`. */
const seen = (p: string) => `(NOT ${p}.deleted AND ${visiblePath(p)})`;

/** Agents the report may count, over `a`: home or a path she sees in the scope. A superset
 *  the domain narrows (placeOf: the path's circonscription, else her home). */
const mayCount = (a: string) => `(s.all_ OR ${a}.circonscription_id = ANY(s.rcircs)
  OR ${a}.id IN (SELECT recruit_id FROM rp))`;

/** An agent the report may count, by her id in `column` (the CTE ca of read's query). */
const counted = (column: string) => `${column} IN (SELECT id FROM ca)`;

const yearOf = (date: string) => [`${date.slice(0, 4)}-01-01`, `${date.slice(0, 4)}-12-31`];

async function people(tx: Queryable, caller: Caller) {
  return {
    territories: await read(tx, 'territory', caller, 'true'),
    circonscriptions: caller.circonscriptions,
    agents: await read(tx, 'agent', caller, mayCount('t')),
    paths: await read(tx, 'path', caller, `${seen('t')} AND ${counted('t.recruit_id')}`),
  };
}

const none = { stepDigests: [], trainings: [], tutorings: [], interims: [] };

/** The training-days report's rows: the agents, their paths, the year's trainings. */
export async function trainingDaysRows(
  tx: Queryable,
  caller: Caller,
  year: number,
): Promise<ReportRows> {
  const trainings = await read(
    tx,
    'training',
    caller,
    `${counted('t.agent_id')} AND t.date BETWEEN $7::date AND $8::date`,
    yearOf(String(year)),
  );
  return { ...none, ...(await people(tx, caller)), trainings };
}

/** The progress report's rows: the recruits, their paths and steps, and this year's
 *  trainings (the dashboards' training shortfall). */
export async function progressRows(
  tx: Queryable,
  caller: Caller,
  today: string,
): Promise<ReportRows> {
  const rows = await people(tx, caller);
  const steps = await read(
    tx,
    'step',
    caller,
    // The paths she sees of agents the report may count (the CTE cp of read's query).
    't.path_id IN (SELECT id FROM cp)',
  );
  const trainings = await read(
    tx,
    'training',
    caller,
    `${counted('t.agent_id')} AND t.date BETWEEN $7::date AND $8::date`,
    yearOf(today),
  );
  return { ...none, ...rows, stepDigests: stepDigests(steps), trainings };
}

/** The bonus ledger's rows: the tutorings and intérims over [first, last], the agents they
 *  name (tutors, tutees, managers) and the tutees' paths. */
export async function bonusRows(
  tx: Queryable,
  caller: Caller,
  first: string,
  last: string,
): Promise<ReportRows> {
  const overlaps = 't.from_date <= $8::date AND (t.until_date IS NULL OR t.until_date >= $7::date)';
  const tutorings = await read(tx, 'tutoring', caller, `${counted('t.tutee_id')} AND ${overlaps}`, [
    first,
    last,
  ]);
  const interims = await read(
    tx,
    'interim',
    caller,
    `(s.all_ OR t.circonscription_id = ANY(s.rcircs)) AND ${overlaps}`,
    [first, last],
  );
  const named = [
    ...new Set([
      ...tutorings.flatMap((t) => [t.tutorId, t.tuteeId]),
      ...interims.map((i) => i.managerId),
    ]),
  ];
  return {
    ...none,
    territories: await read(tx, 'territory', caller, 'true'),
    circonscriptions: caller.circonscriptions,
    agents: await read(tx, 'agent', caller, 't.id = ANY($7::uuid[])', [named]),
    paths: await read(tx, 'path', caller, `${seen('t')} AND t.recruit_id = ANY($7::uuid[])`, [
      named,
    ]),
    tutorings,
    interims,
  };
}
