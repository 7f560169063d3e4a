import type { IsoDate } from '../dates';
import type { Step } from '../entities';
import { isDone, isPastDue } from '../step-status';

/**
 * What the dashboards and the progress report need from a path's steps, without the steps:
 * a few counts and the due dates still open. The device keeps one per path beside its steps
 * (src/db/steps.ts), so that a view of 450 recruits reads 450 small records instead of
 * 17,000 steps; the server makes them from the steps it reads. Whatever the day, the
 * figures are those the steps give (test: step-digest.test.ts).
 */
export interface StepDigest {
  pathId: string;
  total: number;
  done: number;
  /** Milestones submitted and waiting for a decision. */
  waiting: number;
  /** The day the oldest waiting milestone was submitted; null when none waits. */
  oldestSubmitted: IsoDate | null;
  /** Equipment not yet in her hands for good: neither acknowledged nor returned. */
  equipmentPending: number;
  /** The due dates of the steps not done, earliest first: those past due are overdue. */
  openDue: IsoDate[];
}

/** The day a milestone was submitted: the submit stamps updatedAt; an older row without it
 *  counts from its due date. */
export const submittedOn = (step: Pick<Step, 'updatedAt' | 'dueDate'>): IsoDate =>
  step.updatedAt ? step.updatedAt.slice(0, 10) : step.dueDate;

export function stepDigest(pathId: string, steps: readonly Step[]): StepDigest {
  let done = 0;
  let waiting = 0;
  let oldestSubmitted: IsoDate | null = null;
  let equipmentPending = 0;
  const openDue: IsoDate[] = [];
  for (const step of steps) {
    if (isDone(step)) done++;
    else openDue.push(step.dueDate);
    if (step.status === 'submitted') {
      waiting++;
      const on = submittedOn(step);
      if (oldestSubmitted === null || on < oldestSubmitted) oldestSubmitted = on;
    }
    if (step.kind === 'equipment' && step.status !== 'acknowledged' && step.status !== 'returned')
      equipmentPending++;
  }
  openDue.sort();
  return { pathId, total: steps.length, done, waiting, oldestSubmitted, equipmentPending, openDue };
}

/** Each path's digest, from steps of any paths in any order. */
export function stepDigests(steps: readonly Step[]): StepDigest[] {
  const byPath = new Map<string, Step[]>();
  for (const step of steps) {
    const list = byPath.get(step.pathId);
    if (list) list.push(step);
    else byPath.set(step.pathId, [step]);
  }
  return [...byPath].map(([pathId, list]) => stepDigest(pathId, list));
}

/** The open steps past due on `today`. */
export function overdueOn(digest: StepDigest, today: IsoDate): number {
  let count = 0;
  for (const due of digest.openDue) {
    if (!isPastDue(due, today)) break; // earliest first: the rest are not due yet
    count++;
  }
  return count;
}
