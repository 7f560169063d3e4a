import { z } from 'zod';
import { StepId, type Step } from '../entities';
import { DomainError } from '../errors';
import { isMilestone } from '../path';
import { delegatorFor } from '../permissions';
import { defineCommand, loadOr, type Context } from './command';

const Note = z.string().trim().max(2000);

async function loadStep(stepId: string, ctx: Context) {
  const step = await loadOr(ctx.read.get('step', stepId), 'stepId');
  const scope = await loadOr(ctx.read.scopeOfPath(step.pathId), 'stepId');
  return { scope, target: step };
}

const touched = (step: Step, ctx: Context, patch: Partial<Step>): Step => ({
  ...step,
  ...patch,
  updatedAt: ctx.now,
});

export const stepSetDone = defineCommand({
  name: 'step.setDone',
  args: z.strictObject({ stepId: StepId, done: z.boolean() }),
  rule: { allow: ['own', 'mentee', 'circonscription', 'territory', 'all'] },
  scopeField: 'stepId',
  load: (args, ctx) => loadStep(args.stepId, ctx),
  apply(step, args, ctx) {
    if (isMilestone(step))
      throw new DomainError('wrong_kind', 'milestones need approval', 'stepId');
    if (step.kind === 'equipment')
      throw new DomainError('wrong_kind', 'equipment follows its own life-cycle', 'stepId');
    return [
      {
        entity: 'step',
        op: 'put',
        row: touched(step, ctx, { status: args.done ? 'done' : 'todo' }),
      },
    ];
  },
});

export const milestoneSubmit = defineCommand({
  name: 'milestone.submit',
  args: z.strictObject({ stepId: StepId, note: Note.optional() }),
  rule: { allow: ['own'] },
  scopeField: 'stepId',
  load: (args, ctx) => loadStep(args.stepId, ctx),
  apply(step, args, ctx) {
    if (!isMilestone(step)) throw new DomainError('wrong_kind', 'not a milestone', 'stepId');
    if (step.status === 'approved') throw new DomainError('already_decided', 'already approved');
    const row = touched(step, ctx, {
      status: 'submitted',
      submittedNote: args.note || null,
      // A new request replaces the last refusal; the refusal's comment stays until then.
      decision: step.status === 'rejected' ? step.decision : null,
    });
    return [{ entity: 'step', op: 'put', row }];
  },
});

export const milestoneDecide = defineCommand({
  name: 'milestone.decide',
  args: z
    .strictObject({
      stepId: StepId,
      decision: z.enum(['approved', 'rejected']),
      comment: Note.optional(),
    })
    .refine((args) => args.decision === 'approved' || Boolean(args.comment), {
      message: 'a comment is required to reject',
      path: ['comment'],
    }),
  rule: { allow: ['circonscription', 'delegated', 'territory'], deny: ['own'] },
  scopeField: 'stepId',
  async load(args, ctx) {
    const { scope, target } = await loadStep(args.stepId, ctx);
    return { scope, target: { step: target, delegatedBy: delegatorFor(ctx.actor, scope) } };
  },
  apply({ step, delegatedBy }, args, ctx) {
    if (!isMilestone(step)) throw new DomainError('wrong_kind', 'not a milestone', 'stepId');
    if (step.status === 'approved' || step.status === 'rejected')
      throw new DomainError('already_decided', 'this request was already decided');
    if (step.status !== 'submitted')
      throw new DomainError('not_submitted', 'no review was asked for');
    const decision = {
      by: ctx.actor.agentId,
      at: ctx.now,
      decision: args.decision,
      comment: args.comment || null,
      delegatedBy,
    };
    return [
      { entity: 'step', op: 'put', row: touched(step, ctx, { status: args.decision, decision }) },
    ];
  },
});
