import { describe, expect, it } from 'vitest';
import type { Agent, Circonscription, Interim, Territory } from '../organisation';
import type { Actor } from '../permissions';
import { actors, contextFor, ids, MemoryReader } from './fixture';
import { commands, runCommand, type Outcome } from './index';

// The fixture's day is 2026-11-23. Territory 1 holds "Circo 11" and "Circo 12" (SSD, both
// with agents), territory 2 holds "Circo 13" (SSD, with agents).
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const fresh = { territory: uuid(701), circonscription: uuid(702), interim: uuid(703) };
const unknown = uuid(999);

const refusal = (outcome: Outcome) =>
  outcome.ok ? ['applied'] : [outcome.error.code, outcome.error.field];

async function run(name: string, args: unknown, read: MemoryReader, actor: Actor = actors.admin) {
  const outcome = await runCommand(commands.get(name)!, args, contextFor(actor, read));
  if (outcome.ok) read.apply(outcome.changes);
  return outcome;
}

const rowsOf = <T>(read: MemoryReader, entity: 'territory' | 'circonscription' | 'interim') =>
  [...(read.tables.get(entity)?.values() ?? [])] as T[];

/** Puts a row as a sync would have: a closed territory, a disabled agent… */
function given(read: MemoryReader, change: Parameters<MemoryReader['put']>[0]) {
  read.put(change);
  return read;
}

async function closeWithItsAgents(read: MemoryReader, circonscriptionId: string) {
  const agents = await read.find('agent', 'circonscriptionId', circonscriptionId);
  for (const agent of agents)
    read.put({ entity: 'agent', op: 'put', row: { ...agent, disabled: true } satisfies Agent });
  const row = (await read.get('circonscription', circonscriptionId))!;
  read.put({ entity: 'circonscription', op: 'put', row: { ...row, closed: true } });
}

describe('territory.create', () => {
  const args = (changes: object = {}) => ({
    id: fresh.territory,
    name: 'Territoire Nord',
    managerIds: [ids.territoryManager],
    ...changes,
  });

  it.each([
    ['a well-formed one', {}, ['applied']],
    ['a name that is a number', { name: 12 }, ['invalid', 'name']],
    ['an empty name', { name: '   ' }, ['invalid', 'name']],
    ['a name of 121 characters', { name: 'x'.repeat(121) }, ['invalid', 'name']],
    ['an id that is no uuid', { id: 'nord' }, ['invalid', 'id']],
    ['managers that are no list', { managerIds: ids.territoryManager }, ['invalid', 'managerIds']],
    ['an argument it does not know', { closed: true }, ['invalid', undefined]],
    ['the id of a territory that exists', { id: ids.t1 }, ['duplicate', 'id']],
    ['the name of another territory', { name: 'Territoire 1' }, ['duplicate', 'name']],
    [
      'a manager, not a territory manager',
      { managerIds: [ids.manager] },
      ['invalid', 'managerIds'],
    ],
    ['an unknown agent as manager', { managerIds: [unknown] }, ['invalid', 'managerIds']],
    [
      'the same manager twice',
      { managerIds: [ids.territoryManager, ids.territoryManager] },
      ['invalid', 'managerIds'],
    ],
  ])('%s %j → %j, nothing written otherwise', async (_, changes, expected) => {
    const read = new MemoryReader();
    expect(refusal(await run('territory.create', args(changes), read))).toEqual(expected);
    expect(rowsOf<Territory>(read, 'territory')).toHaveLength(expected[0] === 'applied' ? 3 : 2);
  });

  it('is the HR admin’s alone', async () => {
    const outcome = await run('territory.create', args(), new MemoryReader(), actors.manager);
    expect(refusal(outcome)).toEqual(['forbidden', undefined]);
  });

  it('refuses a territory manager whose account is disabled', async () => {
    const read = new MemoryReader();
    const manager = (await read.get('agent', ids.territoryManager))!;
    given(read, { entity: 'agent', op: 'put', row: { ...manager, disabled: true } });
    expect(refusal(await run('territory.create', args(), read))).toEqual(['invalid', 'managerIds']);
  });
});

describe('territory.update', () => {
  it.each([
    ['an unknown territory', { territoryId: unknown, name: 'Nord' }, ['not_found', 'territoryId']],
    [
      'the name of the other one',
      { territoryId: ids.t1, name: 'Territoire 2' },
      ['duplicate', 'name'],
    ],
    ['its own name again', { territoryId: ids.t1, name: 'Territoire 1' }, ['applied']],
    ['a new name', { territoryId: ids.t1, name: 'Territoire Est' }, ['applied']],
    [
      'a mentor as manager',
      { territoryId: ids.t1, managerIds: [ids.mentor] },
      ['invalid', 'managerIds'],
    ],
    ['no manager at all', { territoryId: ids.t2, managerIds: [] }, ['applied']],
    ['closed: yes, as a word', { territoryId: ids.t2, closed: 'oui' }, ['invalid', 'closed']],
    [
      'closing it with open circonscriptions',
      { territoryId: ids.t1, closed: true },
      ['not_empty', 'closed'],
    ],
  ])('%s %j → %j', async (_, args, expected) => {
    expect(refusal(await run('territory.update', args, new MemoryReader()))).toEqual(expected);
  });

  it('closes a territory once its circonscriptions are closed, and keeps its row', async () => {
    const read = new MemoryReader();
    await closeWithItsAgents(read, ids.c3);
    expect(
      refusal(await run('territory.update', { territoryId: ids.t2, closed: true }, read)),
    ).toEqual(['applied']);
    expect((await read.get('territory', ids.t2))?.closed).toBe(true);
  });
});

describe('circonscription.create', () => {
  const args = (changes: object = {}) => ({
    id: fresh.circonscription,
    territoryId: ids.t1,
    name: 'Circo 11',
    service: 'ASE',
    managerIds: [ids.otherManager],
    ...changes,
  });

  it.each([
    ['the name of another service’s', {}, ['applied']],
    ['the name used in another territory', { territoryId: ids.t2 }, ['applied']],
    ['the same name and service in the territory', { service: 'SSD' }, ['duplicate', 'name']],
    ['the id of one that exists', { id: ids.c2 }, ['duplicate', 'id']],
    ['a service that does not exist', { service: 'CAF' }, ['invalid', 'service']],
    ['a territory id that is no uuid', { territoryId: 't1' }, ['invalid', 'territoryId']],
    ['an unknown territory', { territoryId: unknown }, ['not_found', 'territoryId']],
    ['a mentor as manager', { managerIds: [ids.mentor] }, ['invalid', 'managerIds']],
    [
      'a territory manager as manager',
      { managerIds: [ids.territoryManager] },
      ['invalid', 'managerIds'],
    ],
    [
      'eleven managers',
      { managerIds: Array.from({ length: 11 }, (_, n) => uuid(800 + n)) },
      ['invalid', 'managerIds'],
    ],
  ])('%s %j → %j, nothing written otherwise', async (_, changes, expected) => {
    const read = new MemoryReader();
    expect(refusal(await run('circonscription.create', args(changes), read))).toEqual(expected);
    const count = rowsOf<Circonscription>(read, 'circonscription').length;
    expect(count).toBe(expected[0] === 'applied' ? 4 : 3);
  });

  it('refuses a closed territory', async () => {
    const read = new MemoryReader();
    const t2 = (await read.get('territory', ids.t2))!;
    given(read, { entity: 'territory', op: 'put', row: { ...t2, closed: true } });
    const outcome = await run('circonscription.create', args({ territoryId: ids.t2 }), read);
    expect(refusal(outcome)).toEqual(['closed', 'territoryId']);
  });

  it('writes an open circonscription', async () => {
    const read = new MemoryReader();
    await run('circonscription.create', args(), read);
    expect(await read.get('circonscription', fresh.circonscription)).toEqual({
      ...args(),
      closed: false,
      version: 0,
    });
  });
});

describe('circonscription.update', () => {
  it.each([
    [
      'an unknown circonscription',
      { circonscriptionId: unknown, name: 'X' },
      ['not_found', 'circonscriptionId'],
    ],
    [
      'the name of its neighbour',
      { circonscriptionId: ids.c1, name: 'Circo 12' },
      ['duplicate', 'name'],
    ],
    [
      'its neighbour’s name, in another service',
      { circonscriptionId: ids.c1, name: 'Circo 12', service: 'PMI' },
      ['applied'],
    ],
    [
      'moved to the other territory',
      { circonscriptionId: ids.c1, territoryId: ids.t2 },
      ['applied'],
    ],
    [
      'moved to an unknown territory',
      { circonscriptionId: ids.c1, territoryId: unknown },
      ['not_found', 'territoryId'],
    ],
    ['a service as a number', { circonscriptionId: ids.c1, service: 3 }, ['invalid', 'service']],
    [
      'a territory manager as manager',
      { circonscriptionId: ids.c2, managerIds: [ids.territoryManager] },
      ['invalid', 'managerIds'],
    ],
    ['another manager', { circonscriptionId: ids.c2, managerIds: [ids.otherManager] }, ['applied']],
    [
      'closing it with agents in it',
      { circonscriptionId: ids.c1, closed: true },
      ['not_empty', 'closed'],
    ],
  ])('%s %j → %j', async (_, args, expected) => {
    expect(refusal(await run('circonscription.update', args, new MemoryReader()))).toEqual(
      expected,
    );
  });

  it('refuses a move that brings two of the same name and service together', async () => {
    const read = new MemoryReader();
    await run('circonscription.update', { circonscriptionId: ids.c3, name: 'Circo 11' }, read);
    const outcome = await run(
      'circonscription.update',
      { circonscriptionId: ids.c3, territoryId: ids.t1 },
      read,
    );
    expect(refusal(outcome)).toEqual(['duplicate', 'name']);
  });

  it('refuses a move to a closed territory', async () => {
    const read = new MemoryReader();
    const t2 = (await read.get('territory', ids.t2))!;
    given(read, { entity: 'territory', op: 'put', row: { ...t2, closed: true } });
    const outcome = await run(
      'circonscription.update',
      { circonscriptionId: ids.c1, territoryId: ids.t2 },
      read,
    );
    expect(refusal(outcome)).toEqual(['closed', 'territoryId']);
  });

  it('closes one whose agents are all disabled, and reopens it', async () => {
    const read = new MemoryReader();
    for (const agent of await read.find('agent', 'circonscriptionId', ids.c2))
      given(read, { entity: 'agent', op: 'put', row: { ...agent, disabled: true } });
    const close = await run(
      'circonscription.update',
      { circonscriptionId: ids.c2, closed: true },
      read,
    );
    expect(refusal(close)).toEqual(['applied']);
    expect((await read.get('circonscription', ids.c2))?.closed).toBe(true);
    await run('circonscription.update', { circonscriptionId: ids.c2, closed: false }, read);
    expect((await read.get('circonscription', ids.c2))?.closed).toBe(false);
  });
});

describe('interim.record', () => {
  const args = (changes: object = {}) => ({
    id: fresh.interim,
    managerId: ids.otherManager,
    circonscriptionId: ids.c1,
    from: '2026-12-01',
    until: '2026-12-31',
    ...changes,
  });

  it.each([
    ['a well-formed one', {}, ['applied']],
    ['starting in the past (recorded afterwards)', { from: '2026-11-01' }, ['applied']],
    ['one day', { until: '2026-12-01' }, ['applied']],
    ['a year to the day', { until: '2027-12-01' }, ['applied']],
    ['a date that is no date', { from: '01/12/2026' }, ['invalid', 'from']],
    ['an end before the start', { until: '2026-11-30' }, ['invalid', 'until']],
    ['longer than a year', { until: '2027-12-03' }, ['invalid', 'until']],
    ['an unknown manager', { managerId: unknown }, ['not_found', 'managerId']],
    ['a mentor', { managerId: ids.mentor }, ['invalid', 'managerId']],
    ['a territory manager', { managerId: ids.territoryManager }, ['invalid', 'managerId']],
    ['the circonscription’s own manager', { managerId: ids.manager }, ['invalid', 'managerId']],
    [
      'an unknown circonscription',
      { circonscriptionId: unknown },
      ['not_found', 'circonscriptionId'],
    ],
  ])('%s %j → %j, nothing written otherwise', async (_, changes, expected) => {
    const read = new MemoryReader();
    expect(refusal(await run('interim.record', args(changes), read))).toEqual(expected);
    expect(rowsOf<Interim>(read, 'interim')).toHaveLength(expected[0] === 'applied' ? 1 : 0);
  });

  it('refuses a closed circonscription', async () => {
    const read = new MemoryReader();
    await closeWithItsAgents(read, ids.c2);
    const outcome = await run('interim.record', args({ circonscriptionId: ids.c2 }), read);
    expect(refusal(outcome)).toEqual(['closed', 'circonscriptionId']);
  });

  it.each([
    ['overlapping its end', '2026-12-31', '2027-01-10', ['overlap', 'from']],
    ['inside it', '2026-12-10', '2026-12-12', ['overlap', 'from']],
    ['the day after it ends', '2027-01-01', '2027-01-10', ['applied']],
  ])('a second one %s (%s to %s) → %j', async (_, from, until, expected) => {
    const read = new MemoryReader();
    await run('interim.record', args(), read);
    const second = await run('interim.record', args({ id: uuid(704), from, until }), read);
    expect(refusal(second)).toEqual(expected);
  });

  it('lets her cover another circonscription over the same days', async () => {
    const read = new MemoryReader();
    await run('interim.record', args(), read);
    const elsewhere = await run(
      'interim.record',
      args({ id: uuid(704), circonscriptionId: ids.c2 }),
      read,
    );
    expect(refusal(elsewhere)).toEqual(['applied']);
  });

  it('is the HR admin’s alone', async () => {
    const outcome = await run('interim.record', args(), new MemoryReader(), actors.manager);
    expect(refusal(outcome)).toEqual(['forbidden', undefined]);
  });
});

describe('interim.end', () => {
  const withInterim = (from: string, until: string) =>
    given(new MemoryReader(), {
      entity: 'interim',
      op: 'put',
      row: {
        id: fresh.interim,
        managerId: ids.otherManager,
        circonscriptionId: ids.c1,
        from,
        until,
        version: 1,
      },
    });
  const end = (read: MemoryReader, actor: Actor = actors.admin) =>
    run('interim.end', { interimId: fresh.interim }, read, actor);

  it('ends a current one yesterday', async () => {
    const read = withInterim('2026-11-01', '2026-12-31');
    expect(refusal(await end(read))).toEqual(['applied']);
    expect((await read.get('interim', fresh.interim))?.until).toBe('2026-11-22');
  });

  it('withdraws one not yet begun', async () => {
    const read = withInterim('2026-12-01', '2026-12-31');
    expect(refusal(await end(read))).toEqual(['applied']);
    expect(await read.get('interim', fresh.interim)).toBeUndefined();
  });

  it.each([
    ['over yesterday', '2026-11-01', '2026-11-22', ['already_ended', 'interimId']],
    ['ending today', '2026-11-01', '2026-11-23', ['applied']],
  ])('one %s (%s to %s) → %j', async (_, from, until, expected) => {
    expect(refusal(await end(withInterim(from, until)))).toEqual(expected);
  });

  it.each([
    ['an unknown one', { interimId: unknown }, ['not_found', 'interimId']],
    ['an id that is no uuid', { interimId: 42 }, ['invalid', 'interimId']],
  ])('refuses %s %j → %j', async (_, args, expected) => {
    expect(refusal(await run('interim.end', args, new MemoryReader()))).toEqual(expected);
  });

  it('is the HR admin’s alone', async () => {
    const read = withInterim('2026-11-01', '2026-12-31');
    expect(refusal(await end(read, actors.territoryManager))).toEqual(['forbidden', undefined]);
    expect((await read.get('interim', fresh.interim))?.until).toBe('2026-12-31');
  });
});
