import { z } from 'zod';
import { DueOffset } from '../dates';
import { StepKind, type Template, type TemplateStep } from '../entities';
import { DomainError } from '../errors';
import { familyOf, revisionOf } from '../figures/template-versions';
import { EmploymentStatus, Id } from '../organisation';
import type { Scope } from '../permissions';
import { checkAllowed, defineCommand, loadOr, type Reader } from './command';

/**
 * Path templates as data (DESIGN §4, issue 14): the HR admin publishes a template in
 * versions and retires them. Publishing never changes a version: it adds one, so the paths
 * made from the earlier one keep the steps they were given (path.create copies them).
 * Duplicating is publishing the copy as the first version of a new family.
 */
const hrOnly = { allow: ['all'] } as const;
const nowhere: Scope = { recruitId: '', mentorId: null, circonscriptionId: '', territoryId: '' };

/** An offset counts from 1: "day 1" is the start date itself, and nothing is due before. */
const Offset = z.strictObject({
  unit: DueOffset.shape.unit,
  amount: z.number().int().min(1, 'an offset counts from 1').max(60),
});

/** A step as the editor sends it: its place in the list is said, not implied. */
const PublishedStep = z.strictObject({
  position: z.number().int().min(1).max(999),
  kind: StepKind,
  title: z.string().trim().min(1).max(160),
  help: z.string().trim().max(2000),
  due: Offset,
  needsApproval: z.boolean(),
  itemType: z.string().trim().min(1).max(60).optional(),
});
type PublishedStep = z.infer<typeof PublishedStep>;

const Steps = z
  .array(PublishedStep)
  .min(1, 'a template has at least one step')
  .max(80)
  .superRefine((steps, ctx) => {
    const seen = new Set<number>();
    steps.forEach(({ position }, index) => {
      if (seen.has(position))
        ctx.addIssue({ code: 'custom', message: 'each position once', path: [index, 'position'] });
      seen.add(position);
    });
  });

/** The steps in the order of their positions, as a template holds them. A milestone always
 *  needs approval (path.create says so too); only an equipment step names an item. */
export const orderedSteps = (steps: readonly PublishedStep[]): TemplateStep[] =>
  [...steps]
    .sort((a, b) => a.position - b.position)
    .map(({ position: _position, itemType, needsApproval, ...step }) => ({
      ...step,
      needsApproval: needsApproval || step.kind === 'milestone',
      ...(step.kind === 'equipment' && itemType ? { itemType } : {}),
    }));

/** Every version of a family. A device may hold a first version stored before versions
 *  existed, without `family`: it is found by its id, which is the family's. */
async function versionsOf(read: Reader, family: string): Promise<Template[]> {
  const [found, first] = await Promise.all([
    read.find('template', 'family', family),
    read.get('template', family),
  ]);
  const all = first && familyOf(first) === family ? [first, ...found] : found;
  return [...new Map(all.map((template) => [template.id, template])).values()];
}

export const templatePublish = defineCommand({
  name: 'template.publish',
  args: z.strictObject({
    id: Id,
    /** An existing family for a new version, or `id` itself for a new template. */
    family: Id,
    name: z.string().trim().min(1).max(120),
    job: z.string().trim().min(1).max(120),
    status: EmploymentStatus,
    steps: Steps,
  }),
  rule: hrOnly,
  async load(args, ctx) {
    checkAllowed(ctx.actor, nowhere, hrOnly);
    if (await ctx.read.get('template', args.id))
      throw new DomainError('duplicate', 'this version already exists', 'id');
    const versions = await versionsOf(ctx.read, args.family);
    const latest = versions.reduce<Template | undefined>(
      (held, v) => (!held || revisionOf(v) > revisionOf(held) ? v : held),
      undefined,
    );
    if (!latest && args.family !== args.id)
      throw new DomainError('not_found', 'no template of this family', 'family');
    if (latest?.retired)
      throw new DomainError('invalid', 'this template is retired: duplicate it', 'family');
    return { scope: nowhere, target: { revision: latest ? revisionOf(latest) + 1 : 1 } };
  },
  apply({ revision }, { steps, ...args }) {
    const row: Template = {
      ...args,
      steps: orderedSteps(steps),
      revision,
      retired: false,
      version: 0,
    };
    return [{ entity: 'template', op: 'put', row }];
  },
});

/** A retired version is offered no more for new paths; the paths made from it keep it. */
export const templateRetire = defineCommand({
  name: 'template.retire',
  args: z.strictObject({ templateId: Id }),
  rule: hrOnly,
  async load(args, ctx) {
    checkAllowed(ctx.actor, nowhere, hrOnly);
    const template = await loadOr(ctx.read.get('template', args.templateId), 'templateId');
    if (template.retired)
      throw new DomainError('invalid', 'this template is already retired', 'templateId');
    return { scope: nowhere, target: template };
  },
  apply(template) {
    const row: Template = {
      ...template,
      family: familyOf(template),
      revision: revisionOf(template),
      retired: true,
    };
    return [{ entity: 'template', op: 'put', row }];
  },
});
