import type { Queryable } from '../store/database';
import { nameOf } from './sql';

export interface GroupPart {
  name: string;
  facilitator: string;
  territory: string | null;
  closed: boolean;
}

export interface ActivityPart {
  trainings: { date: string; title: string; provider: string | null; days: number }[];
  practiceGroups: {
    memberOf: GroupPart[];
    facilitates: GroupPart[];
    /** Each session she was recorded at, by date and place: what was said is never kept. */
    attendance: {
      group: string | null;
      date: string;
      startTime: string | null;
      place: string | null;
      present: boolean;
    }[];
  };
  tutoring: {
    asTutor: { tutee: string | null; tuteeStatus: string; from: string; until: string | null }[];
    asTutee: { tutor: string | null; tuteeStatus: string; from: string; until: string | null }[];
  };
  delegations: {
    given: { to: string | null; from: string; until: string }[];
    received: { from: string; until: string; by: string | null }[];
  };
  interims: { circonscription: string | null; from: string; until: string }[];
}

const groupColumns = `g.name, g.facilitator, t.name AS territory, g.closed
  FROM practice_groups g LEFT JOIN territories t ON t.id = g.territory_id`;

/** Her records beyond the path: trainings, groups, tutoring, delegations, intérims. */
export async function readActivity(tx: Queryable, agentId: string): Promise<ActivityPart> {
  const trainings = await tx.query<ActivityPart['trainings'][number]>(
    `SELECT date::text AS date, title, provider, days::float8 AS days
       FROM trainings WHERE agent_id = $1 AND NOT deleted ORDER BY date, id`,
    [agentId],
  );
  const memberOf = await tx.query<GroupPart>(
    `SELECT ${groupColumns} WHERE $1::text = ANY(g.member_ids) AND NOT g.deleted
      ORDER BY g.name, g.id`,
    [agentId],
  );
  const facilitates = await tx.query<GroupPart>(
    `SELECT ${groupColumns} WHERE g.facilitator_id = $1::uuid AND NOT g.deleted
      ORDER BY g.name, g.id`,
    [agentId],
  );
  const attendance = await tx.query<ActivityPart['practiceGroups']['attendance'][number]>(
    `SELECT g.name AS "group", s.date::text AS date, s.start_time AS "startTime", s.place,
            a.present
       FROM attendance a
       LEFT JOIN group_sessions s ON s.id = a.session_id
       LEFT JOIN practice_groups g ON g.id = s.group_id
      WHERE a.agent_id = $1 AND NOT a.deleted
      ORDER BY s.date, s.start_time, a.id`,
    [agentId],
  );
  const tutoringRows = (side: 'tutor_id' | 'tutee_id', other: string) =>
    `SELECT ${nameOf(other)} AS ${other === 'tutee_id' ? 'tutee' : 'tutor'},
            tutee_status AS "tuteeStatus", from_date::text AS "from", until_date::text AS until
       FROM tutoring WHERE ${side} = $1 AND NOT deleted ORDER BY from_date, id`;
  const asTutor = await tx.query<ActivityPart['tutoring']['asTutor'][number]>(
    tutoringRows('tutor_id', 'tutee_id'),
    [agentId],
  );
  const asTutee = await tx.query<ActivityPart['tutoring']['asTutee'][number]>(
    tutoringRows('tutee_id', 'tutor_id'),
    [agentId],
  );
  const given = await tx.query<ActivityPart['delegations']['given'][number]>(
    `SELECT ${nameOf('to_agent_id')} AS "to", from_date::text AS "from", until_date::text AS until
       FROM delegations WHERE from_agent_id = $1 AND NOT deleted ORDER BY from_date, id`,
    [agentId],
  );
  const received = await tx.query<ActivityPart['delegations']['received'][number]>(
    `SELECT from_date::text AS "from", until_date::text AS until, ${nameOf('from_agent_id')} AS by
       FROM delegations WHERE to_agent_id = $1 AND NOT deleted ORDER BY from_date, id`,
    [agentId],
  );
  const interims = await tx.query<ActivityPart['interims'][number]>(
    `SELECT c.name AS circonscription, i.from_date::text AS "from", i.until_date::text AS until
       FROM interims i LEFT JOIN circonscriptions c ON c.id = i.circonscription_id
      WHERE i.manager_id = $1 AND NOT i.deleted ORDER BY i.from_date, i.id`,
    [agentId],
  );
  return {
    trainings,
    practiceGroups: { memberOf, facilitates, attendance },
    tutoring: { asTutor, asTutee },
    delegations: { given, received },
    interims,
  };
}
