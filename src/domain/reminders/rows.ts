import type { IsoDate } from '../dates';
import type { Delegation, GroupSession, Path, PracticeGroup, Step, SyncHealth } from '../entities';
import type { Agent, Circonscription, Interim, Territory } from '../organisation';

/** The rows the reminders are computed from: what a device holds of its scope, or what the
 *  server reads of the whole département. Only the fields the rules read. */
export interface ReminderRows {
  agents: readonly Pick<
    Agent,
    'id' | 'roles' | 'startDate' | 'endDate' | 'disabled' | 'activated' | 'circonscriptionId'
  >[];
  circonscriptions: readonly Pick<
    Circonscription,
    'id' | 'territoryId' | 'managerIds' | 'closed'
  >[];
  territories: readonly Pick<Territory, 'id' | 'managerIds'>[];
  interims: readonly Pick<Interim, 'managerId' | 'circonscriptionId' | 'from' | 'until'>[];
  delegations: readonly Pick<Delegation, 'fromAgentId' | 'toAgentId' | 'from' | 'until'>[];
  paths: readonly Pick<Path, 'id' | 'recruitId' | 'mentorId' | 'circonscriptionId' | 'startDate'>[];
  steps: readonly Pick<Step, 'id' | 'pathId' | 'dueDate' | 'status' | 'updatedAt'>[];
  syncHealth: readonly Pick<SyncHealth, 'id' | 'lastSyncAt'>[];
  groups: readonly Pick<PracticeGroup, 'id' | 'memberIds' | 'closed'>[];
  sessions: readonly Pick<GroupSession, 'id' | 'groupId' | 'date'>[];
}

export const reminderRules = [
  'stepDueSoon',
  'stepOverdue',
  'milestoneWaiting',
  'silentDevice',
  'sessionAhead',
  'arrivalWithoutPath',
  'arrivalNotActivated',
] as const;
export type ReminderRule = (typeof reminderRules)[number];

/** One thing one person should know today. */
export interface Reminder {
  /** `rule:subject:threshold`: the same cause at the same threshold is the same reminder, so
   *  it is never sent twice and a dismissal holds; a later threshold is a new one. */
  key: string;
  rule: ReminderRule;
  recipientId: string;
  /** What it is about: a step, a recruit or a session. */
  subjectId: string;
  threshold: number;
  /** The recruit it concerns, when it concerns one. */
  recruitId: string | null;
  /** The day it counts from: the due date, the day submitted, the last sync, the session,
   *  the arrival. */
  on: IsoDate;
  /** Days past `on` (late, waiting, silent), or before it when negative (due, session,
   *  arrival ahead). */
  days: number;
  /** The screen that deals with it. */
  href: string;
}
