import { actorOf, type Actor } from '../../domain/permissions';
import type { Role } from '../../domain/organisation';
import type { Queryable } from '../store/database';

interface Managed {
  id: string;
  managerIds: string[];
}

interface ActorRow {
  roles: Role[];
  circonscriptions: Managed[];
  territories: Managed[];
  delegations: { fromAgentId: string; toAgentId: string; from: string; until: string }[];
  interims: { managerId: string; circonscriptionId: string; from: string; until: string }[];
}

/**
 * Everything actorOf needs, in one statement: every push, pull and report starts here, and
 * five round trips to the database were most of a small report's time (issue 15's bench).
 * Today's delegations and interims only.
 */
const ACTOR_SQL = `
  SELECT a.roles,
    (SELECT coalesce(json_agg(json_build_object('id', m.id, 'managerIds', m.ids) ORDER BY m.id), '[]')
       FROM (SELECT circonscription_id::text AS id, array_agg(agent_id::text) AS ids
               FROM manager_circonscriptions GROUP BY circonscription_id) m) AS circonscriptions,
    (SELECT coalesce(json_agg(json_build_object('id', m.id, 'managerIds', m.ids) ORDER BY m.id), '[]')
       FROM (SELECT territory_id::text AS id, array_agg(agent_id::text) AS ids
               FROM territory_managers WHERE agent_id = a.id GROUP BY territory_id) m) AS territories,
    (SELECT coalesce(json_agg(json_build_object(
              'fromAgentId', d.from_agent_id::text, 'toAgentId', d.to_agent_id::text,
              'from', d.from_date::text, 'until', d.until_date::text)), '[]')
       FROM delegations d
      WHERE d.to_agent_id = a.id AND NOT d.deleted
        AND d.from_date <= $2::date AND $2::date <= d.until_date) AS delegations,
    (SELECT coalesce(json_agg(json_build_object(
              'managerId', i.manager_id::text, 'circonscriptionId', i.circonscription_id::text,
              'from', i.from_date::text, 'until', i.until_date::text)), '[]')
       FROM interims i
      WHERE i.manager_id = a.id AND NOT i.deleted
        AND i.from_date <= $2::date AND $2::date <= i.until_date) AS interims
  FROM agents a WHERE a.id = $1`;

/** The domain Actor of an agent, from the organisation rows and today's delegations: the
 *  same actorOf the device runs over its synced copy. Undefined for an unknown agent. */
export async function actorFor(
  tx: Queryable,
  agentId: string,
  today: string,
): Promise<Actor | undefined> {
  const [row] = await tx.query<ActorRow>(ACTOR_SQL, [agentId, today]);
  if (!row) return undefined;
  return actorOf({ agentId, today, ...row });
}
