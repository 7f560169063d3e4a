import { z } from 'zod';
import { IsoDate, Id } from '../organisation';
import { TrainingDays } from '../training';
import { DomainError } from '../errors';
import { defineCommand, loadOr } from './command';

const idTaken = () => new DomainError('forbidden', 'this id belongs to another record', 'id');

const Title = z.string().trim().min(1).max(160);

export const trainingRecord = defineCommand({
  name: 'training.record',
  args: z.strictObject({
    id: Id,
    agentId: Id,
    date: IsoDate,
    title: Title,
    provider: z.string().trim().max(120).optional(),
    days: TrainingDays,
  }),
  rule: { allow: ['own', 'mentee', 'circonscription', 'territory', 'all'] },
  scopeField: 'agentId',
  async load(args, ctx) {
    const scope = await loadOr(ctx.read.scopeOfAgent(args.agentId), 'agentId');
    // Re-recording the same id is a replay; reusing another agent's record id is not.
    const existing = await ctx.read.get('training', args.id);
    if (existing && existing.agentId !== args.agentId) throw idTaken();
    return { scope, target: null };
  },
  apply(_target, args) {
    const row = { ...args, provider: args.provider || null, version: 0 };
    return [{ entity: 'training', op: 'put', row }];
  },
});

export const meetingLog = defineCommand({
  name: 'meeting.log',
  args: z.strictObject({
    id: Id,
    pathId: Id,
    date: IsoDate,
    notes: z.string().trim().min(1).max(5000),
  }),
  rule: { allow: ['own', 'mentee'] },
  scopeField: 'pathId',
  async load(args, ctx) {
    const scope = await loadOr(ctx.read.scopeOfPath(args.pathId), 'pathId');
    const existing = await ctx.read.get('meeting', args.id);
    if (existing && (existing.pathId !== args.pathId || existing.authorId !== ctx.actor.agentId))
      throw idTaken();
    return { scope, target: null };
  },
  apply(_target, args, ctx) {
    const row = { ...args, authorId: ctx.actor.agentId, version: 0 };
    return [{ entity: 'meeting', op: 'put', row }];
  },
});
