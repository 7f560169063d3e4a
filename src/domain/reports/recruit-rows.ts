import type { IsoDate } from '../dates';
import type { SyncHealth, Training } from '../entities';
import { isSupervisedRecruit, recruitRow, type RecruitRow } from '../figures/recruit-row';
import {
  covers,
  groupBy,
  pathsByRecruit,
  placeOf,
  type ReportRows,
  type ReportScope,
} from './scope';

type Rows = Pick<ReportRows, 'agents' | 'paths' | 'stepDigests' | 'trainings'> & {
  /** When each agent's devices last synced; absent, freshness reads "never". */
  syncHealth?: readonly SyncHealth[];
};

/**
 * The dashboards' recruit rows over plain rows: who is a supervised recruit, where she is
 * counted and each row's figures are those of src/db/supervision.ts (recruitRows) and of
 * figures/recruit-row.ts, so that a manager's report counts what her dashboard shows.
 */
export function recruitRowsOf(
  rows: Rows,
  scope: ReportScope,
  today: IsoDate,
  now: string,
): RecruitRow[] {
  const agentById = new Map(rows.agents.map((agent) => [agent.id, agent]));
  const pathOf = pathsByRecruit(rows.paths);
  const digestOf = new Map(rows.stepDigests.map((digest) => [digest.pathId, digest]));
  const trainingsOf = groupBy<Training>(rows.trainings, (training) => training.agentId);
  const healthOf = new Map((rows.syncHealth ?? []).map((row) => [row.id, row]));
  return rows.agents
    .filter((agent) => isSupervisedRecruit(agent, pathOf.has(agent.id)))
    .filter((agent) => covers(scope, placeOf(agent, pathOf.get(agent.id))))
    .map((agent) => {
      const path = pathOf.get(agent.id) ?? null;
      const mentor = path?.mentorId ? (agentById.get(path.mentorId) ?? null) : null;
      return recruitRow(
        {
          agent,
          path,
          steps: path ? (digestOf.get(path.id) ?? null) : null,
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
