import { todayIso } from '../domain/dates';
import type { Agent } from '../domain/organisation';
import { actorOf, type Actor } from '../domain/permissions';
import type { UserDb } from './user-db';

/** What the signed-in agent's roles reach, from this device's copy of the organisation. */
export async function loadActor(db: UserDb, agent: Agent, now = new Date()): Promise<Actor> {
  const [circonscriptions, territories, delegations, interims] = await Promise.all([
    db.circonscription.toArray(),
    db.territory.toArray(),
    db.delegation.where('toAgentId').equals(agent.id).toArray(),
    db.interim.where('managerId').equals(agent.id).toArray(),
  ]);
  return actorOf({
    agentId: agent.id,
    roles: agent.roles,
    circonscriptions,
    territories,
    delegations,
    interims,
    today: todayIso(now),
  });
}
