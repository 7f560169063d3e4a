import { describe, expect, it } from 'vitest';
import type { Agent } from '../organisation';
import type { Actor } from '../permissions';
import { actors, contextFor, ids, MemoryReader } from './fixture';
import { commands, runCommand, type Outcome } from './index';

// The fixture: territory 1 holds c1 (the manager's, with the recruit, on a path, and the new
// recruit, without one) and c2; territory 2 holds c3 (another manager's, with the far
// recruit). Every agent's email is the last four digits of her id @demo.parcours.fr.
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const fresh = uuid(901);
const unknown = uuid(999);

const refusal = (outcome: Outcome) =>
  outcome.ok ? ['applied'] : [outcome.error.code, outcome.error.field];

async function run(name: string, args: unknown, actor: Actor, read = new MemoryReader()) {
  const outcome = await runCommand(commands.get(name)!, args, contextFor(actor, read));
  if (outcome.ok) read.apply(outcome.changes);
  return outcome;
}

const agentsOf = (read: MemoryReader) => [...(read.tables.get('agent')?.values() ?? [])] as Agent[];

/** The circonscription, closed: it keeps its agents and takes no new one. */
async function closing(read: MemoryReader, circonscriptionId: string) {
  const row = (await read.get('circonscription', circonscriptionId))!;
  read.put({ entity: 'circonscription', op: 'put', row: { ...row, closed: true } });
  return read;
}

describe('agent.create', () => {
  const args = (changes: object = {}) => ({
    id: fresh,
    email: 'Nouvelle.Recrue@Demo.Parcours.fr',
    displayName: 'Nouvelle Recrue',
    roles: ['recruit'],
    job: 'Assistante de service social',
    status: 'apprentice',
    circonscriptionId: ids.c1,
    startDate: '2026-12-01',
    ...changes,
  });
  type Case = [string, keyof typeof actors, object, unknown[]];

  it.each<Case>([
    ['a recruit in her circonscription', 'manager', {}, ['applied']],
    [
      'a recruit in another territory',
      'manager',
      { circonscriptionId: ids.c3 },
      ['forbidden', 'circonscriptionId'],
    ],
    [
      'a recruit in her territory’s other circonscription',
      'manager',
      { circonscriptionId: ids.c2 },
      ['forbidden', 'circonscriptionId'],
    ],
    [
      'a recruit with no circonscription',
      'manager',
      { circonscriptionId: null },
      ['forbidden', 'circonscriptionId'],
    ],
    ['a mentor', 'manager', { roles: ['mentor'] }, ['forbidden', 'roles']],
    [
      'a recruit who also mentors',
      'manager',
      { roles: ['recruit', 'mentor'] },
      ['forbidden', 'roles'],
    ],
    ['a recruit in her territory', 'territoryManager', { circonscriptionId: ids.c2 }, ['applied']],
    [
      'a recruit in another territory',
      'territoryManager',
      { circonscriptionId: ids.c3 },
      ['forbidden', 'circonscriptionId'],
    ],
    ['a manager', 'territoryManager', { roles: ['manager'] }, ['forbidden', 'roles']],
    ['a recruit', 'mentor', {}, ['forbidden', 'circonscriptionId']],
    ['a recruit', 'recruit', {}, ['forbidden', 'circonscriptionId']],
    [
      'a manager of no circonscription yet',
      'admin',
      { roles: ['manager'], circonscriptionId: null },
      ['applied'],
    ],
    [
      'a territory manager and mentor anywhere',
      'admin',
      { roles: ['territoryManager', 'mentor'], circonscriptionId: ids.c3 },
      ['applied'],
    ],
    [
      'an email taken, in other capitals',
      'manager',
      { email: '0021@DEMO.parcours.fr' },
      ['duplicate', 'email'],
    ],
    [
      'an email taken outside her reach',
      'manager',
      { email: '0024@demo.parcours.fr' },
      ['duplicate', 'email'],
    ],
    ['the id of someone who exists', 'admin', { id: ids.recruit }, ['duplicate', 'id']],
    ['an end before the start', 'manager', { endDate: '2026-11-30' }, ['invalid', 'endDate']],
    ['an end on the first day', 'manager', { endDate: '2026-12-01' }, ['applied']],
    [
      'an unknown circonscription',
      'admin',
      { circonscriptionId: unknown },
      ['not_found', 'circonscriptionId'],
    ],
    ['an email that is a number', 'admin', { email: 42 }, ['invalid', 'email']],
    ['an email with no domain', 'admin', { email: 'nouvelle.recrue' }, ['invalid', 'email']],
    ['an empty name', 'admin', { displayName: '  ' }, ['invalid', 'displayName']],
    [
      'a name of 121 characters',
      'admin',
      { displayName: 'x'.repeat(121) },
      ['invalid', 'displayName'],
    ],
    ['no role', 'admin', { roles: [] }, ['invalid', 'roles']],
    ['a role as a word, not a list', 'admin', { roles: 'recruit' }, ['invalid', 'roles']],
    ['a role twice', 'admin', { roles: ['recruit', 'recruit'] }, ['invalid', 'roles']],
    ['a role that does not exist', 'admin', { roles: ['director'] }, ['invalid', 'roles.0']],
    ['no job', 'admin', { job: '' }, ['invalid', 'job']],
    ['a status that does not exist', 'admin', { status: 'cdi' }, ['invalid', 'status']],
    ['a French date', 'admin', { startDate: '01/12/2026' }, ['invalid', 'startDate']],
    ['a start that is a number', 'admin', { startDate: 20261201 }, ['invalid', 'startDate']],
    ['an end that is no day', 'admin', { endDate: '2026-02-30' }, ['invalid', 'endDate']],
    ['a phone of 31 characters', 'admin', { phone: '0'.repeat(31) }, ['invalid', 'phone']],
    [
      'a circonscription that is no uuid',
      'admin',
      { circonscriptionId: 'c1' },
      ['invalid', 'circonscriptionId'],
    ],
    ['an id that is no uuid', 'admin', { id: 'ines' }, ['invalid', 'id']],
    ['an argument it does not know', 'admin', { disabled: false }, ['invalid', undefined]],
  ])('%s, by the %s, %j → %j; nothing written otherwise', async (_, actor, changes, expected) => {
    const read = new MemoryReader();
    const before = agentsOf(read).length;
    expect(refusal(await run('agent.create', args(changes), actors[actor], read))).toEqual(
      expected,
    );
    expect(agentsOf(read)).toHaveLength(expected[0] === 'applied' ? before + 1 : before);
  });

  it('refuses a closed circonscription, even to the HR admin', async () => {
    const read = await closing(new MemoryReader(), ids.c1);
    const outcome = await run('agent.create', args(), actors.admin, read);
    expect(refusal(outcome)).toEqual(['closed', 'circonscriptionId']);
  });

  it('writes an active account, not activated yet, with her email in small letters', async () => {
    const read = new MemoryReader();
    await run('agent.create', args({ phone: '' }), actors.manager, read);
    expect(await read.get('agent', fresh)).toEqual({
      ...args(),
      email: 'nouvelle.recrue@demo.parcours.fr',
      endDate: null,
      phone: null,
      disabled: false,
      activated: false,
    });
  });
});

describe('agent.update', () => {
  type Case = [string, keyof typeof actors, object, unknown[]];

  it.each<Case>([
    ['her recruit’s job', 'manager', { agentId: ids.newRecruit, job: 'CESF' }, ['applied']],
    ['her recruit on a path', 'manager', { agentId: ids.recruit, status: 'vae' }, ['applied']],
    [
      'a recruit of another territory',
      'manager',
      { agentId: ids.farRecruit, job: 'CESF' },
      ['forbidden', 'agentId'],
    ],
    [
      'a mentor of her circonscription',
      'manager',
      { agentId: ids.mentor, job: 'CESF' },
      ['forbidden', 'agentId'],
    ],
    ['herself', 'manager', { agentId: ids.manager, job: 'CESF' }, ['forbidden', 'agentId']],
    [
      'her recruit, made a mentor',
      'manager',
      { agentId: ids.newRecruit, roles: ['recruit', 'mentor'] },
      ['forbidden', 'roles'],
    ],
    [
      'her recruit, kept a recruit',
      'manager',
      { agentId: ids.newRecruit, roles: ['recruit'] },
      ['applied'],
    ],
    [
      'her recruit, moved to her territory’s other circonscription',
      'manager',
      { agentId: ids.newRecruit, circonscriptionId: ids.c2 },
      ['forbidden', 'circonscriptionId'],
    ],
    [
      'her recruit, moved out of any circonscription',
      'manager',
      { agentId: ids.newRecruit, circonscriptionId: null },
      ['forbidden', 'circonscriptionId'],
    ],
    [
      'a recruit moved within her territory',
      'territoryManager',
      { agentId: ids.newRecruit, circonscriptionId: ids.c2 },
      ['applied'],
    ],
    [
      'a recruit moved out of her territory',
      'territoryManager',
      { agentId: ids.newRecruit, circonscriptionId: ids.c3 },
      ['forbidden', 'circonscriptionId'],
    ],
    [
      'a recruit made a mentor',
      'admin',
      { agentId: ids.farRecruit, roles: ['mentor'] },
      ['applied'],
    ],
    [
      'a mentor moved to another territory',
      'admin',
      { agentId: ids.mentor, circonscriptionId: ids.c3 },
      ['applied'],
    ],
    [
      'an email taken, in other capitals',
      'manager',
      { agentId: ids.newRecruit, email: '0021@Demo.Parcours.FR' },
      ['duplicate', 'email'],
    ],
    [
      'her own email, in capitals',
      'manager',
      { agentId: ids.newRecruit, email: '0023@DEMO.PARCOURS.FR' },
      ['applied'],
    ],
    [
      'an end before her start',
      'manager',
      { agentId: ids.newRecruit, endDate: '2026-08-31' },
      ['invalid', 'endDate'],
    ],
    [
      'a start after her end',
      'manager',
      { agentId: ids.newRecruit, startDate: '2027-01-01', endDate: '2026-12-31' },
      ['invalid', 'endDate'],
    ],
    ['an end removed', 'manager', { agentId: ids.newRecruit, endDate: null }, ['applied']],
    ['an unknown agent', 'admin', { agentId: unknown, job: 'CESF' }, ['not_found', 'agentId']],
    [
      'an unknown circonscription',
      'admin',
      { agentId: ids.newRecruit, circonscriptionId: unknown },
      ['not_found', 'circonscriptionId'],
    ],
    [
      'a name that is a number',
      'admin',
      { agentId: ids.newRecruit, displayName: 7 },
      ['invalid', 'displayName'],
    ],
    [
      'roles that are no list',
      'admin',
      { agentId: ids.newRecruit, roles: 'admin' },
      ['invalid', 'roles'],
    ],
    [
      'disabled, through update',
      'admin',
      { agentId: ids.newRecruit, disabled: true },
      ['invalid', undefined],
    ],
    ['her id changed', 'admin', { agentId: ids.newRecruit, id: fresh }, ['invalid', undefined]],
  ])('%s, by the %s, %j → %j', async (_, actor, args, expected) => {
    const read = new MemoryReader();
    const before = await read.get('agent', (args as { agentId: string }).agentId);
    expect(refusal(await run('agent.update', args, actors[actor], read))).toEqual(expected);
    if (expected[0] !== 'applied')
      expect(await read.get('agent', (args as { agentId: string }).agentId)).toEqual(before);
  });

  it('keeps what it is not given, and writes the email in small letters', async () => {
    const read = new MemoryReader();
    const before = (await read.get('agent', ids.newRecruit))!;
    const args = { agentId: ids.newRecruit, email: 'Ines.B@Demo.Parcours.fr', phone: '' };
    expect(refusal(await run('agent.update', args, actors.manager, read))).toEqual(['applied']);
    expect(await read.get('agent', ids.newRecruit)).toEqual({
      ...before,
      email: 'ines.b@demo.parcours.fr',
      phone: null,
    });
  });

  it('refuses a move into a closed circonscription', async () => {
    const read = await closing(new MemoryReader(), ids.c2);
    const args = { agentId: ids.newRecruit, circonscriptionId: ids.c2 };
    const outcome = await run('agent.update', args, actors.admin, read);
    expect(refusal(outcome)).toEqual(['closed', 'circonscriptionId']);
  });
});

describe('agent.disable', () => {
  type Case = [string, keyof typeof actors, string, unknown[]];

  it.each<Case>([
    ['her recruit', 'manager', ids.newRecruit, ['applied']],
    ['her recruit on a path', 'manager', ids.recruit, ['applied']],
    ['a recruit of another territory', 'manager', ids.farRecruit, ['forbidden', 'agentId']],
    ['a mentor of her circonscription', 'manager', ids.mentor, ['forbidden', 'agentId']],
    ['a recruit of her territory', 'territoryManager', ids.newRecruit, ['applied']],
    ['a manager', 'admin', ids.otherManager, ['applied']],
    ['herself', 'admin', ids.admin, ['forbidden', 'agentId']],
    ['her own account', 'manager', ids.manager, ['forbidden', 'agentId']],
    ['a recruit', 'mentor', ids.recruit, ['forbidden', 'agentId']],
    ['an unknown agent', 'admin', unknown, ['not_found', 'agentId']],
    ['an id that is no uuid', 'admin', 'ines', ['invalid', 'agentId']],
  ])('%s, by the %s → %j', async (_, actor, agentId, expected) => {
    const read = new MemoryReader();
    const outcome = await run('agent.disable', { agentId }, actors[actor], read);
    expect(refusal(outcome)).toEqual(expected);
    const disabled = agentsOf(read).filter((agent) => agent.disabled);
    expect(disabled.map((agent) => agent.id)).toEqual(expected[0] === 'applied' ? [agentId] : []);
  });

  it('keeps everything else of the account, and her path', async () => {
    const read = new MemoryReader();
    const before = (await read.get('agent', ids.recruit))!;
    await run('agent.disable', { agentId: ids.recruit }, actors.manager, read);
    expect(await read.get('agent', ids.recruit)).toEqual({ ...before, disabled: true });
    expect(await read.pathIdOf(ids.recruit)).toBe(ids.path);
  });

  it('is idempotent: disabling twice changes nothing more', async () => {
    const read = new MemoryReader();
    await run('agent.disable', { agentId: ids.newRecruit }, actors.admin, read);
    const once = await read.get('agent', ids.newRecruit);
    expect(
      refusal(await run('agent.disable', { agentId: ids.newRecruit }, actors.admin, read)),
    ).toEqual(['applied']);
    expect(await read.get('agent', ids.newRecruit)).toEqual(once);
  });
});
