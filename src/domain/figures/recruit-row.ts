import { daysBetween, type IsoDate } from '../dates';
import type { Path, Step, Training } from '../entities';
import type { Agent, EmploymentStatus } from '../organisation';
import { isDone, isOverdue } from '../path';
import { trainingAccount, type TrainingAccount } from '../training';
import { syncFreshness, type SyncFreshness } from './sync-freshness';

export interface RecruitRowInput {
  agent: Agent;
  path: Path | null;
  steps: readonly Step[];
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

/** The day a milestone was submitted: the submit stamps updatedAt; an older row without it
 *  counts from its due date. */
export const submittedOn = (step: Pick<Step, 'updatedAt' | 'dueDate'>): IsoDate =>
  step.updatedAt ? step.updatedAt.slice(0, 10) : step.dueDate;

export function recruitRow(input: RecruitRowInput, today: IsoDate, now: string): RecruitRow {
  const { agent, path, steps, mentor } = input;
  const waiting = steps.filter((step) => step.status === 'submitted');
  const oldest = waiting.reduce<IsoDate | null>((min, step) => {
    const on = submittedOn(step);
    return min === null || on < min ? on : min;
  }, null);
  const done = steps.filter(isDone).length;
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
    total: steps.length,
    progress: steps.length === 0 ? 0 : done / steps.length,
    overdue: steps.filter((step) => isOverdue(step, today)).length,
    waiting: waiting.length,
    oldestWaitDays: oldest === null ? null : Math.max(0, daysBetween(oldest, today)),
    training,
    trainingShortfall: training.pace === 'behind',
    equipmentPending: steps.filter(
      (step) =>
        step.kind === 'equipment' && step.status !== 'acknowledged' && step.status !== 'returned',
    ).length,
    mentorId: path?.mentorId ?? null,
    mentorName: mentor?.displayName ?? null,
    lastSyncAt: input.lastSyncAt,
    freshness: syncFreshness(input.lastSyncAt, now),
    pendingChanges: input.pendingChanges ?? null,
  };
}
