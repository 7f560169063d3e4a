import { randomUUID } from 'node:crypto';
import { createPath, isMilestone } from '../../src/domain/path';
import { demoTemplates } from '../../src/domain/templates';
import type { Queryable } from '../../src/server/store/database';
import { upsert, upsertMany } from '../../src/server/store/table-spec';
import { tables } from '../../src/server/store/tables';
import { demo } from './helpers';

/** The retention purge's fixtures (purge.test.ts), around a fixed clock. */

/** The purge's fixed clock: 15 June 2026, noon UTC. */
export const NOW = new Date('2026-06-15T12:00:00.000Z');
/** The calendar day `months` (and `days`) before NOW's. */
export const before = (months: number, days = 0) =>
  new Date(Date.UTC(2026, 5 - months, 15 - days)).toISOString().slice(0, 10);
export const ago = (ms: number) => new Date(NOW.getTime() - ms);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const hash = (c: string) => c.repeat(64);

export interface Recruit {
  id: string;
  pathId: string;
  meetingId: string;
  commentId: string;
  trainingId: string;
  attendanceId: string;
}

/** A recruit of Saint-Denis (Sophie Lambert's), whose path ends on `pathEnd`, with a
 *  meeting, a decided milestone with a comment, a training, an attendance and a group. */
export async function recruit(
  db: Queryable,
  local: string,
  { pathEnd, endDate = null, mentorId = null }: Options,
): Promise<Recruit> {
  const [home] = await db.query<{ circonscription_id: string; group_id: string; session: string }>(
    `SELECT a.circonscription_id, g.id AS group_id,
            (SELECT s.id FROM group_sessions s WHERE s.group_id = g.id LIMIT 1) AS session
       FROM agents a JOIN circonscriptions c ON c.id = a.circonscription_id
       JOIN practice_groups g ON g.territory_id = c.territory_id
      WHERE a.email = $1 ORDER BY g.name LIMIT 1`,
    [demo('recrue')],
  );
  const [manager] = await db.query<{ id: string }>('SELECT id FROM agents WHERE email = $1', [
    demo('responsable'),
  ]);
  const first = endDate !== null && endDate < pathEnd ? endDate : pathEnd;
  const startDate = new Date(Date.parse(`${first}T00:00:00Z`) - 400 * DAY)
    .toISOString()
    .slice(0, 10);
  const [agent] = await db.query<{ id: string }>(
    `INSERT INTO agents (email, display_name, roles, job, status, circonscription_id, start_date,
       end_date)
     VALUES ($1, $2, '{recruit}', 'Assistant·e de service social', 'contract', $3, $4, $5)
     RETURNING id`,
    [demo(local), `Recrue ${local}`, home!.circonscription_id, startDate, endDate],
  );
  const id = agent!.id;
  const pathId = randomUUID();
  const { path, steps } = createPath(demoTemplates[0]!, {
    id: pathId,
    recruitId: id,
    mentorId,
    circonscriptionId: home!.circonscription_id,
    startDate,
  });
  const milestone = steps.find(isMilestone)!;
  const shaped = steps.map((step, i) => ({
    ...step,
    // The path ends on pathEnd: its last step is due then, none later.
    dueDate: i === steps.length - 1 || step.dueDate > pathEnd ? pathEnd : step.dueDate,
    ...(step.id === milestone.id
      ? {
          status: 'approved',
          submittedNote: `Note de ${local}`,
          decision: {
            by: manager!.id,
            at: NOW.toISOString(),
            decision: 'approved',
            comment: `Bravo ${local}`,
          },
        }
      : {}),
  }));
  await upsert(db, tables.path, path);
  await upsertMany(db, tables.step, shaped);
  const ids = {
    meetingId: randomUUID(),
    commentId: randomUUID(),
    trainingId: randomUUID(),
    attendanceId: `${home!.session}:${id}`,
  };
  await upsert(db, tables.meeting, {
    id: ids.meetingId,
    pathId,
    date: startDate,
    notes: `Notes de ${local}`,
    authorId: mentorId ?? manager!.id,
  });
  await upsert(db, tables.milestoneComment, {
    id: ids.commentId,
    stepId: milestone.id,
    pathId,
    authorId: manager!.id,
    at: NOW.toISOString(),
    text: `Commentaire de ${local}`,
  });
  await upsert(db, tables.training, {
    id: ids.trainingId,
    agentId: id,
    date: startDate,
    title: 'Accueil',
    provider: null,
    days: 1,
  });
  await upsert(db, tables.attendance, {
    id: ids.attendanceId,
    sessionId: home!.session,
    agentId: id,
    present: true,
  });
  await db.query('UPDATE practice_groups SET member_ids = member_ids || $2::text WHERE id = $1', [
    home!.group_id,
    id,
  ]);
  return { id, pathId, ...ids };
}

export interface Options {
  pathEnd: string;
  endDate?: string | null;
  mentorId?: string | null;
}

export const notesOf = async (db: Queryable, meetingId: string) => {
  const [row] = await db.query<{ notes: string; version: string; deleted: boolean }>(
    'SELECT notes, version::text AS version, deleted FROM meetings WHERE id = $1',
    [meetingId],
  );
  return row!;
};

/** Whether each of the recruit's onboarding rows is a tombstone. */
export async function deletedOf(db: Queryable, r: Recruit) {
  const [row] = await db.query<Record<string, boolean>>(
    `SELECT (SELECT deleted FROM paths WHERE id = $1) AS path,
            (SELECT bool_and(deleted) FROM steps WHERE path_id = $1) AS steps,
            (SELECT deleted FROM meetings WHERE id = $2) AS meeting,
            (SELECT deleted FROM milestone_comments WHERE id = $3) AS comment,
            (SELECT deleted FROM trainings WHERE id = $4) AS training,
            (SELECT deleted FROM attendance WHERE id = $5) AS attendance,
            EXISTS (SELECT 1 FROM practice_groups WHERE $6 = ANY(member_ids)) AS member,
            (SELECT disabled FROM agents WHERE id = $6::uuid) AS disabled`,
    [r.pathId, r.meetingId, r.commentId, r.trainingId, r.attendanceId, r.id],
  );
  return row!;
}

export const lastVersion = async (db: Queryable) =>
  (await db.query<{ v: string }>('SELECT last_value::text AS v FROM row_version'))[0]!.v;
