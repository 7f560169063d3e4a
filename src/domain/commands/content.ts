import { z } from 'zod';
import { ContentFields, type ContentItem } from '../content/entity';
import { mayPropose } from '../content/targeting';
import { DomainError } from '../errors';
import { familyOf } from '../figures/template-versions';
import { Id } from '../organisation';
import type { Actor, Scope } from '../permissions';
import { checkAllowed, defineCommand, loadOr, type Context, type Reader } from './command';

/**
 * The welcome content (issue 18). The HR admin writes, publishes and unpublishes every item;
 * any other agent but a recruit proposes a good-practice sheet, edits it while it waits, and
 * the HR admin reviews it (publishing it credits the author team the sheet names).
 */
const hrOnly = { allow: ['all'] } as const;
const nowhere: Scope = { recruitId: '', mentorId: null, circonscriptionId: '', territoryId: '' };
/** Her own: the relation a proposer has to what she proposes. */
const ownScope = (actor: Actor): Scope => ({ ...nowhere, recruitId: actor.agentId });

/** Targeting and the step link must name what exists: a circonscription, a template family. */
async function checkReferences(read: Reader, fields: ContentFields): Promise<void> {
  const found = await Promise.all(
    fields.target.circonscriptionIds.map((id) => read.get('circonscription', id)),
  );
  const missing = found.findIndex((circonscription) => circonscription === undefined);
  if (missing >= 0)
    throw new DomainError(
      'not_found',
      'circonscription not found',
      `target.circonscriptionIds.${missing}`,
    );
  if (!fields.step) return;
  const [first, versions] = await Promise.all([
    read.get('template', fields.step.family),
    read.find('template', 'family', fields.step.family),
  ]);
  const family = [...(first && familyOf(first) === fields.step.family ? [first] : []), ...versions];
  const title = fields.step.title;
  if (!family.some((template) => template.steps.some((step) => step.title === title)))
    throw new DomainError('not_found', 'step not found in that template', 'step');
}

/** Only a video has media; a video has them. */
function checkShape(fields: ContentFields): void {
  if (fields.kind === 'video' && !fields.media)
    throw new DomainError('invalid', 'a video needs its file and captions', 'media');
  if (fields.kind !== 'video' && fields.media)
    throw new DomainError('invalid', 'only a video has media', 'media');
}

const isAdmin = (actor: Actor) => actor.roles.includes('admin');

export const contentSave = defineCommand({
  name: 'content.save',
  args: z.strictObject({ id: Id, ...ContentFields.shape }),
  rule: { allow: ['own', 'all'] },
  scopeField: 'id',
  async load(args, ctx) {
    const existing = await ctx.read.get('contentItem', args.id);
    if (!isAdmin(ctx.actor)) {
      // A team writes sheets only, its own, and only while they wait for review.
      const proposing =
        mayPropose(ctx.actor.roles) &&
        args.kind === 'sheet' &&
        (!existing ||
          (existing.proposedBy === ctx.actor.agentId && existing.status === 'proposed'));
      if (!proposing) throw new DomainError('forbidden', 'not allowed', 'id');
    }
    await checkReferences(ctx.read, args);
    return { scope: ownScope(ctx.actor), target: existing ?? null };
  },
  apply(existing: ContentItem | null, { id, ...fields }, ctx: Context) {
    checkShape(fields);
    const admin = isAdmin(ctx.actor);
    const row: ContentItem = {
      id,
      ...fields,
      status: existing?.status ?? (admin ? 'draft' : 'proposed'),
      revision: (existing?.revision ?? 0) + 1,
      proposedBy: existing ? existing.proposedBy : admin ? null : ctx.actor.agentId,
      updatedBy: ctx.actor.agentId,
      updatedAt: ctx.now,
      version: 0,
    };
    return [{ entity: 'contentItem', op: 'put', row }];
  },
});

/** Publishing and unpublishing change the status only: the text stays the revision read. */
const setStatus = (name: string, status: 'published' | 'unpublished') =>
  defineCommand({
    name,
    args: z.strictObject({ id: Id }),
    rule: hrOnly,
    scopeField: 'id',
    async load(args, ctx) {
      checkAllowed(ctx.actor, nowhere, hrOnly, 'id');
      const item = await loadOr(ctx.read.get('contentItem', args.id), 'id');
      return { scope: nowhere, target: item };
    },
    apply(item: ContentItem, _args, ctx) {
      if (item.status === status) return [];
      const row = { ...item, status, updatedBy: ctx.actor.agentId, updatedAt: ctx.now, version: 0 };
      return [{ entity: 'contentItem', op: 'put', row }];
    },
  });

export const contentPublish = setStatus('content.publish', 'published');
export const contentUnpublish = setStatus('content.unpublish', 'unpublished');
