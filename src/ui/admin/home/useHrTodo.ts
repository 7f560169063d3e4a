import { useLiveQuery } from 'dexie-react-hooks';
import type { UserDb } from '../../../db';
import { arrivingRecruits, hrTodo } from '../../../domain/figures/hr-todo';

/** The HR admin's to-do, computed by the domain from the rows her device holds (all of
 *  them, synced), kept live: it works offline and follows every command and sync. */
export function useHrTodo(db: UserDb, today: string) {
  return useLiveQuery(async () => {
    const [agents, paths, groups, sessions, circonscriptions, interims] = await Promise.all([
      db.agent.toArray(),
      db.path.toArray(),
      db.practiceGroup.toArray(),
      db.groupSession.toArray(),
      db.circonscription.toArray(),
      db.interim.toArray(),
    ]);
    const rows = { agents, paths, groups, sessions, circonscriptions, interims };
    return {
      ...hrTodo(rows, today),
      arriving: arrivingRecruits(agents, today).length,
      circonscriptionNames: new Map(circonscriptions.map((c) => [c.id, c.name])),
    };
  }, [db, today]);
}

export type HrTodoView = NonNullable<ReturnType<typeof useHrTodo>>;
