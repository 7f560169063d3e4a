import { useLiveQuery } from 'dexie-react-hooks';
import type { Step, Training } from '../domain/entities';
import { isSupervisedRecruit, recruitRow, type RecruitRow } from '../domain/figures';
import type { Agent } from '../domain/organisation';
import { allSteps } from './steps';
import type { UserDb } from './user-db';

/** Where a dashboard looks: one circonscription, or everything the device holds. */
export interface RowsScope {
  circonscriptionIds?: readonly string[];
  mentorId?: string;
}

const groupBy = <T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
};

/**
 * One dashboard row per recruit this device holds (the server sent only the person's scope),
 * computed by the domain's figures from the synced rows. Every table is read once, in one
 * pass each, whatever the number of recruits: a territory holds about 200.
 */
export async function recruitRows(
  db: UserDb,
  scope: RowsScope,
  today: string,
  now: string,
): Promise<RecruitRow[]> {
  const [agents, paths, steps, trainings, health] = await Promise.all([
    db.agent.toArray(),
    db.path.toArray(),
    allSteps(db),
    db.training.toArray(),
    db.syncHealth.toArray(),
  ]);
  const agentById = new Map(agents.map((agent) => [agent.id, agent]));
  const pathOf = new Map(paths.map((path) => [path.recruitId, path]));
  const stepsOf = groupBy<Step>(steps, (step) => step.pathId);
  const trainingsOf = groupBy<Training>(trainings, (training) => training.agentId);
  const healthOf = new Map(health.map((row) => [row.id, row]));
  const inScope = (agent: Agent) => {
    const path = pathOf.get(agent.id);
    if (scope.mentorId !== undefined) return path?.mentorId === scope.mentorId;
    if (scope.circonscriptionIds === undefined) return true;
    const where = path?.circonscriptionId ?? agent.circonscriptionId;
    return where !== null && scope.circonscriptionIds.includes(where);
  };
  return agents
    .filter((agent) => isSupervisedRecruit(agent, pathOf.has(agent.id)) && inScope(agent))
    .map((agent) => {
      const path = pathOf.get(agent.id) ?? null;
      const mentor = path?.mentorId ? (agentById.get(path.mentorId) ?? null) : null;
      return recruitRow(
        {
          agent,
          path,
          steps: path ? (stepsOf.get(path.id) ?? []) : [],
          trainings: trainingsOf.get(agent.id) ?? [],
          mentor,
          lastSyncAt: healthOf.get(agent.id)?.lastSyncAt ?? null,
          pendingChanges: healthOf.get(agent.id)?.pending ?? null,
        },
        today,
        now,
      );
    });
}

/** recruitRows as a live query: the dashboard follows every sync and local write. */
export const useRecruitRows = (db: UserDb, scope: RowsScope, today: string, now: string) =>
  useLiveQuery(
    () => recruitRows(db, scope, today, now),
    [db, scope.circonscriptionIds?.join(), scope.mentorId, today, now],
  );

/** Every circonscription this device holds, by name. */
export const useCirconscriptions = (db: UserDb) =>
  useLiveQuery(async () => {
    const rows = await db.circonscription.toArray();
    return rows.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }, [db]);
