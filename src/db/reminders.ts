import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDaysIso, todayIso } from '../domain/dates';
import type { StepDigest } from '../domain/figures/step-digest';
import type { PracticeGroup, Step } from '../domain/entities';
import type { Agent } from '../domain/organisation';
import { actorOf, type Actor } from '../domain/permissions';
import {
  defaultThresholds,
  reminders,
  remindersOf,
  type Reminder,
  type ReminderRows,
  type ReminderThresholds,
} from '../domain/reminders';
import type { UserDb } from './user-db';

/** What the rules read on this device, and what the person put away. */
export interface ReminderSources {
  /** Whole rows where a line's words come from (names, titles). */
  rows: Omit<ReminderRows, 'agents' | 'steps' | 'groups'> & {
    agents: Agent[];
    steps: Step[];
    groups: PracticeGroup[];
  };
  dismissed: string[];
  thresholds: ReminderThresholds;
  today: string;
}

/** The furthest ahead a session can remind (the thresholds' schema): read once, before the
 *  thresholds are known, so that every read goes in one round. */
const SESSIONS_AHEAD_MAX = 14;

/**
 * The rows the reminders are computed from, in two rounds of reads: everything but the steps
 * at once, then the steps of the paths that could remind her. Her own path's and her
 * mentees' always; over the others her digest (a few numbers a path) says whether a
 * milestone waits or a step is late enough to escalate, so a territory manager of 200
 * recruits reads a handful of paths' steps, not 200.
 */
export async function loadReminderSources(
  db: UserDb,
  agent: Agent,
  now = new Date(),
): Promise<ReminderSources> {
  const today = todayIso(now);
  // Logged out under a live query: a transaction asked of a closed database is refused
  // inside Dexie, where the refusal can surface as an unhandled rejection; refused here, it
  // reaches the live query, which lets a DatabaseClosedError go.
  if (db.hasBeenClosed()) throw new Dexie.DatabaseClosedError();
  // One read transaction for every read: each of its own cost a round of Dexie's
  // bookkeeping, more than most of these small tables take to read.
  const tables = [
    db.meta,
    db.path,
    db.pathDigest,
    db.reminderDismissal,
    db.agent,
    db.circonscription,
    db.territory,
    db.interim,
    db.delegation,
    db.syncHealth,
    db.practiceGroup,
    db.groupSession,
    db.pathSteps,
  ];
  return db.transaction('r', tables, async () => {
    const [
      kept,
      paths,
      digests,
      dismissed,
      agents,
      circonscriptions,
      territories,
      interims,
      delegations,
      syncHealth,
      groups,
      sessions,
    ] = await Promise.all([
      // The deployment's, as the server last gave them (ui/reminders/thresholds-api.ts).
      db.meta.get('reminderThresholds'),
      db.path.toArray(),
      db.pathDigest.toArray(),
      db.reminderDismissal.toArray(),
      db.agent.toArray(),
      db.circonscription.toArray(),
      db.territory.toArray(),
      db.interim.toArray(),
      db.delegation.toArray(),
      db.syncHealth.toArray(),
      db.practiceGroup.toArray(),
      db.groupSession
        .where('date')
        .between(today, addDaysIso(today, SESSIONS_AHEAD_MAX), true, true)
        .toArray(),
    ]);
    const thresholds = (kept?.value as ReminderThresholds | undefined) ?? defaultThresholds;
    const actor = actorOf({
      agentId: agent.id,
      roles: agent.roles,
      circonscriptions,
      territories,
      delegations,
      interims,
      today,
    });
    const digestOf = new Map(digests.map((d) => [d.pathId, d]));
    const escalated = addDaysIso(today, -thresholds.stepOverdueManager);
    const wanted = paths.filter((p) => mayRemind(actor, p, digestOf.get(p.id), escalated));
    const records = await db.pathSteps.bulkGet(wanted.map((p) => p.id));
    return {
      rows: {
        agents,
        circonscriptions,
        territories,
        interims,
        delegations,
        paths,
        steps: records.flatMap((record) => record?.steps ?? []),
        syncHealth,
        groups,
        sessions,
      },
      dismissed: dismissed.map((d) => d.key),
      thresholds,
      today,
    };
  });
}

/**
 * The signed-in person's reminders, computed here from the rows this device holds (issue 17:
 * the centre works offline), by the rules the server's pass runs, each with the words its
 * line shows.
 */
export async function readReminders(
  db: UserDb,
  agent: Agent,
  now = new Date(),
): Promise<ReminderItem[]> {
  const { rows, dismissed, thresholds, today } = await loadReminderSources(db, agent, now);
  const all = reminders(rows, today, now.toISOString(), thresholds);
  const mine = remindersOf(all, agent.id, new Set(dismissed));
  const names = new Map(rows.agents.map((a) => [a.id, a.displayName]));
  const titles = new Map(rows.steps.map((s) => [s.id, s.title]));
  const groupOf = new Map(rows.sessions.map((s) => [s.id, s.groupId]));
  const groupNames = new Map(rows.groups.map((g) => [g.id, g.name]));
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
