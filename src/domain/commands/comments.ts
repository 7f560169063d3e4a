import { z } from 'zod';
import { StepId } from '../entities';
import { DomainError } from '../errors';
import { Id } from '../organisation';
import { isMilestone } from '../path';
import { defineCommand, loadOr } from './command';

/**
 * A comment on a milestone (DESIGN §2, §7b): by the recruit, her mentor, a manager or
 * territory manager over the path, or whoever holds its approvals by delegation; read by
 * those who read the path. Its id is the device's: the same id again is the same comment
 * (its first time kept), another author's or another milestone's id is refused.
 */
export const milestoneComment = defineCommand({
  name: 'milestone.comment',
  args: z.strictObject({
    id: Id,
    stepId: StepId,
    text: z.string().trim().min(1).max(2000),
  }),
  rule: { allow: ['own', 'mentee', 'circonscription', 'delegated', 'territory'] },
  scopeField: 'stepId',
  async load(args, ctx) {
    const step = await loadOr(ctx.read.get('step', args.stepId), 'stepId');
    const scope = await loadOr(ctx.read.scopeOfPath(step.pathId), 'stepId');
    const existing = await ctx.read.get('milestoneComment', args.id);
    if (existing && (existing.authorId !== ctx.actor.agentId || existing.stepId !== args.stepId))
      throw new DomainError('forbidden', 'this id belongs to another comment', 'id');
    return { scope, target: { step, existing } };
  },
  apply({ step, existing }, args, ctx) {
    if (!isMilestone(step)) throw new DomainError('wrong_kind', 'not a milestone', 'stepId');
    const row = {
      id: args.id,
      stepId: step.id,
      pathId: step.pathId,
      authorId: ctx.actor.agentId,
      at: existing?.at ?? ctx.now,
      text: args.text,
      version: 0,
    };
    return [{ entity: 'milestoneComment', op: 'put', row }];
  },
});
