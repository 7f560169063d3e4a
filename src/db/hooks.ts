import { useLiveQuery } from 'dexie-react-hooks';
import type { Path, Step } from '../domain/entities';
import type { Agent } from '../domain/organisation';
import { loadActor } from './actor';
import { useRememberedQuery } from './remembered';
import { getStep, stepsOfPath } from './steps';
import type { UserDb } from './user-db';

// Live queries: each re-renders its screen when the rows it read change, in this tab or
// another. `undefined` means "still loading", never "empty".

/** The recruit's path; null when this device holds none (yet). */
export const usePathOf = (db: UserDb, recruitId: string) =>
  useLiveQuery(
    async () => (await db.path.where('recruitId').equals(recruitId).first()) ?? null,
    [db, recruitId],
  );

/** A recruit's path, its steps and the keys of the rows waiting for the server (see
 *  usePendingKeys), read together: a screen never shows the path with an empty or stale list
 *  of steps for a frame (which would move everything below it), and a step's change comes with
 *  its pending mark, as one transaction wrote them, in one render. */
export interface RecruitPath {
  path: Path | null;
  steps: Step[];
  pending: ReadonlySet<string>;
}

/** Her path and its steps, live; coming back to "Mon parcours" shows the last answer at
 *  once instead of a loading frame. */
export const useRecruitPath = (db: UserDb, recruitId: string): RecruitPath | undefined =>
  useRememberedQuery(db, `recruitPath|${recruitId}`, async () => {
    const [found, pending] = await Promise.all([
      db.path.where('recruitId').equals(recruitId).first(),
      pendingKeysOf(db),
    ]);
    const path = found ?? null;
    const steps = path ? await stepsOfPath(db, path.id) : [];
    return { path, steps, pending };
  });

export const useStep = (db: UserDb, stepId: string) =>
  useLiveQuery(async () => (await getStep(db, stepId)) ?? null, [db, stepId]);

export const useTrainings = (db: UserDb, agentId: string) =>
  useLiveQuery(
    () => db.training.where('[agentId+date]').between([agentId, ''], [agentId, '\uffff']).toArray(),
    [db, agentId],
  );

export const useMeetings = (db: UserDb, pathId: string | undefined) =>
  useLiveQuery(
    () =>
      pathId
        ? db.meeting.where('[pathId+date]').between([pathId, ''], [pathId, '\uffff']).toArray()
        : [],
    [db, pathId],
  );

export const useAgent = (db: UserDb, agentId: string | null | undefined) =>
  useLiveQuery(
    async () => (agentId ? ((await db.agent.get(agentId)) ?? null) : null),
    [db, agentId],
  );

/** Sessions from `fromDate` on, with their group, soonest first. */
export const useUpcomingSessions = (db: UserDb, fromDate: string) =>
  useLiveQuery(async () => {
    const sessions = await db.groupSession.where('date').aboveOrEqual(fromDate).sortBy('date');
    const groups = new Map((await db.practiceGroup.toArray()).map((g) => [g.id, g]));
    return sessions.map((session) => ({ session, group: groups.get(session.groupId) }));
  }, [db, fromDate]);

// In one request: a cursor costs a round trip per entry, and offline the outbox grows with
// every tap (bench: `BENCH_ONLY=recruit`).
export async function pendingKeysOf(db: UserDb): Promise<ReadonlySet<string>> {
  const keys = new Set<string>();
  for (const entry of await db.outbox.toArray()) {
    for (const b of entry.before) keys.add(`${b.entity}:${b.id}`);
  }
  return keys;
}

/** `entity:id` of every row a mutation not yet confirmed by the server has touched. */
export const usePendingKeys = (db: UserDb) => useLiveQuery(() => pendingKeysOf(db), [db]);

export const useOutboxCount = (db: UserDb) => useLiveQuery(() => db.outbox.count(), [db]);

export const useNotices = (db: UserDb) => useLiveQuery(() => db.notices.toArray(), [db]);

export const useActor = (db: UserDb, agent: Agent) =>
  useLiveQuery(() => loadActor(db, agent), [db, agent]);
