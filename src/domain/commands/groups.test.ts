import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../permissions';
import { actors, contextFor, ids, MemoryReader } from './fixture';
import { addGroups, groupIds, groups } from './group-fixture';
import { commands, runCommand, type Outcome } from './index';

const uuid = '11111111-1111-4111-8111-111111111111';
const unknown = '99999999-9999-4999-8999-999999999999';
/** The mentor leads the fixture's own group (group-fixture.ts). */
const facilitator: Actor = actors.mentor;

let read: MemoryReader;
beforeEach(() => {
  read = new MemoryReader();
  addGroups(read);
});

const run = (name: string, args: unknown, actor: Actor = actors.admin) =>
  runCommand(commands.get(name)!, args, contextFor(actor, read));
const refusal = (outcome: Outcome) =>
  outcome.ok ? ['applied'] : [outcome.error.code, outcome.error.field];

const newGroup = {
  id: uuid,
  name: 'GAP Accueil',
  facilitatorId: null,
  facilitator: 'Claire Vasseur, psychologue',
  territoryId: ids.t1,
  circonscriptionIds: [ids.c1, ids.c2],
  service: null,
  memberIds: [ids.recruit, ids.newRecruit],
};
const many = (n: number) =>
  Array.from({ length: n }, (_, i) => `22222222-2222-4222-8222-${String(i).padStart(12, '0')}`);

describe('group.create', () => {
  it('stores the group, open, with an outside facilitator named', async () => {
    const outcome = await run('group.create', newGroup);
    expect(outcome.ok && outcome.changes).toEqual([
      {
        entity: 'practiceGroup',
        op: 'put',
        row: { ...newGroup, closed: false, version: 0 },
      },
    ]);
  });

  it('shows an agent facilitator under her own name, whatever name is sent', async () => {
    const args = { ...newGroup, facilitatorId: ids.nearMentor, facilitator: 'Quelqu’un' };
    const outcome = await run('group.create', args);
    expect(outcome.ok && outcome.changes[0]).toMatchObject({
      row: { facilitatorId: ids.nearMentor, facilitator: 'Agent 33' },
    });
  });

  it.each<[string, Record<string, unknown>, string, string | undefined]>([
    ['no name', { name: ' ' }, 'invalid', 'name'],
    ['an outsider without a name', { facilitator: '' }, 'invalid', 'facilitator'],
    ['an outsider, name left out', { facilitator: undefined }, 'invalid', 'facilitator'],
    ['a facilitator id that is no id', { facilitatorId: 'Claire' }, 'invalid', 'facilitatorId'],
    ['an unknown facilitator', { facilitatorId: unknown }, 'not_found', 'facilitatorId'],
    ['an unknown member', { memberIds: [ids.recruit, unknown] }, 'not_found', 'memberIds'],
    ['a member twice', { memberIds: [ids.recruit, ids.recruit] }, 'invalid', 'memberIds'],
    ['201 members', { memberIds: many(201) }, 'invalid', 'memberIds'],
    ['51 circonscriptions', { circonscriptionIds: many(51) }, 'invalid', 'circonscriptionIds'],
    ['an unknown territory', { territoryId: unknown }, 'not_found', 'territoryId'],
    [
      'an unknown circonscription',
      { circonscriptionIds: [unknown] },
      'not_found',
      'circonscriptionIds',
    ],
    [
      "another territory's circonscription",
      { circonscriptionIds: [ids.c3] },
      'invalid',
      'circonscriptionIds',
    ],
    ['an unknown service', { service: 'CAF' }, 'invalid', 'service'],
    [
      'its facilitator as a member',
      { facilitatorId: ids.mentor, memberIds: [ids.mentor] },
      'invalid',
      'memberIds',
    ],
    ['an id already used', { id: groupIds.own }, 'duplicate', 'id'],
    ['what was said: no such field, ever', { notes: 'Cas de M. X' }, 'invalid', undefined],
  ])('refuses %s', async (_case, change, code, field) => {
    const outcome = await run('group.create', { ...newGroup, ...change });
    expect(refusal(outcome)).toEqual([code, field]);
  });

  it('refuses a closed territory, and a disabled member', async () => {
    const territory = (await read.get('territory', ids.t2))!;
    read.put({ entity: 'territory', op: 'put', row: { ...territory, closed: true } });
    const closed = await run('group.create', {
      ...newGroup,
      territoryId: ids.t2,
      circonscriptionIds: [],
    });
    expect(refusal(closed)).toEqual(['closed', 'territoryId']);
    const agent = (await read.get('agent', ids.newRecruit))!;
    read.put({ entity: 'agent', op: 'put', row: { ...agent, disabled: true } });
    expect(refusal(await run('group.create', newGroup))).toEqual(['invalid', 'memberIds']);
  });

  it.each(['recruit', 'mentor', 'manager', 'territoryManager'] as const)(
    'is the HR admin’s: %s is refused before anything is looked up',
    async (who) => {
      const outcome = await run('group.create', { ...newGroup, id: groupIds.own }, actors[who]);
      expect(refusal(outcome)).toEqual(['forbidden', undefined]);
    },
  );
});

describe('group.update', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['renames', { name: 'GAP Plaine' }, { name: 'GAP Plaine' }],
    ['closes', { closed: true }, { closed: true }],
    [
      'hands it to an outsider, who is named',
      { facilitatorId: null, facilitator: 'Olivier Marchand' },
      { facilitatorId: null, facilitator: 'Olivier Marchand' },
    ],
    [
      'hands it to an agent, under her name',
      { facilitatorId: ids.nearMentor },
      { facilitatorId: ids.nearMentor, facilitator: 'Agent 33' },
    ],
    ['changes the members', { memberIds: [ids.recruit] }, { memberIds: [ids.recruit] }],
    [
      'reaches a service instead',
      { circonscriptionIds: [], service: 'ASE' },
      { circonscriptionIds: [], service: 'ASE' },
    ],
  ])('%s', async (_case, change, expected) => {
    const outcome = await run('group.update', { groupId: groupIds.own, ...change });
    expect(outcome.ok && outcome.changes).toEqual([
      { entity: 'practiceGroup', op: 'put', row: { ...groups.own, ...expected } },
    ]);
  });

  it.each<[string, Record<string, unknown>, string, string | undefined]>([
    ['an unknown group', { groupId: unknown }, 'not_found', 'groupId'],
    ['an outsider left unnamed', { facilitatorId: null }, 'invalid', 'facilitator'],
    [
      'a move that strands its circonscriptions',
      { territoryId: ids.t2 },
      'invalid',
      'circonscriptionIds',
    ],
    ['an unknown member', { memberIds: [unknown] }, 'not_found', 'memberIds'],
    ['what was said', { notes: 'Cas de M. X' }, 'invalid', undefined],
  ])('refuses %s', async (_case, change, code, field) => {
    const outcome = await run('group.update', { groupId: groupIds.own, ...change });
    expect(refusal(outcome)).toEqual([code, field]);
  });

  it('keeps a member whose account was disabled since', async () => {
    const agent = (await read.get('agent', ids.newRecruit))!;
    read.put({ entity: 'agent', op: 'put', row: { ...agent, disabled: true } });
    expect((await run('group.update', { groupId: groupIds.own, name: 'GAP' })).ok).toBe(true);
  });

  it('is not the facilitator’s', async () => {
    const outcome = await run('group.update', { groupId: groupIds.own, name: 'GAP' }, facilitator);
    expect(refusal(outcome)).toEqual(['forbidden', undefined]);
  });
});

const newSession = {
  id: uuid,
  groupId: groupIds.own,
  date: '2026-12-07',
  startTime: '09:30',
  durationMinutes: 120,
  place: 'Maison des solidarités',
};

describe('session.schedule', () => {
  it.each([
    ['the facilitator', facilitator],
    ['the HR admin', actors.admin],
  ])('%s schedules one, today or later', async (_who, actor) => {
    for (const date of ['2026-11-23', '2026-12-07']) {
      const outcome = await run('session.schedule', { ...newSession, date }, actor);
      expect(outcome.ok && outcome.changes).toEqual([
        { entity: 'groupSession', op: 'put', row: { ...newSession, date, version: 0 } },
      ]);
    }
  });

  it.each<[string, Record<string, unknown>, string, string | undefined]>([
    ['a day in the past', { date: '2026-11-22' }, 'invalid', 'date'],
    ['no date', { date: '07/12/2026' }, 'invalid', 'date'],
    ['an hour that is none', { startTime: '24:00' }, 'invalid', 'startTime'],
    ['a time without minutes', { startTime: '9h' }, 'invalid', 'startTime'],
    ['ten minutes', { durationMinutes: 10 }, 'invalid', 'durationMinutes'],
    ['a duration in text', { durationMinutes: '120' }, 'invalid', 'durationMinutes'],
    ['no place', { place: '' }, 'invalid', 'place'],
    ['an unknown group', { groupId: unknown }, 'not_found', 'groupId'],
    ['an id already used', { id: groupIds.nextSession }, 'duplicate', 'id'],
    ['what was said', { notes: 'Cas de M. X' }, 'invalid', undefined],
  ])('refuses %s', async (_case, change, code, field) => {
    const outcome = await run('session.schedule', { ...newSession, ...change }, facilitator);
    expect(refusal(outcome)).toEqual([code, field]);
  });

  it('refuses a closed group', async () => {
    read.put({ entity: 'practiceGroup', op: 'put', row: { ...groups.own, closed: true } });
    expect(refusal(await run('session.schedule', newSession))).toEqual(['closed', 'groupId']);
  });

  it("refuses another group's facilitator, naming the group", async () => {
    const outcome = await run(
      'session.schedule',
      { ...newSession, groupId: groupIds.other },
      facilitator,
    );
    expect(refusal(outcome)).toEqual(['forbidden', 'groupId']);
  });
});

describe('session.cancel', () => {
  it('withdraws a session to come: a tombstone', async () => {
    const outcome = await run('session.cancel', { sessionId: groupIds.nextSession }, facilitator);
    expect(outcome.ok && outcome.changes).toEqual([
      { entity: 'groupSession', op: 'delete', id: groupIds.nextSession },
    ]);
  });

  it.each<[string, string, string, string]>([
    ['one that took place', groupIds.pastSession, 'invalid', 'sessionId'],
    ['an unknown one', unknown, 'not_found', 'sessionId'],
    ["another group's", groupIds.otherNextSession, 'forbidden', 'sessionId'],
  ])('refuses %s', async (_case, sessionId, code, field) => {
    const outcome = await run('session.cancel', { sessionId }, facilitator);
    expect(refusal(outcome)).toEqual([code, field]);
  });

  it('keeps a session whose attendance is recorded', async () => {
    const today = { ...newSession, id: uuid, date: '2026-11-23' };
    read.put({ entity: 'groupSession', op: 'put', row: { ...today, version: 1 } });
    const recorded = await run('group.setAttendance', {
      sessionId: uuid,
      agentId: ids.recruit,
      present: true,
    });
    read.apply(recorded.ok ? recorded.changes : []);
    expect(refusal(await run('session.cancel', { sessionId: uuid }))).toEqual([
      'invalid',
      'sessionId',
    ]);
  });
});

describe('group.setAttendance', () => {
  const attend = (change: Record<string, unknown> = {}, actor = facilitator) =>
    run(
      'group.setAttendance',
      { sessionId: groupIds.pastSession, agentId: ids.recruit, present: false, ...change },
      actor,
    );

  it('records whether a member came, and nothing else', async () => {
    const outcome = await attend();
    expect(outcome.ok && outcome.changes).toEqual([
      {
        entity: 'attendance',
        op: 'put',
        row: {
          id: `${groupIds.pastSession}:${ids.recruit}`,
          sessionId: groupIds.pastSession,
          agentId: ids.recruit,
          present: false,
          version: 0,
        },
      },
    ]);
  });

  it('is possible on the day of the session', async () => {
    const today = { ...newSession, date: '2026-11-23', version: 1 };
    read.put({ entity: 'groupSession', op: 'put', row: today });
    expect((await attend({ sessionId: uuid })).ok).toBe(true);
  });

  it.each<[string, Record<string, unknown>, Actor, string, string | undefined]>([
    [
      'a session to come',
      { sessionId: groupIds.nextSession },
      facilitator,
      'too_early',
      'sessionId',
    ],
    ['someone not a member', { agentId: ids.otherRecruit }, actors.admin, 'invalid', 'agentId'],
    ['an unknown session', { sessionId: unknown }, facilitator, 'not_found', 'sessionId'],
    ['an unknown agent', { agentId: unknown }, facilitator, 'not_found', 'agentId'],
    ['a present that is no yes or no', { present: 'oui' }, facilitator, 'invalid', 'present'],
    ['what was said', { notes: 'Cas de M. X' }, facilitator, 'invalid', undefined],
    ['a member, for herself', {}, actors.recruit, 'forbidden', 'agentId'],
    [
      "another group's facilitator",
      { sessionId: groupIds.otherPastSession, agentId: ids.otherRecruit },
      facilitator,
      'forbidden',
      'agentId',
    ],
  ])('refuses %s', async (_case, change, actor, code, field) => {
    expect(refusal(await attend(change, actor))).toEqual([code, field]);
  });

  it('says "too early" only to those who may record', async () => {
    const outcome = await attend({ sessionId: groupIds.otherNextSession }, facilitator);
    expect(refusal(outcome)).toEqual(['forbidden', 'agentId']);
  });
});
