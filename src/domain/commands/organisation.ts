import { z } from 'zod';
import { DomainError } from '../errors';
import { Id, Service, type Circonscription, type Role } from '../organisation';
import type { Scope } from '../permissions';
import { checkAllowed, defineCommand, loadOr, type Reader } from './command';

/**
 * The organisation (DESIGN §4, issue 14): territories, their circonscriptions and who
 * manages them, and intérims. The HR admin's alone (DESIGN §7: "all"); nothing is ever
 * deleted, a territory or a circonscription is closed and keeps its history.
 */
const hrOnly = { allow: ['all'] } as const;
const nowhere: Scope = { recruitId: '', mentorId: null, circonscriptionId: '', territoryId: '' };
const Name = z.string().trim().min(1).max(120);
const ManagerIds = z
  .array(Id)
  .max(10)
  .refine((ids) => new Set(ids).size === ids.length, 'each manager once');

/** Every id names an agent holding `role`, or the field is refused. */
async function checkManagers(read: Reader, ids: readonly string[], role: Role) {
  for (const id of ids) {
    const agent = await read.get('agent', id);
    if (!agent?.roles.includes(role) || agent.disabled)
      throw new DomainError('invalid', `every manager must hold the role ${role}`, 'managerIds');
  }
}

async function checkTerritoryName(read: Reader, name: string, id: string) {
  const same = await read.find('territory', 'name', name);
  if (same.some((territory) => territory.id !== id))
    throw new DomainError('duplicate', 'a territory has this name', 'name');
}

async function openTerritory(read: Reader, territoryId: string) {
  const territory = await loadOr(read.get('territory', territoryId), 'territoryId');
  if (territory.closed) throw new DomainError('closed', 'this territory is closed', 'territoryId');
  return territory;
}

/** One name per service within a territory (the database's unique key). */
async function checkCirconscriptionName(read: Reader, row: Circonscription) {
  const same = await read.find('circonscription', 'territoryId', row.territoryId);
  if (same.some((c) => c.id !== row.id && c.name === row.name && c.service === row.service))
    throw new DomainError('duplicate', 'this territory has this circonscription', 'name');
}

export const territoryCreate = defineCommand({
  name: 'territory.create',
  args: z.strictObject({ id: Id, name: Name, managerIds: ManagerIds }),
  rule: hrOnly,
  async load(args, ctx) {
    checkAllowed(ctx.actor, nowhere, hrOnly);
    if (await ctx.read.get('territory', args.id))
      throw new DomainError('duplicate', 'this territory already exists', 'id');
    await checkTerritoryName(ctx.read, args.name, args.id);
    await checkManagers(ctx.read, args.managerIds, 'territoryManager');
    return { scope: nowhere, target: null };
  },
  apply(_target, args) {
    return [{ entity: 'territory', op: 'put', row: { ...args, closed: false, version: 0 } }];
  },
});

export const territoryUpdate = defineCommand({
  name: 'territory.update',
  args: z.strictObject({
    territoryId: Id,
    name: Name.optional(),
    managerIds: ManagerIds.optional(),
    closed: z.boolean().optional(),
  }),
  rule: hrOnly,
  async load(args, ctx) {
    checkAllowed(ctx.actor, nowhere, hrOnly);
    const territory = await loadOr(ctx.read.get('territory', args.territoryId), 'territoryId');
    if (args.name !== undefined) await checkTerritoryName(ctx.read, args.name, territory.id);
    if (args.managerIds) await checkManagers(ctx.read, args.managerIds, 'territoryManager');
    if (args.closed) {
      const inside = await ctx.read.find('circonscription', 'territoryId', territory.id);
      if (inside.some((c) => !c.closed))
        throw new DomainError('not_empty', 'close its circonscriptions first', 'closed');
    }
    return { scope: nowhere, target: territory };
  },
  apply(territory, { territoryId: _id, ...changes }) {
    return [{ entity: 'territory', op: 'put', row: { ...territory, ...changes } }];
  },
});

export const circonscriptionCreate = defineCommand({
  name: 'circonscription.create',
  args: z.strictObject({
    id: Id,
    territoryId: Id,
    name: Name,
    service: Service,
    managerIds: ManagerIds,
  }),
  rule: hrOnly,
  async load(args, ctx) {
    checkAllowed(ctx.actor, nowhere, hrOnly);
    if (await ctx.read.get('circonscription', args.id))
      throw new DomainError('duplicate', 'this circonscription already exists', 'id');
    await openTerritory(ctx.read, args.territoryId);
    await checkCirconscriptionName(ctx.read, { ...args, closed: false, version: 0 });
    await checkManagers(ctx.read, args.managerIds, 'manager');
    return { scope: nowhere, target: null };
  },
  apply(_target, args) {
    const row = { ...args, closed: false, version: 0 };
    return [{ entity: 'circonscription', op: 'put', row }];
  },
});

/** Renames, moves to another territory, changes the service or the managers, or closes. */
export const circonscriptionUpdate = defineCommand({
  name: 'circonscription.update',
  args: z.strictObject({
    circonscriptionId: Id,
    territoryId: Id.optional(),
    name: Name.optional(),
    service: Service.optional(),
    managerIds: ManagerIds.optional(),
    closed: z.boolean().optional(),
  }),
  rule: hrOnly,
  async load({ circonscriptionId, ...changes }, ctx) {
    checkAllowed(ctx.actor, nowhere, hrOnly);
    const { read } = ctx;
    const current = await loadOr(
      read.get('circonscription', circonscriptionId),
      'circonscriptionId',
    );
    const next = { ...current, ...changes };
    if (changes.territoryId && changes.territoryId !== current.territoryId)
      await openTerritory(read, changes.territoryId);
    await checkCirconscriptionName(read, next);
    if (changes.managerIds) await checkManagers(read, changes.managerIds, 'manager');
    if (changes.closed && !current.closed) {
      const agents = await read.find('agent', 'circonscriptionId', circonscriptionId);
      if (agents.some((agent) => !agent.disabled))
        throw new DomainError('not_empty', 'move or disable its agents first', 'closed');
    }
    return { scope: nowhere, target: next };
  },
  apply(next) {
    return [{ entity: 'circonscription', op: 'put', row: next }];
  },
});
