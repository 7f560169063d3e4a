import { z } from 'zod';
import type { PracticeGroup } from '../entities';
import { DomainError } from '../errors';
import { Id, Service } from '../organisation';
import type { Scope } from '../permissions';
import { checkAllowed, defineCommand, loadOr, type Context, type Reader } from './command';

/**
 * Practice-analysis groups (GAP, DESIGN §4, issue 14): the HR admin makes them and says who
 * belongs; their facilitator, when she is an agent, schedules their sessions (sessions.ts)
 * and records who came. Attendance only: no field ever holds what was said.
 */
const hrOnly = { allow: ['all'] } as const;

/** Recording attendance: the group's facilitator, the HR admin, and — as before groups had
 *  a facilitator — the managers over the member (DESIGN §7: circonscription, territory). */
const recordsAttendance = {
  allow: ['facilitator', 'circonscription', 'territory', 'all'],
} as const;

/** Where a group sits for the rules: its territory, and its facilitator. */
export const groupScope = (group: Pick<PracticeGroup, 'territoryId' | 'facilitatorId'>): Scope => ({
  recruitId: '',
  mentorId: null,
  circonscriptionId: '',
  territoryId: group.territoryId,
  facilitatorId: group.facilitatorId ?? null,
});

/** The calendar day the command runs on (ctx.now is UTC, as the server's "today"). */
export const todayOf = (ctx: Context) => ctx.now.slice(0, 10);

const once = (list: readonly string[]) => new Set(list).size === list.length;
const Ids = (max: number) => z.array(Id).max(max).refine(once, 'each once');

const fields = {
  name: z.string().trim().min(1).max(120),
  /** The agent who leads it, or null when she comes from outside. */
  facilitatorId: Id.nullable(),
  /** The name shown: required for an outsider; an agent's is her displayName. */
  facilitator: z.string().trim().max(120).optional(),
  territoryId: Id,
  circonscriptionIds: Ids(50),
  service: Service.nullable(),
  memberIds: Ids(200),
};

const CreateArgs = z.strictObject({ id: Id, ...fields });
const UpdateArgs = z.strictObject({
  groupId: Id,
  ...z.strictObject(fields).partial().shape,
  closed: z.boolean().optional(),
});

type Draft = Omit<PracticeGroup, 'facilitator' | 'version'> & { facilitator: string };

/** Checks a group as it would be stored and gives its facilitator's displayed name. Who was
 *  already there (`before`) stays when her account is disabled: her history is kept. */
async function checkGroup(read: Reader, group: Draft, before?: PracticeGroup): Promise<string> {
  const territory = await loadOr(read.get('territory', group.territoryId), 'territoryId');
  if (group.territoryId !== before?.territoryId && territory.closed)
    throw new DomainError('closed', 'this territory is closed', 'territoryId');
  for (const id of group.circonscriptionIds ?? []) {
    const circonscription = await loadOr(read.get('circonscription', id), 'circonscriptionIds');
    if (circonscription.territoryId !== group.territoryId)
      throw new DomainError('invalid', 'a circonscription of its territory', 'circonscriptionIds');
  }
  for (const id of group.memberIds ?? []) {
    const member = await loadOr(read.get('agent', id), 'memberIds');
    if (member.disabled && !before?.memberIds?.includes(id))
      throw new DomainError('invalid', 'this account is disabled', 'memberIds');
    if (id === group.facilitatorId)
      throw new DomainError('invalid', 'the facilitator is not a member', 'memberIds');
  }
  if (!group.facilitatorId) {
    if (!group.facilitator)
      throw new DomainError('invalid', 'an outside facilitator is named', 'facilitator');
    return group.facilitator;
  }
  const facilitator = await loadOr(read.get('agent', group.facilitatorId), 'facilitatorId');
  if (facilitator.disabled && facilitator.id !== before?.facilitatorId)
    throw new DomainError('invalid', 'this account is disabled', 'facilitatorId');
  return facilitator.displayName;
}

export const groupCreate = defineCommand({
  name: 'group.create',
  args: CreateArgs,
  rule: hrOnly,
  async load(args, ctx) {
    const { id, facilitator = '', ...rest } = args;
    const scope = groupScope(args);
    // Who first: no one else learns which ids or names exist.
    checkAllowed(ctx.actor, scope, hrOnly);
    if (await ctx.read.get('practiceGroup', id))
      throw new DomainError('duplicate', 'this group already exists', 'id');
    const draft: Draft = { id, ...rest, facilitator, closed: false };
    const shown = await checkGroup(ctx.read, draft);
    const row: PracticeGroup = { ...draft, facilitator: shown, version: 0 };
    return { scope, target: row };
  },
  apply(row) {
    return [{ entity: 'practiceGroup', op: 'put', row }];
  },
});

/** Renames, changes the facilitator, the reach or the members, closes or reopens. */
export const groupUpdate = defineCommand({
  name: 'group.update',
  args: UpdateArgs,
  rule: hrOnly,
  async load({ groupId, facilitator, ...changes }, ctx) {
    checkAllowed(ctx.actor, groupScope({ territoryId: '' }), hrOnly);
    const current = await loadOr(ctx.read.get('practiceGroup', groupId), 'groupId');
    const next = { ...current, ...changes };
    // An outsider keeps her name until another is given; an agent's is never kept for one.
    const named = facilitator ?? (current.facilitatorId ? '' : current.facilitator);
    const draft: Draft = { ...next, facilitator: next.facilitatorId ? '' : named };
    const shown = await checkGroup(ctx.read, draft, current);
    return { scope: groupScope(current), target: { ...next, facilitator: shown } };
  },
  apply(row) {
    return [{ entity: 'practiceGroup', op: 'put', row }];
  },
});

export const attendanceIdOf = (sessionId: string, agentId: string): string =>
  `${sessionId}:${agentId}`;

/** Whether a member came to a session that has taken place (on its day, or after). */
export const groupSetAttendance = defineCommand({
  name: 'group.setAttendance',
  args: z.strictObject({ sessionId: Id, agentId: Id, present: z.boolean() }),
  rule: recordsAttendance,
  scopeField: 'agentId',
  async load(args, ctx) {
    const session = await loadOr(ctx.read.get('groupSession', args.sessionId), 'sessionId');
    const group = await ctx.read.get('practiceGroup', session.groupId);
    const agent = await loadOr(ctx.read.get('agent', args.agentId), 'agentId');
    // The member's place (a manager over her records it too), and the group's facilitator.
    const where = (await ctx.read.scopeOfAgent(agent.id)) ?? {
      ...groupScope({ territoryId: '' }),
      recruitId: agent.id,
    };
    const scope = { ...where, facilitatorId: group?.facilitatorId ?? null };
    return { scope, target: { session, memberIds: group?.memberIds ?? [] } };
  },
  // After the permission check: only those who may record learn when or who.
  apply({ session, memberIds }, args, ctx) {
    if (session.date > todayOf(ctx))
      throw new DomainError('too_early', 'this session has not taken place yet', 'sessionId');
    if (!memberIds.includes(args.agentId))
      throw new DomainError('invalid', 'she is not a member of this group', 'agentId');
    const id = attendanceIdOf(args.sessionId, args.agentId);
    return [{ entity: 'attendance', op: 'put', row: { id, ...args, version: 0 } }];
  },
});
