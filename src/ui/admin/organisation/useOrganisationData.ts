import { useLiveQuery } from 'dexie-react-hooks';
import type { UserDb } from '../../../db';
import type { Agent, Circonscription, Interim, Territory } from '../../../domain/organisation';

export interface OrganisationData {
  territories: Territory[];
  circonscriptions: Circonscription[];
  agents: Agent[];
  interims: Interim[];
  /** Each agent's name, by id. */
  names: ReadonlyMap<string, string>;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');

/** The organisation as this device holds it (the HR admin's holds all of it), kept live:
 *  a command run here, or a sync, shows at once. */
export function useOrganisationData(db: UserDb): OrganisationData | undefined {
  return useLiveQuery(async () => {
    const [territories, circonscriptions, agents, interims] = await Promise.all([
      db.territory.toArray(),
      db.circonscription.toArray(),
      db.agent.toArray(),
      db.interim.toArray(),
    ]);
    return {
      territories: territories.sort(byName),
      circonscriptions: circonscriptions.sort(byName),
      agents,
      interims,
      names: new Map(agents.map((a) => [a.id, a.displayName])),
    };
  }, [db]);
}
