import { z } from 'zod';
import { Id } from '../organisation';
import { defineCommand, loadOr } from './command';

export const attendanceIdOf = (sessionId: string, agentId: string): string =>
  `${sessionId}:${agentId}`;

export const groupSetAttendance = defineCommand({
  name: 'group.setAttendance',
  args: z.strictObject({ sessionId: Id, agentId: Id, present: z.boolean() }),
  rule: { allow: ['circonscription', 'territory', 'all'] },
  scopeField: 'agentId',
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
