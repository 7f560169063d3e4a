import { commands } from '../../../domain/commands';
import type { IsoDate } from '../../../domain/dates';
import { isActive } from '../../../domain/figures/delegations';
import type { Agent, Interim, Role } from '../../../domain/organisation';
import { may, type Actor, type Scope } from '../../../domain/permissions';

// The organisation commands act on no recruit's scope: their rule alone decides.
const anywhere: Scope = { recruitId: '', mentorId: null, circonscriptionId: '', territoryId: '' };

/** Whether the actor may run an organisation command, asked of its own rule (DESIGN §7): the
 *  screen offers exactly what the device and the server would accept. */
export function mayOrganise(actor: Actor | undefined, name: string): boolean {
  const command = commands.get(name);
  return actor !== undefined && command !== undefined && may(actor, anywhere, command.rule);
}

export type InterimState = 'current' | 'upcoming' | 'past';

/** An intérim holds from its first to its last day, both included. */
export const interimState = (
  interim: Pick<Interim, 'from' | 'until'>,
  today: IsoDate,
): InterimState =>
  isActive(interim, today) ? 'current' : interim.from > today ? 'upcoming' : 'past';

const rank: Record<InterimState, number> = { current: 0, upcoming: 1, past: 2 };

/** Those holding today, then those to come, soonest first, then those over, latest first. */
export function interimsInOrder<I extends Pick<Interim, 'from' | 'until'>>(
  interims: readonly I[],
  today: IsoDate,
): I[] {
  return [...interims].sort((a, b) => {
    const [sa, sb] = [interimState(a, today), interimState(b, today)];
    if (sa !== sb) return rank[sa] - rank[sb];
    return sa === 'past' ? b.until.localeCompare(a.until) : a.from.localeCompare(b.from);
  });
}

/** Who may be named to manage: the active agents holding the role, by name. Those already
 *  named stay offered, so that a box can be unticked even if they lost the role. */
export function candidatesFor(
  agents: readonly Agent[],
  role: Role,
  named: readonly string[] = [],
): Agent[] {
  return agents
    .filter((a) => named.includes(a.id) || (a.roles.includes(role) && !a.disabled))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
}

/** The agents whose accounts are active, per circonscription: those that keep it open. */
export function activeAgentsPer(agents: readonly Agent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const agent of agents) {
    if (agent.disabled || !agent.circonscriptionId) continue;
    counts.set(agent.circonscriptionId, (counts.get(agent.circonscriptionId) ?? 0) + 1);
  }
  return counts;
}

/** Names for ids, in the order given; an id this device does not hold shows as a dash. */
export const namesOf = (ids: readonly string[], names: ReadonlyMap<string, string>) =>
  ids.map((id) => names.get(id) ?? '—').join(', ');

/** Two lists hold the same ids, in any order. */
export const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));
