import { useLiveQuery } from 'dexie-react-hooks';
import type { UserDb } from '../../../db';

/** What the groups' screens read from this device: the groups and their sessions, and the
 *  organisation to name people and places. */
export const useGroupsData = (db: UserDb) =>
  useLiveQuery(async () => {
    const [groups, sessions, agents, circonscriptions, territories] = await Promise.all([
      db.practiceGroup.toArray(),
      db.groupSession.toArray(),
      db.agent.toArray(),
      db.circonscription.toArray(),
      db.territory.toArray(),
    ]);
    return { groups, sessions, agents, circonscriptions, territories };
  }, [db]);

export type GroupsData = NonNullable<ReturnType<typeof useGroupsData>>;
