import type { z } from 'zod';
import type { Agent, Circonscription, Interim, Territory } from '../organisation';
import type {
  Attendance,
  Delegation,
  GroupSession,
  Meeting,
  MilestoneComment,
  Path,
  PracticeGroup,
  ReminderDismissal,
  Step,
  Template,
  Training,
} from '../entities';
import type { ContentItem } from '../content/entity';
import { DomainError } from '../errors';
import { may, type Actor, type Rule, type Scope } from '../permissions';

export interface Rows {
  territory: Territory;
  circonscription: Circonscription;
  agent: Agent;
  interim: Interim;
  practiceGroup: PracticeGroup;
  template: Template;
  path: Path;
  step: Step;
  training: Training;
  meeting: Meeting;
  groupSession: GroupSession;
  attendance: Attendance;
  delegation: Delegation;
  milestoneComment: MilestoneComment;
  reminderDismissal: ReminderDismissal;
  contentItem: ContentItem;
}
export type Entity = keyof Rows;

export type Change = {
  [E in Entity]: { entity: E; op: 'put'; row: Rows[E] } | { entity: E; op: 'delete'; id: string };
}[Entity];

/** What a command may read: the device implements it over Dexie, the server over SQL. */
export interface Reader {
  get<E extends Entity>(entity: E, id: string): Promise<Rows[E] | undefined>;
  /** Where the path sits, or undefined if it does not exist. */
  scopeOfPath(pathId: string): Promise<Scope | undefined>;
  /** Where an agent sits: their path's scope, or their circonscription's if they have none. */
  scopeOfAgent(agentId: string): Promise<Scope | undefined>;
  /** Where a circonscription sits (for creating a path in it). */
  territoryOf(circonscriptionId: string): Promise<string | undefined>;
  /** The id of the recruit's path, if she has one. */
  pathIdOf(recruitId: string): Promise<string | undefined>;
  /** The delegations an agent gave that are not deleted, ended or not. */
  delegationsFrom(agentId: string): Promise<Delegation[]>;
  /** The rows (not deleted) whose `field` equals `value`, in id order: an email taken, a
   *  name used in a territory, a template's versions. The device finds only what it holds;
   *  the server finds all, so its answer is the one that counts. */
  find<E extends Entity>(
    entity: E,
    field: keyof Rows[E] & string,
    value: string,
  ): Promise<Rows[E][]>;
}

export interface Context {
  actor: Actor;
  read: Reader;
  /** When the command runs, ISO datetime. */
  now: string;
}

/** One intent, named `entity.verb`: its arguments, who may run it, and what it changes.
 *  The same definition runs on the device (optimistically) and on the server (for real). */
export interface Command<Args, Target> {
  name: string;
  args: z.ZodType<Args>;
  rule: Rule;
  /** The argument that says where the command acts (`stepId`, `pathId`…): a refusal for want
   *  of rights names it. */
  scopeField?: string;
  /** Loads what the command acts on and where it sits; throws not_found. */
  load(args: Args, ctx: Context): Promise<{ scope: Scope; target: Target }>;
  /** Computes the changed rows; throws a DomainError when a rule of the domain says no. */
  apply(target: Target, args: Args, ctx: Context): Change[];
}

// The registry holds commands of different argument types side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = Command<any, any>;

export const defineCommand = <Args, Target>(command: Command<Args, Target>) => command;

export async function loadOr<T>(value: Promise<T | undefined>, field: string): Promise<T> {
  const found = await value;
  if (found === undefined) throw new DomainError('not_found', `${field} not found`, field);
  return found;
}

export function checkAllowed(actor: Actor, scope: Scope, rule: Rule, field?: string): void {
  if (!may(actor, scope, rule)) throw new DomainError('forbidden', 'not allowed', field);
}
