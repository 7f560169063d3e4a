import { z } from 'zod';
import type { GroupSession } from '../entities';
import { DomainError } from '../errors';
import { Id, IsoDate } from '../organisation';
import { checkAllowed, defineCommand, loadOr } from './command';
import { groupScope, todayOf } from './groups';

/** A group's sessions: the HR admin or the group's facilitator schedules and cancels them. */
const scheduler = { allow: ['facilitator', 'all'] } as const;

export const sessionSchedule = defineCommand({
  name: 'session.schedule',
  args: z.strictObject({
    id: Id,
    groupId: Id,
    date: IsoDate,
    startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM'),
    durationMinutes: z.number().int().min(15).max(480),
    place: z.string().trim().min(1).max(200),
  }),
  rule: scheduler,
  scopeField: 'groupId',
  async load(args, ctx) {
    const group = await loadOr(ctx.read.get('practiceGroup', args.groupId), 'groupId');
    const scope = groupScope(group);
    checkAllowed(ctx.actor, scope, scheduler, 'groupId');
    if (group.closed) throw new DomainError('closed', 'this group is closed', 'groupId');
    if (await ctx.read.get('groupSession', args.id))
      throw new DomainError('duplicate', 'this session already exists', 'id');
    if (args.date < todayOf(ctx))
      throw new DomainError('invalid', 'a session is scheduled from today on', 'date');
    return { scope, target: null };
  },
  apply(_target, args) {
    const row: GroupSession = { ...args, version: 0 };
    return [{ entity: 'groupSession', op: 'put', row }];
  },
});

/** Withdraws a session to come (a tombstone); one that took place stays, with who came. */
export const sessionCancel = defineCommand({
  name: 'session.cancel',
  args: z.strictObject({ sessionId: Id }),
  rule: scheduler,
  scopeField: 'sessionId',
  async load(args, ctx) {
    const session = await loadOr(ctx.read.get('groupSession', args.sessionId), 'sessionId');
    const group = await loadOr(ctx.read.get('practiceGroup', session.groupId), 'sessionId');
    const scope = groupScope(group);
    checkAllowed(ctx.actor, scope, scheduler, 'sessionId');
    if (session.date < todayOf(ctx))
      throw new DomainError('invalid', 'this session has taken place', 'sessionId');
    if ((await ctx.read.find('attendance', 'sessionId', session.id)).length > 0)
      throw new DomainError('invalid', 'attendance is recorded for it', 'sessionId');
    return { scope, target: session };
  },
  apply(session) {
    return [{ entity: 'groupSession', op: 'delete', id: session.id }];
  },
});
