import { z } from 'zod';
import { StepId, type Step, type StepStatus } from '../entities';
import { DomainError } from '../errors';
import { defineCommand, loadOr, type Context } from './command';

type ManagerStatus = 'requested' | 'ordered' | 'delivered' | 'returned';

/** Which statuses a manager may set from each status: the next stage of the life-cycle
 *  (requested → ordered → delivered → returned), never a skip or a step back (issue 13: a
 *  move that skips or reverses it is refused). Setting the current status again is allowed
 *  (commands are idempotent). Once the recruit has acknowledged the item, it can only be
 *  returned; a returned item stays returned. */
const managerMoves: Record<string, readonly ManagerStatus[]> = {
  requested: ['requested', 'ordered'],
  ordered: ['ordered', 'delivered'],
  delivered: ['delivered', 'returned'],
  acknowledged: ['returned'],
  returned: ['returned'],
};

export function canMoveEquipment(from: StepStatus, to: ManagerStatus): boolean {
  return managerMoves[from]?.includes(to) ?? false;
}

async function loadEquipment(stepId: string, ctx: Context) {
  const step = await loadOr(ctx.read.get('step', stepId), 'stepId');
  const scope = await loadOr(ctx.read.scopeOfPath(step.pathId), 'stepId');
  return { scope, target: step };
}

function requireEquipment(step: Step): void {
  if (step.kind !== 'equipment') throw new DomainError('wrong_kind', 'not equipment', 'stepId');
}

export const equipmentSetStatus = defineCommand({
  name: 'equipment.setStatus',
  args: z.strictObject({
    stepId: StepId,
    status: z.enum(['requested', 'ordered', 'delivered', 'returned']),
    assetTag: z.string().trim().min(1).max(60).optional(),
  }),
  rule: { allow: ['circonscription', 'territory', 'all'] },
  scopeField: 'stepId',
  load: (args, ctx) => loadEquipment(args.stepId, ctx),
  apply(step, args, ctx) {
    requireEquipment(step);
    if (!canMoveEquipment(step.status, args.status))
      throw new DomainError(
        'bad_transition',
        `cannot go from ${step.status} to ${args.status}`,
        'status',
      );
    const row: Step = {
      ...step,
      status: args.status,
      assetTag: args.assetTag ?? step.assetTag,
      updatedAt: ctx.now,
    };
    return [{ entity: 'step', op: 'put', row }];
  },
});

export const equipmentAcknowledge = defineCommand({
  name: 'equipment.acknowledge',
  args: z.strictObject({ stepId: StepId }),
  rule: { allow: ['own'] },
  scopeField: 'stepId',
  load: (args, ctx) => loadEquipment(args.stepId, ctx),
  apply(step, _args, ctx) {
    requireEquipment(step);
    if (step.status === 'acknowledged') return [];
    // A recruit may acknowledge what is in her hands even if nobody marked it delivered yet:
    // the field runs ahead of the paperwork. Only a returned item cannot be acknowledged.
    if (step.status === 'returned')
      throw new DomainError('bad_transition', 'this item was returned', 'stepId');
    return [
      { entity: 'step', op: 'put', row: { ...step, status: 'acknowledged', updatedAt: ctx.now } },
    ];
  },
});
