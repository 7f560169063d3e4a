import { useLiveQuery } from 'dexie-react-hooks';
import { pendingKeysOf, type UserDb } from '../../../db';
import { jobsOf } from './account-view';

/** What the team's screens read from this device: its people and circonscriptions, the
 *  templates' jobs (suggested while typing one), and the rows still waiting to be sent. */
export const useAccountsData = (db: UserDb) =>
  useLiveQuery(async () => {
    const [agents, circonscriptions, templates, pending] = await Promise.all([
      db.agent.toArray(),
      db.circonscription.toArray(),
      db.template.toArray(),
      pendingKeysOf(db),
    ]);
    return { agents, circonscriptions, jobs: jobsOf(templates), pending };
  }, [db]);

export type AccountsData = NonNullable<ReturnType<typeof useAccountsData>>;
