import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import type { Rows } from '../domain/commands';
import type {
  GroupSession,
  Step,
  PracticeGroup,
  SyncHealth,
  Template,
  Tutoring,
} from '../domain/entities';
import type { Circonscription, Territory } from '../domain/organisation';
import { stepDigest, type StepDigest } from '../domain/figures/step-digest';
import type { SyncEntity } from '../domain/protocol';
import { pathIdOfStep, pathStepsRecord, type PathSteps } from './steps';

/** Each user's data lives in a database of its own (DESIGN §6 "On the client"). */
export const userDbPrefix = 'parcours-user-';

export function userDbName(agentId: string): string {
  return `${userDbPrefix}${agentId}`;
}

/** A queued mutation (DESIGN §6 shape) and what it did here, so that it can be undone
 *  before a pull is applied and replayed on top of it (rebase). */
export interface OutboxEntry {
  id: number;
  name: string;
  args: unknown;
  createdAt: string;
  /** The rows this mutation changed on this device, as they were before it ran. */
  before: BeforeImage[];
}

export interface BeforeImage {
  entity: SyncEntity;
  id: string;
  /** The row before the mutation; null when the mutation created it. */
  row: Record<string, unknown> | null;
}

/** A mutation the server refused: kept until the person has read why. */
export interface Notice {
  id: number;
  name: string;
  code: string;
  field?: string;
  at: string;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export interface EntityRows extends Omit<Rows, 'agent'> {
  agent: Rows['agent'];
  territory: Territory;
  circonscription: Circonscription;
  template: Template;
  practiceGroup: PracticeGroup;
  groupSession: GroupSession;
  tutoring: Tutoring;
  syncHealth: SyncHealth;
}

/** Steps have no table of their own: each path's are one record (steps.ts). */
export type UserDb = Dexie & {
  [E in Exclude<SyncEntity, 'step'>]: Table<EntityRows[E], string>;
} & {
  pathSteps: Table<PathSteps, string>;
  /** Each path's steps digested, beside its record (steps.ts): what the dashboards read. */
  pathDigest: Table<StepDigest, string>;
  meta: Table<MetaRecord, string>;
  outbox: Table<OutboxEntry, number>;
  notices: Table<Notice, number>;
};

// Published schemas, kept as they were (exported for the upgrade test, src/db/steps.test.ts).

/** The indexes follow the screens: a path's steps by due date, an agent's trainings by date,
 *  a path's meetings by date, a mentor's paths, a circonscription's paths. */
export const schemaV2: Record<
  | Exclude<
      SyncEntity,
      'syncHealth' | 'milestoneComment' | 'interim' | 'reminderDismissal' | 'contentItem'
    >
  | 'meta'
  | 'outbox'
  | 'notices',
  string
> = {
  meta: 'key',
  outbox: 'id',
  notices: 'id',
  territory: 'id',
  circonscription: 'id, territoryId',
  agent: 'id, circonscriptionId',
  template: 'id',
  path: 'id, recruitId, mentorId, circonscriptionId',
  step: 'id, pathId, [pathId+dueDate], status',
  training: 'id, agentId, [agentId+date]',
  meeting: 'id, pathId, [pathId+date]',
  practiceGroup: 'id, territoryId',
  groupSession: 'id, groupId, date',
  attendance: 'id, sessionId, agentId',
  tutoring: 'id, tutorId, tuteeId',
  delegation: 'id, fromAgentId, toAgentId',
};

/** Version 4 keeps one index on steps, the table an initial sync fills with thousands of
 *  rows, where each index costs a write per row: [pathId+status] answers a path's steps
 *  (its prefix, a Dexie virtual index) and the milestones awaiting review. Meetings and
 *  trainings lose the single-field indexes their compound ones already answer. */
export const schemaV4 = {
  step: 'id, [pathId+status]',
  meeting: 'id, [pathId+date]',
  training: 'id, [agentId+date]',
} as const;

/** Version 5's upgrade: each path's steps, until then a row each, become one record. */
async function groupStepsByPath(tx: Transaction): Promise<void> {
  const byPath = new Map<string, Step[]>();
  for (const step of (await tx.table('step').toArray()) as Step[]) {
    const pathId = pathIdOfStep(step.id);
    const steps = byPath.get(pathId) ?? [];
    byPath.set(pathId, steps);
    steps.push(step);
  }
  const records = [...byPath].map(([pathId, steps]) => pathStepsRecord(pathId, steps));
  await tx.table('pathSteps').bulkAdd(records);
}

/** Version 7 adds the comments on milestones, read a milestone's at a time in order. A new
 *  table needs no upgrade: the server has none older than the device's cursor. */
export const schemaV7 = { milestoneComment: 'id, [stepId+at]' } as const;

/** Version 8 adds the intérims (issue 14), read by manager for her actor, and indexes the
 *  agents by email, which must be unique. */
export const schemaV8 = {
  interim: 'id, managerId, circonscriptionId',
  agent: 'id, circonscriptionId, email',
} as const;

/** Version 9 keeps each path's step digest beside its steps (issue 15: a département's
 *  progress report reads 450 digests instead of 17,000 steps), made from them on upgrade. */
export const schemaV9 = { pathDigest: 'pathId' } as const;

/** Version 10 adds the reminders the person put away (issue 17), read all at once. */
export const schemaV10 = { reminderDismissal: 'id' } as const;

/** Version 11 adds the welcome content (issue 18): the Bienvenue screen reads it by kind. */
export const schemaV11 = { contentItem: 'id, kind' } as const;

/** Version 12 indexes trainings by date as well: a report counts one calendar year's
 *  (the 5-day target is per year), a third of a département's three years of them. */
export const schemaV12 = { training: 'id, [agentId+date], date' } as const;

async function digestSteps(tx: Transaction): Promise<void> {
  const records = (await tx.table('pathSteps').toArray()) as PathSteps[];
  await tx
    .table('pathDigest')
    .bulkAdd(records.map((record) => stepDigest(record.pathId, record.steps)));
}

/** A new handle on an agent's database. `options` lets tests give each simulated device an
 *  IndexedDB of its own. */
export function createUserDb(agentId: string, options?: DexieOptions): UserDb {
  // A typed cast rather than a subclass: class fields would overwrite the tables Dexie sets.
  const db = new Dexie(userDbName(agentId), options) as UserDb;
  // Schema history: never edit a published version, add the next one.
  db.version(1).stores({ meta: 'key' });
  db.version(2).stores(schemaV2);
  db.version(3).stores({ syncHealth: 'id' });
  db.version(4).stores(schemaV4);
  // Version 5 moves the steps into one record per path; version 6 drops their old table,
  // which an upgrader may read only if a later version deletes it (Dexie 3+).
  db.version(5).stores({ pathSteps: 'pathId, waiting' }).upgrade(groupStepsByPath);
  db.version(6).stores({ step: null });
  db.version(7).stores(schemaV7);
  db.version(8).stores(schemaV8);
  db.version(9).stores(schemaV9).upgrade(digestSteps);
  db.version(10).stores(schemaV10);
  db.version(11).stores(schemaV11);
  db.version(12).stores(schemaV12);
  return db;
}

const open = new Map<string, UserDb>();

/** The agent's own database, one instance per agent for the life of the page. */
export function openUserDb(agentId: string): UserDb {
  const existing = open.get(agentId);
  if (existing) return existing;
  const db = createUserDb(agentId);
  open.set(agentId, db);
  return db;
}

/** Closes every open user database, so that they can be deleted. */
export function closeUserDbs(): void {
  for (const db of open.values()) db.close();
  open.clear();
}
