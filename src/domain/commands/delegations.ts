import { z } from 'zod';
import { addDaysIso, daysBetween } from '../dates';
import type { Delegation } from '../entities';
import { overlaps } from '../figures/delegations';
import { DomainError, type DomainErrorCode } from '../errors';
import { Id, IsoDate } from '../organisation';
import type { Scope } from '../permissions';
import { defineCommand, loadOr, type Context } from './command';

export const delegationIdOf = (fromAgentId: string, toAgentId: string, from: string): string =>
  `${fromAgentId}:${toAgentId}:${from}`;

const approvers = ['manager', 'territoryManager'] as const;

/** The calendar day the command runs on (ctx.now is UTC, as the server's "today"). */
const todayOf = (ctx: Context) => ctx.now.slice(0, 10);

export interface DelegationProblem {
  code: Extract<DomainErrorCode, 'invalid' | 'overlap'>;
  field: 'toAgentId' | 'from' | 'until';
  message: string;
}

type Candidate = Pick<Delegation, 'id' | 'fromAgentId' | 'toAgentId' | 'from' | 'until'>;

/** What is wrong with a new delegation, given those its giver already gave, or undefined.
 *  One delegation at a time: another one of the same giver that is not over yet and shares a
 *  day with it is refused (the same id is the same delegation, given again). */
export function delegationProblem(
  existing: readonly Candidate[],
  candidate: Candidate,
  today: string,
): DelegationProblem | undefined {
  const { from, until } = candidate;
  if (candidate.toAgentId === candidate.fromAgentId)
    return { code: 'invalid', field: 'toAgentId', message: 'cannot delegate to oneself' };
  if (from < today)
    return { code: 'invalid', field: 'from', message: 'a delegation cannot start in the past' };
  if (until < from)
    return { code: 'invalid', field: 'until', message: 'the end comes before the start' };
  if (daysBetween(from, until) > 366)
    return { code: 'invalid', field: 'until', message: 'a delegation lasts a year at most' };
  const overlapping = existing.some(
    (d) =>
      d.fromAgentId === candidate.fromAgentId &&
      d.id !== candidate.id &&
      d.until >= today &&
      overlaps(d, candidate),
  );
  if (overlapping)
    return { code: 'overlap', field: 'from', message: 'another delegation covers these days' };
  return undefined;
}

export const approvalDelegate = defineCommand({
  name: 'approval.delegate',
  args: z.strictObject({ toAgentId: Id, from: IsoDate, until: IsoDate }),
  // The actor delegates their own approvals: the rule is about who they are, checked in load.
  rule: { allow: ['own'] },
  async load(args, ctx) {
    const { actor } = ctx;
    if (!approvers.some((role) => actor.roles.includes(role)))
      throw new DomainError('forbidden', 'only managers delegate approvals');
    const delegate =
      args.toAgentId === actor.agentId
        ? undefined
        : await loadOr(ctx.read.get('agent', args.toAgentId), 'toAgentId');
    const existing = await ctx.read.delegationsFrom(actor.agentId);
    const scope = {
      recruitId: actor.agentId,
      mentorId: null,
      circonscriptionId: '',
      territoryId: '',
    };
    return { scope, target: { delegate, existing } };
  },
  apply({ delegate, existing }, args, ctx) {
    const fromAgentId = ctx.actor.agentId;
    const row = {
      id: delegationIdOf(fromAgentId, args.toAgentId, args.from),
      fromAgentId,
      ...args,
    };
    const problem = delegationProblem(existing, row, todayOf(ctx));
    if (problem) throw new DomainError(problem.code, problem.message, problem.field);
    if (!approvers.some((role) => delegate?.roles.includes(role)))
      throw new DomainError('invalid', 'the delegate must be a manager', 'toAgentId');
    return [{ entity: 'delegation', op: 'put', row: { ...row, version: 0 } }];
  },
});

const DelegationId = z
  .string()
  .regex(/^[0-9a-f-]{36}:[0-9a-f-]{36}:\d{4}-\d{2}-\d{2}$/i, 'invalid delegation id');

/**
 * Ends a delegation early: it held until yesterday, or, had it not started yet, it is
 * withdrawn (deleted). Its giver's act, or a territory manager's over the giver's territory
 * (DESIGN §2: she does everything a manager does there). Ending one already over is refused.
 */
export const delegationEnd = defineCommand({
  name: 'delegation.end',
  args: z.strictObject({ delegationId: DelegationId }),
  rule: { allow: ['own', 'territory'] },
  scopeField: 'delegationId',
  async load(args, ctx) {
    const delegation = await loadOr(ctx.read.get('delegation', args.delegationId), 'delegationId');
    const giver = await ctx.read.get('agent', delegation.fromAgentId);
    const circonscriptionId = giver?.circonscriptionId ?? '';
    const territoryId = circonscriptionId ? await ctx.read.territoryOf(circonscriptionId) : '';
    const scope: Scope = {
      recruitId: delegation.fromAgentId,
      mentorId: null,
      circonscriptionId,
      territoryId: territoryId ?? '',
    };
    return { scope, target: delegation };
  },
  apply(delegation, _args, ctx) {
    const today = todayOf(ctx);
    if (delegation.until < today)
      throw new DomainError('already_ended', 'this delegation is already over', 'delegationId');
    const yesterday = addDaysIso(today, -1);
    if (delegation.from > yesterday)
      return [{ entity: 'delegation', op: 'delete', id: delegation.id }];
    return [{ entity: 'delegation', op: 'put', row: { ...delegation, until: yesterday } }];
  },
});
