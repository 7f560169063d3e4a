import { daysBetween, type IsoDate } from '../dates';
import type { Path, Step } from '../entities';
import type { Agent, Circonscription } from '../organisation';
import { delegatorFor, may, type Actor, type Rule } from '../permissions';
import { submittedOn } from './recruit-row';

export interface WaitingMilestone {
  step: Step;
  path: Path;
  recruit: Agent | undefined;
  submittedOn: IsoDate;
  waitingDays: number;
  /** The manager whose approvals the actor holds here through a delegation; null when the
   *  milestone is in her own scope. */
  delegatedBy: string | null;
}

export interface ApprovalQueueInput {
  /** Steps this device holds; only submitted ones the actor may decide make the queue. */
  steps: readonly Step[];
  paths: readonly Path[];
  agents: readonly Agent[];
  circonscriptions: readonly Circonscription[];
  /** Built by actorOf for `today`: the delegations it holds today are in it, each with the
   *  manager of the circonscription who gave it (delegatorOf). */
  actor: Actor;
  /** The decide command's rule: the queue offers what the command would accept. */
  rule: Rule;
  today: IsoDate;
}

/** The milestones waiting for the actor's decision, the longest wait first (a manager with
 *  twenty waiting clears the oldest first), then by due date and recruit. */
export function approvalQueue(input: ApprovalQueueInput): WaitingMilestone[] {
  const paths = new Map(input.paths.map((path) => [path.id, path]));
  const agents = new Map(input.agents.map((agent) => [agent.id, agent]));
  const territoryOf = new Map(input.circonscriptions.map((c) => [c.id, c.territoryId]));
  const queue: WaitingMilestone[] = [];
  for (const step of input.steps) {
    const path = paths.get(step.pathId);
    if (step.status !== 'submitted' || !path) continue;
    const scope = {
      recruitId: path.recruitId,
      mentorId: path.mentorId,
      circonscriptionId: path.circonscriptionId,
      territoryId: territoryOf.get(path.circonscriptionId) ?? '',
    };
    if (!may(input.actor, scope, input.rule)) continue;
    const on = submittedOn(step);
    queue.push({
      step,
      path,
      recruit: agents.get(path.recruitId),
      submittedOn: on,
      waitingDays: Math.max(0, daysBetween(on, input.today)),
      delegatedBy: delegatorFor(input.actor, scope),
    });
  }
  return queue.sort(
    (a, b) =>
      a.submittedOn.localeCompare(b.submittedOn) ||
      a.step.dueDate.localeCompare(b.step.dueDate) ||
      (a.recruit?.displayName ?? '').localeCompare(b.recruit?.displayName ?? '', 'fr'),
  );
}

export interface QueueFilter {
  recruitId?: string;
  /** A step kind ('milestone', 'training'…): the kind of what is to approve. */
  kind?: Step['kind'];
}

export const filterQueue = (queue: readonly WaitingMilestone[], filter: QueueFilter) =>
  queue.filter(
    (item) =>
      (!filter.recruitId || item.path.recruitId === filter.recruitId) &&
      (!filter.kind || item.step.kind === filter.kind),
  );

/** The recruits and kinds the queue holds, for its filters' options. */
export function queueOptions(queue: readonly WaitingMilestone[]) {
  const recruits = new Map<string, string>();
  const kinds = new Set<Step['kind']>();
  for (const item of queue) {
    recruits.set(item.path.recruitId, item.recruit?.displayName ?? item.path.recruitId);
    kinds.add(item.step.kind);
  }
  return {
    recruits: [...recruits].sort((a, b) => a[1].localeCompare(b[1], 'fr')),
    kinds: [...kinds].sort(),
  };
}
