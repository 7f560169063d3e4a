import { addOffset, daysBetween, type IsoDate } from './dates';
import { isDone, isPastDue } from './step-status';
import type { Path, Step, StepStatus, Template } from './entities';

/** Step ids derive from the path id and position, so that the device and the server, each
 *  running `path.create`, make the very same rows. */
export const stepIdOf = (pathId: string, position: number): string =>
  `${pathId}.${String(position).padStart(2, '0')}`;

export interface NewPath {
  id: string;
  recruitId: string;
  mentorId: string | null;
  circonscriptionId: string;
  startDate: IsoDate;
}

/** A path copies its template's steps: a later template edit never rewrites history. */
export function createPath(template: Template, input: NewPath): { path: Path; steps: Step[] } {
  const path: Path = { ...input, templateId: template.id, version: 0 };
  const steps = template.steps.map((step, position): Step => ({
    id: stepIdOf(input.id, position),
    pathId: input.id,
    position,
    kind: step.kind,
    title: step.title,
    help: step.help,
    dueDate: addOffset(input.startDate, step.due),
    needsApproval: step.needsApproval || step.kind === 'milestone',
    status: initialStatus(step.kind),
    itemType: step.itemType ?? null,
    assetTag: null,
    submittedNote: null,
    decision: null,
    updatedAt: null,
    version: 0,
  }));
  return { path, steps };
}

const initialStatus = (kind: Step['kind']): StepStatus =>
  kind === 'equipment' ? 'requested' : 'todo';

export const isMilestone = (step: Pick<Step, 'kind' | 'needsApproval'>): boolean =>
  step.kind === 'milestone' || step.needsApproval;

export { isDone, isPastDue } from './step-status';

export const isOverdue = (step: Pick<Step, 'status' | 'dueDate'>, today: IsoDate): boolean =>
  !isDone(step) && isPastDue(step.dueDate, today);

export interface Timeline {
  now: Step[];
  next: Step[];
  later: Step[];
  done: Step[];
}

/** How far ahead "now" and "next" look, in days: two weeks, then two months. */
export const horizon = { now: 14, next: 60 } as const;

/** The recruit's timeline: what is due now (overdue included), next, later, and done. */
export function timeline(steps: readonly Step[], today: IsoDate): Timeline {
  const groups: Timeline = { now: [], next: [], later: [], done: [] };
  const ordered = [...steps].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.position - b.position,
  );
  for (const step of ordered) {
    if (isDone(step)) groups.done.push(step);
    else {
      const daysLeft = daysBetween(today, step.dueDate);
      if (daysLeft <= horizon.now) groups.now.push(step);
      else if (daysLeft <= horizon.next) groups.next.push(step);
      else groups.later.push(step);
    }
  }
  groups.done.reverse(); // most recently due first
  return groups;
}

export function progress(steps: readonly Step[]): { done: number; total: number } {
  return { done: steps.filter(isDone).length, total: steps.length };
}
