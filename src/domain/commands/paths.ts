import { z } from 'zod';
import { DomainError } from '../errors';
import { Id, IsoDate } from '../organisation';
import { createPath } from '../path';
import { defineCommand, loadOr, type Context } from './command';

async function requireMentor(mentorId: string, ctx: Context): Promise<void> {
  const mentor = await loadOr(ctx.read.get('agent', mentorId), 'mentorId');
  if (!mentor.roles.includes('mentor'))
    throw new DomainError('invalid', 'this agent is not a mentor', 'mentorId');
}

export const pathCreate = defineCommand({
  name: 'path.create',
  args: z.strictObject({
    id: Id,
    recruitId: Id,
    templateId: Id,
    startDate: IsoDate,
    mentorId: Id.optional(),
  }),
  rule: { allow: ['circonscription', 'territory', 'all'] },
  async load(args, ctx) {
    const recruit = await loadOr(ctx.read.get('agent', args.recruitId), 'recruitId');
    const template = await loadOr(ctx.read.get('template', args.templateId), 'templateId');
    if (!recruit.circonscriptionId)
      throw new DomainError('invalid', 'the recruit has no circonscription', 'recruitId');
    if (args.mentorId) await requireMentor(args.mentorId, ctx);
    if (await ctx.read.get('path', args.id))
      throw new DomainError('forbidden', 'this path already exists', 'id');
    const territoryId = await loadOr(ctx.read.territoryOf(recruit.circonscriptionId), 'recruitId');
    const scope = {
      recruitId: recruit.id,
      mentorId: args.mentorId ?? null,
      circonscriptionId: recruit.circonscriptionId,
      territoryId,
    };
    const existing = await ctx.read.pathIdOf(recruit.id);
    const { circonscriptionId } = recruit;
    return { scope, target: { template, circonscriptionId, existing, recruit } };
  },
  apply({ template, circonscriptionId, existing, recruit }, args) {
    // A path gives its recruit "own" rights over it: a manager's or a mentor's own id here
    // would let her tick and submit in her own name inside her circonscription.
    if (!recruit.roles.includes('recruit'))
      throw new DomainError('invalid', 'this agent is not a recruit', 'recruitId');
    // One path per recruit (DESIGN §4). Said once the actor may create paths here, so that
    // others cannot learn from it who has one.
    if (existing) throw new DomainError('has_path', 'this recruit already has a path', 'recruitId');
    const { path, steps } = createPath(template, {
      id: args.id,
      recruitId: args.recruitId,
      mentorId: args.mentorId ?? null,
      circonscriptionId,
      startDate: args.startDate,
    });
    return [
      { entity: 'path', op: 'put', row: path },
      ...steps.map((row) => ({ entity: 'step' as const, op: 'put' as const, row })),
    ];
  },
});

export const pathAssignMentor = defineCommand({
  name: 'path.assignMentor',
  args: z.strictObject({ pathId: Id, mentorId: Id }),
  rule: { allow: ['circonscription', 'territory', 'all'] },
  async load(args, ctx) {
    const path = await loadOr(ctx.read.get('path', args.pathId), 'pathId');
    const scope = await loadOr(ctx.read.scopeOfPath(args.pathId), 'pathId');
    await requireMentor(args.mentorId, ctx);
    if (args.mentorId === path.recruitId)
      throw new DomainError('invalid', 'a recruit cannot mentor herself', 'mentorId');
    return { scope, target: path };
  },
  apply(path, args) {
    return [{ entity: 'path', op: 'put', row: { ...path, mentorId: args.mentorId } }];
  },
});
