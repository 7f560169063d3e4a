import { actorOf, type Actor } from '../../domain/permissions';
import type { Role } from '../../domain/organisation';
import type { Queryable } from '../store/database';

interface Managed {
  id: string;
  managerIds: string[];
}

/** The domain Actor of an agent, from the organisation rows and today's delegations: the
 *  same actorOf the device runs over its synced copy. Undefined for an unknown agent. */
export async function actorFor(
  tx: Queryable,
  agentId: string,
  today: string,
): Promise<Actor | undefined> {
  const [agent] = await tx.query<{ roles: Role[] }>('SELECT roles FROM agents WHERE id = $1', [
    agentId,
  ]);
  if (!agent) return undefined;
  const circonscriptions = await tx.query<Managed>(
    `SELECT circonscription_id::text AS id, array_agg(agent_id::text) AS "managerIds"
       FROM manager_circonscriptions GROUP BY circonscription_id ORDER BY 1`,
  );
  const territories = await tx.query<Managed>(
    `SELECT territory_id::text AS id, array_agg(agent_id::text) AS "managerIds"
       FROM territory_managers WHERE agent_id = $1 GROUP BY territory_id ORDER BY 1`,
    [agentId],
  );
  const delegations = await tx.query<{
    fromAgentId: string;
    toAgentId: string;
    from: string;
    until: string;
  }>(
    `SELECT from_agent_id::text AS "fromAgentId", to_agent_id::text AS "toAgentId",
            from_date::text AS "from", until_date::text AS "until"
       FROM delegations
      WHERE to_agent_id = $1 AND NOT deleted AND from_date <= $2 AND $2 <= until_date`,
    [agentId, today],
  );
  const interims = await tx.query<{
    managerId: string;
    circonscriptionId: string;
    from: string;
    until: string;
  }>(
    `SELECT manager_id::text AS "managerId", circonscription_id::text AS "circonscriptionId",
            from_date::text AS "from", until_date::text AS "until"
       FROM interims
      WHERE manager_id = $1 AND NOT deleted AND from_date <= $2 AND $2 <= until_date`,
    [agentId, today],
  );
  return actorOf({
    agentId,
    roles: agent.roles,
    circonscriptions,
    territories,
    delegations,
    interims,
    today,
  });
}
