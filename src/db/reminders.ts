import { useLiveQuery } from 'dexie-react-hooks';
import { addDaysIso, todayIso } from '../domain/dates';
import type { StepDigest } from '../domain/figures/step-digest';
import type { Agent } from '../domain/organisation';
import type { Actor } from '../domain/permissions';
import {
  defaultThresholds,
  reminders,
  remindersOf,
  type Reminder,
  type ReminderThresholds,
} from '../domain/reminders';
import { loadActor } from './actor';
import type { UserDb } from './user-db';

/**
 * The signed-in person's reminders, computed here from the rows this device holds (issue 17:
 * the centre works offline), by the rules the server's pass runs. Only the paths whose steps
 * could remind her are read in full: her own and her mentees' always; over the others her
 * digest (a few numbers a path) says whether a milestone waits or a step is late enough to
 * escalate, so a territory manager of 200 recruits reads a handful of paths, not 200.
 */
export async function readReminders(
  db: UserDb,
  agent: Agent,
  now = new Date(),
): Promise<ReminderItem[]> {
  const today = todayIso(now);
  // The deployment's, as the server last gave them (ui/reminders/thresholds-api.ts).
  const kept = (await db.meta.get('reminderThresholds'))?.value as ReminderThresholds | undefined;
  const thresholds = kept ?? defaultThresholds;
  const actor = await loadActor(db, agent, now);
  const [paths, digests, dismissed] = await Promise.all([
    db.path.toArray(),
    db.pathDigest.toArray(),
    db.reminderDismissal.toArray(),
  ]);
  const digestOf = new Map(digests.map((d) => [d.pathId, d]));
  const wanted = paths.filter((p) =>
    mayRemind(actor, p, digestOf.get(p.id), addDaysIso(today, -thresholds.stepOverdueManager)),
  );
  const [records, agents, circonscriptions, territories, interims, delegations, health] =
    await Promise.all([
      db.pathSteps.bulkGet(wanted.map((p) => p.id)),
      db.agent.toArray(),
      db.circonscription.toArray(),
      db.territory.toArray(),
      db.interim.toArray(),
      db.delegation.toArray(),
      db.syncHealth.toArray(),
    ]);
  const [groups, sessions] = await Promise.all([
    db.practiceGroup.toArray(),
    db.groupSession
      .where('date')
      .between(today, addDaysIso(today, thresholds.sessionAhead), true, true)
      .toArray(),
  ]);
  const all = reminders(
    {
      agents,
      circonscriptions,
      territories,
      interims,
      delegations,
      paths,
      steps: records.flatMap((record) => record?.steps ?? []),
      syncHealth: health,
      groups,
      sessions,
    },
    today,
    now.toISOString(),
    thresholds,
  );
  const mine = remindersOf(all, agent.id, new Set(dismissed.map((d) => d.key)));
  const names = new Map(agents.map((a) => [a.id, a.displayName]));
  const titles = new Map(records.flatMap((r) => r?.steps ?? []).map((s) => [s.id, s.title]));
  const groupOf = new Map(sessions.map((s) => [s.id, s.groupId]));
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  return mine.map((reminder) => ({
    reminder,
    recruit: reminder.recruitId ? (names.get(reminder.recruitId) ?? null) : null,
    about:
      titles.get(reminder.subjectId) ??
      groupNames.get(groupOf.get(reminder.subjectId) ?? '') ??
      null,
  }));
}

/** A reminder with the words a screen shows beside it: here, on her own device, names are
 *  hers to read (unlike a lock screen's notification). */
export interface ReminderItem {
  reminder: Reminder;
  /** The recruit's name, when it is about a recruit. */
  recruit: string | null;
  /** The step's title or the group's name, when it is about one. */
  about: string | null;
}

/** Whether a path's steps may hold a reminder for the actor (its recipients: rules.ts). */
function mayRemind(
  actor: Actor,
  path: { recruitId: string; mentorId: string | null; circonscriptionId: string },
  digest: StepDigest | undefined,
  escalatedBefore: string,
): boolean {
  if (path.recruitId === actor.agentId || path.mentorId === actor.agentId) return true;
  // No digest (a device mid-upgrade): read its steps rather than miss a reminder.
  if (!digest) return true;
  const decides =
    actor.circonscriptionIds.includes(path.circonscriptionId) ||
    actor.delegatedCirconscriptionIds.includes(path.circonscriptionId);
  const oversees = decides || actor.roles.includes('territoryManager');
  const late = (digest.openDue[0] ?? '9999') <= escalatedBefore;
  return (
    (digest.waiting > 0 && oversees) ||
    (late && actor.circonscriptionIds.includes(path.circonscriptionId))
  );
}

/** The live list for a screen: recomputed when any row it read changes (a dismissal, a sync). */
export const useReminders = (db: UserDb, agent: Agent) =>
  useLiveQuery(() => readReminders(db, agent), [db, agent]);
