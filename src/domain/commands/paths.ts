import { z } from 'zod';
import { DomainError } from '../errors';
import type { Agent } from '../organisation';
import { Id, IsoDate } from '../organisation';
import { createPath } from '../path';
import type { Actor } from '../permissions';
import { defineCommand, loadOr, type Context } from './command';

/** A mentor as a path would name her, with the territory she works in. */
interface MentorChoice {
  mentor: Agent;
  territoryId: string | undefined;
}

async function loadMentor(mentorId: string, ctx: Context): Promise<MentorChoice> {
  const mentor = await loadOr(ctx.read.get('agent', mentorId), 'mentorId');
  const territoryId = mentor.circonscriptionId
    ? await ctx.read.territoryOf(mentor.circonscriptionId)
    : undefined;
  return { mentor, territoryId };
}

/** A recruit's mentor is a mentor of her circonscription; a territory manager may choose one
 *  anywhere in her territory. Checked once the actor may act on the path, so that others
 *  learn nothing of the agent from the refusal. */
function requireMentor(
  { mentor, territoryId }: MentorChoice,
  where: { recruitId: string; circonscriptionId: string; territoryId: string },
  actor: Actor,
): void {
  const refuse = (message: string) => new DomainError('invalid', message, 'mentorId');
  if (!mentor.roles.includes('mentor')) throw refuse('this agent is not a mentor');
  if (mentor.id === where.recruitId) throw refuse('a recruit cannot mentor herself');
  if (mentor.circonscriptionId === where.circonscriptionId) return;
  const acrossTerritory =
    actor.roles.includes('territoryManager') &&
    actor.territoryIds.includes(where.territoryId) &&
    territoryId === where.territoryId;
  if (!acrossTerritory) throw refuse("this mentor works outside the recruit's circonscription");
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
  scopeField: 'recruitId',
  async load(args, ctx) {
    const recruit = await loadOr(ctx.read.get('agent', args.recruitId), 'recruitId');
    const template = await loadOr(ctx.read.get('template', args.templateId), 'templateId');
    if (!recruit.circonscriptionId)
      throw new DomainError('invalid', 'the recruit has no circonscription', 'recruitId');
    const mentor = args.mentorId ? await loadMentor(args.mentorId, ctx) : undefined;
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
    return { scope, target: { template, scope, existing, recruit, mentor } };
  },
  apply({ template, scope, existing, recruit, mentor }, args, ctx) {
    // A path gives its recruit "own" rights over it: a manager's or a mentor's own id here
    // would let her tick and submit in her own name inside her circonscription.
    if (!recruit.roles.includes('recruit'))
      throw new DomainError('invalid', 'this agent is not a recruit', 'recruitId');
    // A retired template is offered no more (issue 14); a device may not have heard yet.
    if (template.retired)
      throw new DomainError('invalid', 'this template is retired', 'templateId');
    if (mentor) requireMentor(mentor, scope, ctx.actor);
    // One path per recruit (DESIGN §4). Said once the actor may create paths here, so that
    // others cannot learn from it who has one.
    if (existing) throw new DomainError('has_path', 'this recruit already has a path', 'recruitId');
    const { path, steps } = createPath(template, {
      id: args.id,
      recruitId: args.recruitId,
      mentorId: args.mentorId ?? null,
      circonscriptionId: scope.circonscriptionId,
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
  scopeField: 'pathId',
  async load(args, ctx) {
    const path = await loadOr(ctx.read.get('path', args.pathId), 'pathId');
    const scope = await loadOr(ctx.read.scopeOfPath(args.pathId), 'pathId');
    const mentor = await loadMentor(args.mentorId, ctx);
    return { scope, target: { path, scope, mentor } };
  },
  apply({ path, scope, mentor }, args, ctx) {
    requireMentor(mentor, scope, ctx.actor);
    return [{ entity: 'path', op: 'put', row: { ...path, mentorId: args.mentorId } }];
  },
});
