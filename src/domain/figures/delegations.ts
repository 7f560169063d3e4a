import type { IsoDate } from '../dates';
import type { Delegation } from '../entities';

type Span = Pick<Delegation, 'from' | 'until'>;

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
