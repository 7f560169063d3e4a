import { describe, expect, it } from 'vitest';
import type { Role } from '../organisation';
import { groupNotices, mayDeliverAt, remindersOf } from './delivery';
import type { ReminderRows } from './rows';
import { reminders } from './rules';
import { defaultThresholds as t } from './thresholds';

// A Monday: the clock every case runs at.
const today = '2026-11-23';
const now = '2026-11-23T10:00:00.000Z';

const agent = (id: string, roles: Role[], extra: Partial<ReminderRows['agents'][number]> = {}) => ({
  id,
  roles,
  startDate: '2026-09-01',
  circonscriptionId: 'c1',
  activated: true,
  ...extra,
});

/** Awa, a recruit with a path in c1 (manager Marc, territory manager Tess), mentored by Inès. */
function rows(extra: Partial<ReminderRows> = {}): ReminderRows {
  return {
    agents: [
      agent('awa', ['recruit']),
      agent('ines', ['mentor']),
      agent('marc', ['manager']),
      agent('tess', ['territoryManager'], { circonscriptionId: null }),
      agent('dina', ['manager'], { circonscriptionId: 'c2' }),
    ],
    circonscriptions: [{ id: 'c1', territoryId: 't1', managerIds: ['marc'] }],
    territories: [{ id: 't1', managerIds: ['tess'] }],
    interims: [],
    delegations: [],
    paths: [
      {
        id: 'p1',
        recruitId: 'awa',
        mentorId: 'ines',
        circonscriptionId: 'c1',
        startDate: '2026-09-01',
      },
    ],
    steps: [],
    syncHealth: [{ id: 'awa', lastSyncAt: '2026-11-23T08:00:00.000Z' }],
    groups: [],
    sessions: [],
    ...extra,
  };
}

const step = (dueDate: string, status = 'todo', updatedAt: string | null = null) => ({
  id: 'p1.03',
  pathId: 'p1',
  dueDate,
  status: status as 'todo',
  updatedAt,
});

/** Who gets what: `recipient rule threshold`, sorted. */
const who = (input: ReminderRows, day = today, at = now) =>
  reminders(input, day, at, t)
    .map((r) => `${r.recipientId} ${r.rule} ${r.threshold}`)
    .sort();

describe('steps: due soon, overdue, escalated', () => {
  it.each([
    ['due in 4 days', '2026-11-27', []],
    ['due in 3 days', '2026-11-26', ['awa stepDueSoon 3']],
    ['due tomorrow', '2026-11-24', ['awa stepDueSoon 3']],
    ['due today: neither soon nor late', today, []],
    ['6 days late', '2026-11-17', []],
    ['7 days late', '2026-11-16', ['awa stepOverdue 7', 'ines stepOverdue 7']],
    ['20 days late', '2026-11-03', ['awa stepOverdue 7', 'ines stepOverdue 7']],
    [
      '21 days late',
      '2026-11-02',
      ['awa stepOverdue 7', 'ines stepOverdue 7', 'marc stepOverdue 21'],
    ],
    ['over a weekend: due Saturday, read Monday', '2026-11-21', []],
  ])('%s', (_, dueDate, expected) => {
    expect(who(rows({ steps: [step(dueDate)] }))).toEqual(expected);
  });

  it.each(['done', 'approved', 'acknowledged', 'returned'])(
    'a step %s in the meantime cancels it',
    (status) => {
      expect(who(rows({ steps: [step('2026-10-01', status)] }))).toEqual([]);
    },
  );

  it('an intérim manager covering today is escalated to as well; one ended is not', () => {
    const interims = [
      { managerId: 'dina', circonscriptionId: 'c1', from: '2026-11-01', until: today },
      { managerId: 'tess', circonscriptionId: 'c1', from: '2026-10-01', until: '2026-11-22' },
    ];
    expect(who(rows({ steps: [step('2026-10-01')], interims }))).toContain('dina stepOverdue 21');
    expect(who(rows({ steps: [step('2026-10-01')], interims }))).not.toContain(
      'tess stepOverdue 21',
    );
  });

  it('no mentor: the recruit alone; a recruit gone or disabled: nobody', () => {
    const paths = [{ ...rows().paths[0]!, mentorId: null }];
    expect(who(rows({ steps: [step('2026-11-16')], paths }))).toEqual(['awa stepOverdue 7']);
    const gone = rows({ steps: [step('2026-10-01')] });
    gone.agents = gone.agents.map((a) => (a.id === 'awa' ? { ...a, endDate: '2026-11-20' } : a));
    expect(who(gone)).toEqual([]);
  });

  it('opens the step for the recruit, her page for the others', () => {
    const list = reminders(rows({ steps: [step('2026-10-01')] }), today, now, t);
    expect(list.find((r) => r.recipientId === 'awa')?.href).toBe('/etapes/p1.03');
    expect(list.find((r) => r.recipientId === 'marc')?.href).toBe('/recrues/awa');
  });
});

describe('milestones waiting for a decision', () => {
  const waiting = (submitted: string) =>
    step('2026-12-15', 'submitted', `${submitted}T09:00:00.000Z`);
  it.each([
    ['submitted 4 days ago', '2026-11-19', []],
    ['5 days ago', '2026-11-18', ['marc milestoneWaiting 5']],
    ['10 days ago', '2026-11-13', ['marc milestoneWaiting 5', 'tess milestoneWaiting 10']],
  ])('%s', (_, on, expected) => {
    expect(who(rows({ steps: [waiting(on)] }))).toEqual(expected);
  });

  it('a submitted milestone is not the recruit’s to do, however late its due date', () => {
    expect(who(rows({ steps: [step('2026-10-01', 'submitted', '2026-11-22T09:00:00Z')] }))).toEqual(
      [],
    );
  });

  it('goes to the delegate while a delegation holds, back to the manager after', () => {
    const delegations = [
      { fromAgentId: 'marc', toAgentId: 'dina', from: '2026-11-20', until: today },
    ];
    const input = rows({ steps: [waiting('2026-11-18')], delegations });
    expect(who(input)).toEqual(['dina milestoneWaiting 5']);
    expect(who(input, '2026-11-24', '2026-11-24T10:00:00Z')).toEqual(['marc milestoneWaiting 5']);
  });

  it('a milestone decided in the meantime cancels it', () => {
    expect(who(rows({ steps: [step('2026-11-01', 'approved', '2026-11-01T09:00:00Z')] }))).toEqual(
      [],
    );
  });
});

describe('a silent device, a session tomorrow, an arrival unprepared', () => {
  it.each([
    ['synced 13 days and 23 hours ago', '2026-11-09T11:00:00.000Z', []],
    ['synced 14 days ago', '2026-11-09T10:00:00.000Z', ['ines silentDevice 14']],
  ])('%s', (_, lastSyncAt, expected) => {
    expect(who(rows({ syncHealth: [{ id: 'awa', lastSyncAt }] }))).toEqual(expected);
  });

  it('never synced: counted from the start of her path', () => {
    expect(who(rows({ syncHealth: [] }))).toEqual(['ines silentDevice 14']);
    const paths = [{ ...rows().paths[0]!, startDate: '2026-11-20' }];
    expect(who(rows({ syncHealth: [], paths }))).toEqual([]);
  });

  it.each([
    ['tomorrow', '2026-11-24', ['awa sessionAhead 1']],
    ['today', today, ['awa sessionAhead 1']],
    ['in 2 days', '2026-11-25', []],
    ['yesterday', '2026-11-22', []],
  ])('a session %s reminds its members', (_, date, expected) => {
    const groups = [{ id: 'g1', memberIds: ['awa'] }];
    expect(who(rows({ groups, sessions: [{ id: 's1', groupId: 'g1', date }] }))).toEqual(expected);
    const closed = [{ ...groups[0]!, closed: true }];
    expect(who(rows({ groups: closed, sessions: [{ id: 's1', groupId: 'g1', date }] }))).toEqual(
      [],
    );
  });

  it.each([
    [
      'without a path',
      { id: 'zoe', startDate: '2026-12-07', activated: true },
      ['marc arrivalWithoutPath 14'],
    ],
    [
      'not activated',
      { id: 'zoe', startDate: '2026-12-07', activated: false },
      ['marc arrivalNotActivated 14', 'marc arrivalWithoutPath 14'],
    ],
    ['in 15 days', { id: 'zoe', startDate: '2026-12-08', activated: false }, []],
    ['arrived yesterday', { id: 'zoe', startDate: '2026-11-22', activated: false }, []],
  ])('a recruit arriving %s', (_, who_, expected) => {
    const input = rows({ syncHealth: [{ id: 'awa', lastSyncAt: now }] });
    input.agents = [...input.agents, agent(who_.id, ['recruit'], who_)];
    expect(who(input)).toEqual(expected);
  });
});

describe('keys, dismissals and notices', () => {
  it('keeps its key from one day to the next, and a new threshold is a new key', () => {
    const input = rows({ steps: [step('2026-11-16')] });
    const monday = reminders(input, today, now, t).map((r) => r.key);
    const tuesday = reminders(input, '2026-11-24', '2026-11-24T10:00:00Z', t).map((r) => r.key);
    expect(tuesday).toEqual(monday);
    expect(monday[0]).toBe('stepOverdue:p1.03:7');
  });

  it('a person’s own, without what she dismissed', () => {
    const all = reminders(rows({ steps: [step('2026-10-01')] }), today, now, t);
    expect(remindersOf(all, 'awa').map((r) => r.key)).toEqual(['stepOverdue:p1.03:7']);
    expect(remindersOf(all, 'awa', new Set(['stepOverdue:p1.03:7']))).toEqual([]);
  });

  it('one notice per person and rule, with no name in it', () => {
    const steps = [step('2026-10-01'), { ...step('2026-10-02'), id: 'p1.04' }];
    const notices = groupNotices(reminders(rows({ steps }), today, now, t));
    const awa = notices.filter((n) => n.recipientId === 'awa');
    expect(awa).toEqual([
      {
        recipientId: 'awa',
        rule: 'stepOverdue',
        count: 2,
        href: '/rappels',
        keys: ['stepOverdue:p1.03:7', 'stepOverdue:p1.04:7'],
      },
    ]);
  });

  it.each([
    ['Monday 07:59 Paris', '2026-11-23T06:59:00Z', false],
    ['Monday 08:00 Paris', '2026-11-23T07:00:00Z', true],
    ['Monday 19:59 Paris', '2026-11-23T18:59:00Z', true],
    ['Monday 20:00 Paris', '2026-11-23T19:00:00Z', false],
    ['summer time, 08:00 Paris', '2026-06-15T06:00:00Z', true],
    ['Saturday noon', '2026-11-21T11:00:00Z', false],
    ['Sunday noon', '2026-11-22T11:00:00Z', false],
  ])('delivers %s: %s', (_, at, ok) => {
    expect(mayDeliverAt(new Date(at))).toBe(ok);
  });
});
