import { z } from 'zod';
import { addDaysIso, daysBetween } from '../dates';
import { DomainError } from '../errors';
import { Id, IsoDate } from '../organisation';
import type { Scope } from '../permissions';
import { checkAllowed, defineCommand, loadOr, type Context } from './command';

/** Intérims (issue 14): a manager covering another circonscription for a period, which the
 *  plan pays 100 € a month; she approves there on those days (actorOf). The HR admin's. */
const hrOnly = { allow: ['all'] } as const;
const nowhere: Scope = { recruitId: '', mentorId: null, circonscriptionId: '', territoryId: '' };

const todayOf = (ctx: Context) => ctx.now.slice(0, 10);

/** Records an intérim: a manager covers another circonscription from one day to another. */
export const interimRecord = defineCommand({
  name: 'interim.record',
  args: z.strictObject({
    id: Id,
    managerId: Id,
    circonscriptionId: Id,
    from: IsoDate,
    until: IsoDate,
  }),
  rule: hrOnly,
  async load(args, ctx) {
    checkAllowed(ctx.actor, nowhere, hrOnly);
    const { read } = ctx;
    const circonscription = await loadOr(
      read.get('circonscription', args.circonscriptionId),
      'circonscriptionId',
    );
    if (circonscription.closed)
      throw new DomainError('closed', 'this circonscription is closed', 'circonscriptionId');
    const manager = await loadOr(read.get('agent', args.managerId), 'managerId');
    if (!manager.roles.includes('manager') || manager.disabled)
      throw new DomainError('invalid', 'an intérim is held by a manager', 'managerId');
    if (circonscription.managerIds.includes(manager.id))
      throw new DomainError('invalid', 'she already manages this circonscription', 'managerId');
    if (args.until < args.from)
      throw new DomainError('invalid', 'the end comes before the start', 'until');
    if (daysBetween(args.from, args.until) > 366)
      throw new DomainError('invalid', 'an intérim is recorded a year at a time', 'until');
    const held = await read.find('interim', 'managerId', args.managerId);
    const overlapping = held.some(
      (i) =>
        i.id !== args.id &&
        i.circonscriptionId === args.circonscriptionId &&
        i.from <= args.until &&
        args.from <= i.until,
    );
    if (overlapping) throw new DomainError('overlap', 'she already covers these days', 'from');
    return { scope: nowhere, target: null };
  },
  apply(_target, args) {
    return [{ entity: 'interim', op: 'put', row: { ...args, version: 0 } }];
  },
});

/** Ends an intérim early: it held until yesterday, or, not yet begun, it is withdrawn. */
export const interimEnd = defineCommand({
  name: 'interim.end',
  args: z.strictObject({ interimId: Id }),
  rule: hrOnly,
  async load(args, ctx) {
    checkAllowed(ctx.actor, nowhere, hrOnly);
    const interim = await loadOr(ctx.read.get('interim', args.interimId), 'interimId');
    return { scope: nowhere, target: interim };
  },
  apply(interim, _args, ctx) {
    const today = todayOf(ctx);
    if (interim.until < today)
      throw new DomainError('already_ended', 'this intérim is already over', 'interimId');
    const yesterday = addDaysIso(today, -1);
    if (interim.from > yesterday) return [{ entity: 'interim', op: 'delete', id: interim.id }];
    return [{ entity: 'interim', op: 'put', row: { ...interim, until: yesterday } }];
  },
});
