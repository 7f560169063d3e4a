import { z } from 'zod';
import { DomainError } from '../errors';
import type { Agent } from '../organisation';
import { EmploymentStatus, Id, IsoDate, Role, roles as allRoles } from '../organisation';
import { may, type Actor, type Scope } from '../permissions';
import { checkAllowed, defineCommand, loadOr, type Context, type Reader } from './command';

/**
 * Accounts (DESIGN §7, issue 14). The HR admin creates, edits and disables anyone, with any
 * role; a manager (a territory manager) the recruits of her circonscription(s) (territory),
 * granting no role beyond recruit. An email is unique whatever its case; disabling keeps the
 * history and ends her sessions (a trigger of migration 2 deletes them on the server).
 */
const reach = { allow: ['circonscription', 'territory', 'all'] } as const;

const Roles = z
  .array(Role)
  .min(1)
  .max(allRoles.length)
  .refine((list) => new Set(list).size === list.length, 'each role once');

const fields = {
  email: z.email().max(254),
  displayName: z.string().trim().min(1).max(120),
  roles: Roles,
  job: z.string().trim().min(1).max(120),
  status: EmploymentStatus,
  circonscriptionId: Id.nullable(),
  startDate: IsoDate,
  endDate: IsoDate.nullable().optional(),
  phone: z.string().trim().max(30).nullable().optional(),
};

const CreateArgs = z.strictObject({ id: Id, ...fields });
const UpdateArgs = z.strictObject({ agentId: Id, ...z.strictObject(fields).partial().shape });

/** Where an agent sits for the rules: her home circonscription (or her path's); nowhere for
 *  people above circonscriptions, whom only the HR admin reaches. */
async function homeScope(read: Reader, agentId: string, circonscriptionId: string | null) {
  const onPath = await read.scopeOfAgent(agentId);
  if (onPath) return onPath;
  return scopeIn(read, agentId, circonscriptionId);
}

async function scopeIn(read: Reader, agentId: string, circonscriptionId: string | null) {
  const scope: Scope = {
    recruitId: agentId,
    mentorId: null,
    circonscriptionId: '',
    territoryId: '',
  };
  if (circonscriptionId === null) return scope;
  const circonscription = await loadOr(
    read.get('circonscription', circonscriptionId),
    'circonscriptionId',
  );
  if (circonscription.closed)
    throw new DomainError('closed', 'this circonscription is closed', 'circonscriptionId');
  return { ...scope, circonscriptionId, territoryId: circonscription.territoryId };
}

const onlyRecruit = (list: readonly string[]) => list.length === 1 && list[0] === 'recruit';

/** Who may give these roles, or change an agent who holds them: the HR admin any; anyone
 *  else, within their reach, the recruit role alone (the device's forms ask it too). */
export const mayGrantRoles = (actor: Actor, roles: readonly string[]): boolean =>
  actor.roles.includes('admin') || onlyRecruit(roles);

/** Only the HR admin grants roles beyond recruit, or touches an agent who holds them. */
function checkRoles(actor: Actor, list: readonly string[] | undefined, field: string) {
  if (list === undefined || mayGrantRoles(actor, list)) return;
  throw new DomainError('forbidden', 'only the HR admin grants this role', field);
}

async function checkEmail(read: Reader, email: string, agentId: string) {
  const taken = await read.find('agent', 'email', email.toLowerCase());
  if (taken.some((agent) => agent.id !== agentId))
    throw new DomainError('duplicate', 'this email is already used', 'email');
}

function checkDates(startDate: string, endDate: string | null | undefined) {
  if (endDate && endDate < startDate)
    throw new DomainError('invalid', 'the end comes before the start', 'endDate');
}

export const agentCreate = defineCommand({
  name: 'agent.create',
  args: CreateArgs,
  rule: reach,
  scopeField: 'circonscriptionId',
  async load(args, ctx) {
    // Where first, so that no one learns which emails are taken outside her reach.
    const scope = await scopeIn(ctx.read, args.id, args.circonscriptionId);
    checkAllowed(ctx.actor, scope, reach, 'circonscriptionId');
    checkRoles(ctx.actor, args.roles, 'roles');
    if (await ctx.read.get('agent', args.id))
      throw new DomainError('duplicate', 'this agent already exists', 'id');
    checkDates(args.startDate, args.endDate);
    await checkEmail(ctx.read, args.email, args.id);
    return { scope, target: null };
  },
  apply(_target, args) {
    const row: Agent = {
      ...args,
      email: args.email.toLowerCase(),
      endDate: args.endDate ?? null,
      phone: args.phone || null,
      disabled: false,
      activated: false,
    };
    return [{ entity: 'agent', op: 'put', row }];
  },
});

/** The agent to change, once the actor may: she reaches the agent where she is, and where
 *  she would move to, and the agent holds no role the actor may not grant. */
async function loadAgent(agentId: string, ctx: Context, moveTo?: string | null) {
  const agent = await loadOr(ctx.read.get('agent', agentId), 'agentId');
  const scope = await homeScope(ctx.read, agentId, agent.circonscriptionId);
  checkAllowed(ctx.actor, scope, reach, 'agentId');
  checkRoles(ctx.actor, agent.roles, 'agentId');
  if (moveTo !== undefined && moveTo !== agent.circonscriptionId) {
    const destination = await scopeIn(ctx.read, agentId, moveTo);
    if (!may(ctx.actor, destination, reach))
      throw new DomainError('forbidden', 'outside your circonscriptions', 'circonscriptionId');
  }
  return { scope, target: agent };
}

export const agentUpdate = defineCommand({
  name: 'agent.update',
  args: UpdateArgs,
  rule: reach,
  scopeField: 'agentId',
  async load(args, ctx) {
    const loaded = await loadAgent(args.agentId, ctx, args.circonscriptionId);
    checkRoles(ctx.actor, args.roles, 'roles');
    if (args.email !== undefined) await checkEmail(ctx.read, args.email, args.agentId);
    return loaded;
  },
  apply(agent, { agentId: _id, ...changes }) {
    const row: Agent = { ...agent, ...changes };
    if (changes.email !== undefined) row.email = changes.email.toLowerCase();
    if (changes.phone !== undefined) row.phone = changes.phone || null;
    checkDates(row.startDate, row.endDate);
    return [{ entity: 'agent', op: 'put', row }];
  },
});

/** Disables an account: she can no longer sign in, her sessions end, her history stays. */
export const agentDisable = defineCommand({
  name: 'agent.disable',
  args: z.strictObject({ agentId: Id }),
  rule: reach,
  scopeField: 'agentId',
  load(args, ctx) {
    if (args.agentId === ctx.actor.agentId)
      throw new DomainError('forbidden', 'you cannot disable your own account', 'agentId');
    return loadAgent(args.agentId, ctx);
  },
  apply(agent) {
    return [{ entity: 'agent', op: 'put', row: { ...agent, disabled: true } }];
  },
});
