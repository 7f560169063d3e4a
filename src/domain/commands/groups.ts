import { z } from 'zod';
import { daysBetween } from '../dates';
import { DomainError } from '../errors';
import { Id, IsoDate } from '../organisation';
import { defineCommand, loadOr } from './command';

export const attendanceIdOf = (sessionId: string, agentId: string): string =>
  `${sessionId}:${agentId}`;

export const groupSetAttendance = defineCommand({
  name: 'group.setAttendance',
  args: z.strictObject({ sessionId: Id, agentId: Id, present: z.boolean() }),
  rule: { allow: ['circonscription', 'territory', 'all'] },
  async load(args, ctx) {
    await loadOr(ctx.read.get('groupSession', args.sessionId), 'sessionId');
    const scope = await loadOr(ctx.read.scopeOfAgent(args.agentId), 'agentId');
    return { scope, target: null };
  },
  apply(_target, args) {
    const id = attendanceIdOf(args.sessionId, args.agentId);
    return [{ entity: 'attendance', op: 'put', row: { id, ...args, version: 0 } }];
  },
});

export const delegationIdOf = (fromAgentId: string, toAgentId: string, from: string): string =>
  `${fromAgentId}:${toAgentId}:${from}`;

const approvers = ['manager', 'territoryManager'] as const;

export const approvalDelegate = defineCommand({
  name: 'approval.delegate',
  args: z
    .strictObject({ toAgentId: Id, from: IsoDate, until: IsoDate })
    .refine((args) => daysBetween(args.from, args.until) >= 0, {
      message: 'the end comes before the start',
      path: ['until'],
    })
    .refine((args) => daysBetween(args.from, args.until) <= 366, {
      message: 'a delegation lasts a year at most',
      path: ['until'],
    }),
  // The actor delegates their own approvals: the rule is about who they are, checked in load.
  rule: { allow: ['own'] },
  async load(args, ctx) {
    const { actor } = ctx;
    if (!approvers.some((role) => actor.roles.includes(role)))
      throw new DomainError('forbidden', 'only managers delegate approvals');
    if (args.toAgentId === actor.agentId)
      throw new DomainError('invalid', 'cannot delegate to oneself', 'toAgentId');
    const delegate = await loadOr(ctx.read.get('agent', args.toAgentId), 'toAgentId');
    if (!approvers.some((role) => delegate.roles.includes(role)))
      throw new DomainError('invalid', 'the delegate must be a manager', 'toAgentId');
    const scope = {
      recruitId: actor.agentId,
      mentorId: null,
      circonscriptionId: '',
      territoryId: '',
    };
    return { scope, target: null };
  },
  apply(_target, args, ctx) {
    const fromAgentId = ctx.actor.agentId;
    const id = delegationIdOf(fromAgentId, args.toAgentId, args.from);
    const row = { id, fromAgentId, ...args, version: 0 };
    return [{ entity: 'delegation', op: 'put', row }];
  },
});
