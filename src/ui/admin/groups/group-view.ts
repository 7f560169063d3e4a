import { commands } from '../../../domain/commands';
import { groupScope } from '../../../domain/commands/groups';
import type { GroupSession, PracticeGroup } from '../../../domain/entities';
import type { Agent, Circonscription, Service } from '../../../domain/organisation';
import { may, type Actor } from '../../../domain/permissions';

/** Whether the actor may run a group's command, asked of the command's own rule (DESIGN §7):
 *  the screen offers what the device and the server would accept. No group: a new one. */
export function mayOnGroup(
  actor: Actor | undefined,
  group: Pick<PracticeGroup, 'territoryId' | 'facilitatorId'> | undefined,
  name: string,
): boolean {
  const command = commands.get(name);
  if (!actor || !command) return false;
  return may(actor, groupScope(group ?? { territoryId: '' }), command.rule);
}

/** The groups a person runs: all of them for the HR admin, hers for a facilitator. */
export const groupsRunBy = (actor: Actor | undefined, groups: readonly PracticeGroup[]) =>
  groups
    .filter((group) => mayOnGroup(actor, group, 'session.schedule'))
    .sort((a, b) => a.name.localeCompare(b.name));

/** A group's sessions, soonest first, split at today: a session of today has taken place
 *  (its attendance can be recorded). */
export function sessionsOf(sessions: readonly GroupSession[], groupId: string, today: string) {
  const own = sessions
    .filter((s) => s.groupId === groupId)
    .sort((a, b) => `${a.date}${a.startTime}`.localeCompare(`${b.date}${b.startTime}`));
  return {
    upcoming: own.filter((s) => s.date > today),
    past: own.filter((s) => s.date <= today).reverse(),
  };
}

/** The next session of each group, from today on. */
export function nextSessions(sessions: readonly GroupSession[], today: string) {
  const next = new Map<string, GroupSession>();
  for (const session of sessions) {
    if (session.date < today) continue;
    const held = next.get(session.groupId);
    if (!held || `${session.date}${session.startTime}` < `${held.date}${held.startTime}`)
      next.set(session.groupId, session);
  }
  return next;
}

/** Who may join a group: the active agents of its circonscriptions (of its territory when
 *  none is chosen) and of its service, if it has one; members already in it stay listed. */
export function candidatesFor(
  reach: { territoryId: string; circonscriptionIds: readonly string[]; service: Service | null },
  agents: readonly Agent[],
  circonscriptions: readonly Circonscription[],
  keep: readonly string[],
): Agent[] {
  const inReach = new Set(
    circonscriptions
      .filter((c) => c.territoryId === reach.territoryId)
      .filter(
        (c) => reach.circonscriptionIds.length === 0 || reach.circonscriptionIds.includes(c.id),
      )
      .filter((c) => reach.service === null || c.service === reach.service)
      .map((c) => c.id),
  );
  return agents
    .filter(
      (a) =>
        keep.includes(a.id) ||
        (!a.disabled && a.circonscriptionId !== null && inReach.has(a.circonscriptionId)),
    )
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}
