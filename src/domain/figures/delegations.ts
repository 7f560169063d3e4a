import { daysBetween, type IsoDate } from '../dates';
import type { Delegation } from '../entities';

type Span = Pick<Delegation, 'from' | 'until'>;
type Given = Pick<Delegation, 'fromAgentId' | 'toAgentId' | 'from' | 'until'>;

/** A delegation holds from its first to its last day, both included. */
export const isActive = (delegation: Span, today: IsoDate) =>
  delegation.from <= today && today <= delegation.until;

/** The delegations an agent gave: holding today, to come, and over; each by start date. */
export function delegationsOf(
  delegations: readonly Delegation[],
  agentId: string,
  today: IsoDate,
): { current: Delegation[]; upcoming: Delegation[]; past: Delegation[] } {
  const mine = delegations
    .filter((d) => d.fromAgentId === agentId)
    .sort((a, b) => a.from.localeCompare(b.from) || a.until.localeCompare(b.until));
  return {
    current: mine.filter((d) => isActive(d, today)),
    upcoming: mine.filter((d) => d.from > today),
    past: mine.filter((d) => d.until < today),
  };
}

/** The delegations an agent holds today. */
export const delegatedToMe = (
  delegations: readonly Delegation[],
  agentId: string,
  today: IsoDate,
) => delegations.filter((d) => d.toAgentId === agentId && isActive(d, today));

/** Two delegations share at least one day (both ends are days of the delegation). */
export const overlaps = (a: Span, b: Span): boolean => a.from <= b.until && b.from <= a.until;

/** The end may fall at most this many days after the start: a year, leap day included. The
 *  limit of approval.delegate; an absence longer than that is a new manager, not a delegation. */
export const delegationMaxDays = 366;

export type DelegationProblemCode =
  'self' | 'in_the_past' | 'ends_before_start' | 'too_long' | 'overlaps';

export interface DelegationProblem {
  code: DelegationProblemCode;
  /** The form's field to show it on. */
  field: 'toAgentId' | 'from' | 'until';
}

/** What is wrong with a delegation about to be given, or null: the form shows it before
 *  sending and approval.delegate refuses with it, so both say the same thing. Checked in the
 *  order a manager fills the form in, the first problem only.
 *
 *  A manager's approvals go to one delegate at a time: a candidate sharing a day with another
 *  of hers is refused. The same giver, delegate and start date make the same row (its id),
 *  so giving it again, say to move its end, is no overlap. */
export function delegationProblem(
  existing: readonly Given[],
  candidate: Given,
  today: IsoDate,
): DelegationProblem | null {
  const { from, until } = candidate;
  if (candidate.toAgentId === candidate.fromAgentId) return { code: 'self', field: 'toAgentId' };
  if (from < today) return { code: 'in_the_past', field: 'from' };
  if (until < from) return { code: 'ends_before_start', field: 'until' };
  if (daysBetween(from, until) > delegationMaxDays) return { code: 'too_long', field: 'until' };
  const sameRow = (d: Given) => d.toAgentId === candidate.toAgentId && d.from === from;
  // The candidate starts today or later, so one it overlaps is not over yet.
  const clash = existing.some(
    (d) => d.fromAgentId === candidate.fromAgentId && !sameRow(d) && overlaps(d, candidate),
  );
  return clash ? { code: 'overlaps', field: 'from' } : null;
}
