import { describe, expect, it } from 'vitest';
import type { Role } from '../organisation';
import {
  arrivingRecruits,
  circonscriptionsWithoutManager,
  groupsWithoutNextSession,
  hrTodo,
} from './hr-todo';

const today = '2026-11-23';

interface Options {
  roles?: Role[];
  disabled?: boolean;
  activated?: boolean;
}
const person = (id: string, startDate: string, options: Options = {}) => ({
  id,
  displayName: id,
  roles: options.roles ?? (['recruit'] as Role[]),
  startDate,
  circonscriptionId: 'c',
  ...(options.disabled === undefined ? {} : { disabled: options.disabled }),
  ...(options.activated === undefined ? {} : { activated: options.activated }),
});
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

describe('arrivingRecruits: who arrives in the next 30 days', () => {
  it.each([
    ['yesterday', person('x', '2026-11-22'), false],
    ['today', person('x', today), true],
    ['in 30 days', person('x', '2026-12-23'), true],
    ['in 31 days', person('x', '2026-12-24'), false],
    ['across the new year', person('x', '2026-12-31'), false],
    ['a mentor, in a week', person('x', '2026-11-30', { roles: ['mentor'] }), false],
    [
      'a recruit who also mentors',
      person('x', '2026-11-30', { roles: ['mentor', 'recruit'] }),
      true,
    ],
    ['a disabled account', person('x', '2026-11-30', { disabled: true }), false],
    ['an account not disabled', person('x', '2026-11-30', { disabled: false }), true],
  ])('%s → %s', (_, agent, arriving) => {
    expect(ids(arrivingRecruits([agent], today))).toEqual(arriving ? ['x'] : []);
  });

  it('lists them soonest first, then by name', () => {
    const agents = [
      person('Zoé', '2026-12-01'),
      person('Bruno', '2026-12-01'),
      person('Anna', '2026-12-10'),
      person('Élise', '2026-11-24'),
    ];
    expect(ids(arrivingRecruits(agents, today))).toEqual(['Élise', 'Bruno', 'Zoé', 'Anna']);
  });

  it('looks across the new year', () => {
    expect(ids(arrivingRecruits([person('x', '2027-01-05')], '2026-12-20'))).toEqual(['x']);
  });
});

describe('groupsWithoutNextSession', () => {
  const group = (id: string, closed?: boolean) => ({
    id,
    name: id,
    ...(closed === undefined ? {} : { closed }),
  });
  const session = (groupId: string, date: string) => ({ groupId, date });
  it.each([
    ['no session at all', group('g'), [], true],
    ['only past sessions', group('g'), [session('g', '2026-11-22')], true],
    ['a session today', group('g'), [session('g', today)], false],
    ['a session next month', group('g'), [session('g', '2026-12-15')], false],
    ['another group’s session', group('g'), [session('h', '2026-12-15')], true],
    ['a closed group with none', group('g', true), [], false],
    ['an open group (closed: false) with none', group('g', false), [], true],
  ])('%s → listed: %s', (_, g, sessions, listed) => {
    expect(ids(groupsWithoutNextSession([g], sessions, today))).toEqual(listed ? ['g'] : []);
  });
});

describe('circonscriptionsWithoutManager', () => {
  const unit = (id: string, managerIds: string[], closed?: boolean) => ({
    id,
    name: id,
    managerIds,
    ...(closed === undefined ? {} : { closed }),
  });
  const interim = (from: string, until: string) => ({ circonscriptionId: 'c', from, until });
  it.each([
    ['a manager of its own', unit('c', ['m']), [], false],
    ['no manager', unit('c', []), [], true],
    ['no manager, closed', unit('c', [], true), [], false],
    ['no manager, an intérim holding today', unit('c', []), [interim('2026-11-01', today)], false],
    ['no manager, an intérim from today', unit('c', []), [interim(today, '2026-12-31')], false],
    ['no manager, an intérim over', unit('c', []), [interim('2026-10-01', '2026-11-22')], true],
    ['no manager, an intérim to come', unit('c', []), [interim('2026-11-24', '2026-12-31')], true],
    ['no manager, another’s intérim', unit('d', []), [interim('2026-11-01', '2026-12-31')], true],
  ])('%s → listed: %s', (_, c, interims, listed) => {
    expect(ids(circonscriptionsWithoutManager([c], interims, today))).toEqual(listed ? [c.id] : []);
  });
});

describe('hrTodo', () => {
  const rows = {
    agents: [
      person('ready', '2026-12-01', { activated: true }),
      person('noPath', '2026-12-02', { activated: true }),
      person('notActivated', '2026-12-03', { activated: false }),
      person('neither', '2026-12-04', { activated: false }),
      person('unknownActivation', '2026-12-05'),
      person('later', '2027-02-01', { activated: false }),
      person('arrived', '2026-11-01', { activated: false }),
    ],
    paths: [
      { recruitId: 'ready' },
      { recruitId: 'notActivated' },
      { recruitId: 'unknownActivation' },
    ],
    groups: [
      { id: 'g2', name: 'Groupe B' },
      { id: 'g1', name: 'Groupe A' },
      { id: 'g3', name: 'Groupe C' },
    ],
    sessions: [{ groupId: 'g3', date: '2026-12-01' }],
    circonscriptions: [
      { id: 'c2', name: 'Montreuil', managerIds: [] },
      { id: 'c1', name: 'Bondy', managerIds: [] },
      { id: 'c3', name: 'Aubervilliers', managerIds: ['m'] },
    ],
    interims: [],
  };

  it('lists each thing to do once, in reading order', () => {
    const todo = hrTodo(rows, today);
    expect({
      withoutPath: ids(todo.withoutPath),
      notActivated: ids(todo.notActivated),
      groupsWithoutSession: ids(todo.groupsWithoutSession),
      withoutManager: ids(todo.withoutManager),
    }).toEqual({
      withoutPath: ['noPath', 'neither'],
      notActivated: ['notActivated', 'neither'],
      groupsWithoutSession: ['g1', 'g2'],
      withoutManager: ['c1', 'c2'],
    });
  });

  it('has nothing to do on an empty device', () => {
    const none = {
      agents: [],
      paths: [],
      groups: [],
      sessions: [],
      circonscriptions: [],
      interims: [],
    };
    expect(hrTodo(none, today)).toEqual({
      withoutPath: [],
      notActivated: [],
      groupsWithoutSession: [],
      withoutManager: [],
    });
  });
});
