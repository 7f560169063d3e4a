import { addDaysIso, type IsoDate } from '../dates';
import type { GroupSession, Path, PracticeGroup } from '../entities';
import type { Agent, Circonscription, Interim } from '../organisation';

/** How far ahead the HR admin prepares arrivals: a path and an account take a few days. */
export const arrivalWindowDays = 30;

type Recruit = Pick<
  Agent,
  'id' | 'displayName' | 'roles' | 'startDate' | 'disabled' | 'activated' | 'circonscriptionId'
>;
type Group = Pick<PracticeGroup, 'id' | 'name' | 'closed'>;
type Unit = Pick<Circonscription, 'id' | 'name' | 'managerIds' | 'closed'>;
type Cover = Pick<Interim, 'circonscriptionId' | 'from' | 'until'>;

export interface HrTodoRows<R extends Recruit, G extends Group, C extends Unit> {
  agents: readonly R[];
  paths: readonly Pick<Path, 'recruitId'>[];
  groups: readonly G[];
  sessions: readonly Pick<GroupSession, 'groupId' | 'date'>[];
  circonscriptions: readonly C[];
  interims: readonly Cover[];
}

/** What the HR admin's home lists as needing doing, each list in the order it is read. */
export interface HrTodo<R, G, C> {
  /** Arriving within the window without a path: the manager must create it before day 1. */
  withoutPath: R[];
  /** Arriving within the window without having chosen a password. */
  notActivated: R[];
  /** Open practice-analysis groups with no session from today on. */
  groupsWithoutSession: G[];
  /** Open circonscriptions nobody approves in: no manager, no intérim holding today. */
  withoutManager: C[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');

/** The recruits arriving from today to today + the window, both included, soonest first; a
 *  disabled account is not arriving. */
export function arrivingRecruits<R extends Recruit>(
  agents: readonly R[],
  today: IsoDate,
  days = arrivalWindowDays,
): R[] {
  const last = addDaysIso(today, days);
  return agents
    .filter((a) => a.roles.includes('recruit') && !a.disabled)
    .filter((a) => today <= a.startDate && a.startDate <= last)
    .sort(
      (a, b) =>
        a.startDate.localeCompare(b.startDate) || a.displayName.localeCompare(b.displayName, 'fr'),
    );
}

/** Open groups without a session today or later: a session of today still counts as next. */
export function groupsWithoutNextSession<G extends Group>(
  groups: readonly G[],
  sessions: readonly Pick<GroupSession, 'groupId' | 'date'>[],
  today: IsoDate,
): G[] {
  const scheduled = new Set(sessions.filter((s) => s.date >= today).map((s) => s.groupId));
  return groups.filter((g) => !g.closed && !scheduled.has(g.id)).sort(byName);
}

/** Open circonscriptions with no manager of their own and no intérim covering today. */
export function circonscriptionsWithoutManager<C extends Unit>(
  circonscriptions: readonly C[],
  interims: readonly Cover[],
  today: IsoDate,
): C[] {
  const covered = new Set(
    interims.filter((i) => i.from <= today && today <= i.until).map((i) => i.circonscriptionId),
  );
  return circonscriptions
    .filter((c) => !c.closed && c.managerIds.length === 0 && !covered.has(c.id))
    .sort(byName);
}

/** The HR admin's to-do, from the rows her device holds (she holds everything). An account
 *  whose activation is unknown (a row stored before accounts had it) is not listed. */
export function hrTodo<R extends Recruit, G extends Group, C extends Unit>(
  rows: HrTodoRows<R, G, C>,
  today: IsoDate,
): HrTodo<R, G, C> {
  const arriving = arrivingRecruits(rows.agents, today);
  const withPath = new Set(rows.paths.map((p) => p.recruitId));
  return {
    withoutPath: arriving.filter((a) => !withPath.has(a.id)),
    notActivated: arriving.filter((a) => a.activated === false),
    groupsWithoutSession: groupsWithoutNextSession(rows.groups, rows.sessions, today),
    withoutManager: circonscriptionsWithoutManager(rows.circonscriptions, rows.interims, today),
  };
}
