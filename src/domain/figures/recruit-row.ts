import { daysBetween, type IsoDate } from '../dates';
import type { Path, Training } from '../entities';
import type { Agent, EmploymentStatus } from '../organisation';
import { trainingAccount, type TrainingAccount } from '../training';
import { overdueOn, type StepDigest } from './step-digest';
import { syncFreshness, type SyncFreshness } from './sync-freshness';

export { submittedOn } from './step-digest';

export interface RecruitRowInput {
  agent: Agent;
  path: Path | null;
  /** Her path's steps, digested (step-digest.ts); null without steps. */
  steps: StepDigest | null;
  /** Her training records, any year: the account keeps the current one's. */
  trainings: readonly Training[];
  mentor: Agent | null;
  /** When her devices last reached the server (SyncHealth). */
  lastSyncAt: string | null;
  /** Her changes waiting on her devices, as they last said (SyncHealth.pending); null or
   *  absent when unknown. */
  pendingChanges?: number | null;
}

/** One recruit as a dashboard, the territory view, a mentor and the reports count her. */
export interface RecruitRow {
  agentId: string;
  displayName: string;
  job: string;
  status: EmploymentStatus;
  startDate: IsoDate;
  circonscriptionId: string | null;
  pathId: string | null;
  done: number;
  total: number;
  /** done / total, 0 without steps. */
  progress: number;
  overdue: number;
  /** Milestones submitted and waiting for a decision. */
  waiting: number;
  /** Days the oldest waiting milestone has waited, null when none waits. */
  oldestWaitDays: number | null;
  training: TrainingAccount;
  trainingShortfall: boolean;
  /** Equipment not yet in her hands for good: neither acknowledged nor returned. */
  equipmentPending: number;
  mentorId: string | null;
  mentorName: string | null;
  lastSyncAt: string | null;
  freshness: SyncFreshness;
  /** Changes waiting on her devices, not yet on the server; null when unknown. */
  pendingChanges: number | null;
}

/** Who a dashboard lists: recruits, and anyone who has a path (a VAE path for an agent who
 *  is no longer a recruit still needs following). */
export const isSupervisedRecruit = (agent: Pick<Agent, 'roles'>, hasPath: boolean): boolean =>
  hasPath || agent.roles.includes('recruit');

export function recruitRow(input: RecruitRowInput, today: IsoDate, now: string): RecruitRow {
  const { agent, path, mentor } = input;
  const steps = input.steps ?? none;
  const { done, total, oldestSubmitted: oldest } = steps;
  const training = trainingAccount(input.trainings, today, agent.startDate);
  return {
    agentId: agent.id,
    displayName: agent.displayName,
    job: agent.job,
    status: agent.status,
    startDate: path?.startDate ?? agent.startDate,
    circonscriptionId: path?.circonscriptionId ?? agent.circonscriptionId,
    pathId: path?.id ?? null,
    done,
    total,
    progress: total === 0 ? 0 : done / total,
    overdue: overdueOn(steps, today),
    waiting: steps.waiting,
    oldestWaitDays: oldest === null ? null : Math.max(0, daysBetween(oldest, today)),
    training,
    trainingShortfall: training.pace === 'behind',
    equipmentPending: steps.equipmentPending,
    mentorId: path?.mentorId ?? null,
    mentorName: mentor?.displayName ?? null,
    lastSyncAt: input.lastSyncAt,
    freshness: syncFreshness(input.lastSyncAt, now),
    pendingChanges: input.pendingChanges ?? null,
  };
}

const none: StepDigest = {
  pathId: '',
  total: 0,
  done: 0,
  waiting: 0,
  oldestSubmitted: null,
  equipmentPending: 0,
  openDue: [],
};
