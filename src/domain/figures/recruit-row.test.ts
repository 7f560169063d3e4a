import { describe, expect, it } from 'vitest';
import { template } from '../commands/fixture';
import type { Step } from '../entities';
import type { Agent } from '../organisation';
import { createPath } from '../path';
import { dashboardCounts, dashboardSearch, readDashboardQuery, selectRows } from './dashboard';
import { isSupervisedRecruit, recruitRow, type RecruitRow } from './recruit-row';
import { syncFreshness } from './sync-freshness';

const agent: Agent = {
  id: '00000000-0000-4000-8000-000000000021',
  email: 'a@demo.parcours.fr',
  displayName: 'Inès',
  roles: ['recruit'],
  job: 'Assistante de service social',
  status: 'contract',
  circonscriptionId: '00000000-0000-4000-8000-000000000011',
  startDate: '2026-09-01',
  phone: null,
};
const made = createPath(template, {
  id: '00000000-0000-4000-8000-000000000081',
  recruitId: agent.id,
  mentorId: null,
  circonscriptionId: agent.circonscriptionId!,
  startDate: '2026-09-01',
});
// admin day 1, phone day 1, milestone month 1, training month 3 (1 December: not yet due)
const at = (i: number, patch: Partial<Step>) =>
  made.steps.map((step, j) => (j === i ? { ...step, ...patch } : step));

describe('syncFreshness', () => {
  it.each([
    [null, 'never'],
    ['2026-11-29T08:00:00.000Z', 'recent'],
    ['2026-11-26T12:00:00.000Z', 'recent'], // exactly 3 days
    ['2026-11-26T11:00:00.000Z', 'stale'],
    ['2026-11-22T12:00:00.000Z', 'stale'], // exactly 7 days
    ['2026-11-22T11:59:00.000Z', 'old'],
  ] as const)('last sync %s → %s', (last, expected) => {
    expect(syncFreshness(last, '2026-11-29T12:00:00.000Z')).toBe(expected);
  });
});

describe('recruitRow', () => {
  const row = (steps: Step[], today = '2026-11-29', extra = {}) =>
    recruitRow(
      { agent, path: made.path, steps, trainings: [], mentor: null, lastSyncAt: null, ...extra },
      today,
      `${today}T12:00:00.000Z`,
    );

  it.each([
    [
      'nothing done, three months in',
      made.steps,
      { done: 0, overdue: 3, waiting: 0, equipmentPending: 1 },
    ],
    [
      'the phone acknowledged',
      at(1, { status: 'acknowledged' }),
      { done: 1, overdue: 2, equipmentPending: 0 },
    ],
    ['the phone returned', at(1, { status: 'returned' }), { done: 1, equipmentPending: 0 }],
    [
      'a milestone submitted 4 days ago',
      at(2, { status: 'submitted', updatedAt: '2026-11-25T09:00:00.000Z' }),
      { waiting: 1, oldestWaitDays: 4 },
    ],
    [
      'a milestone submitted today',
      at(2, { status: 'submitted', updatedAt: '2026-11-29T07:00:00.000Z' }),
      { waiting: 1, oldestWaitDays: 0 },
    ],
    [
      'a milestone submitted before stamps: its due date counts',
      at(2, { status: 'submitted', updatedAt: null }),
      { oldestWaitDays: 59 },
    ],
  ] as const)('%s', (_, steps, expected) => {
    expect(row([...steps])).toMatchObject(expected);
  });

  it('counts progress and nothing overdue before the first due date', () => {
    const early = row(made.steps, '2026-08-01');
    expect([early.overdue, early.progress, early.total]).toEqual([0, 0, 4]);
    expect(row(at(0, { status: 'done' })).progress).toBe(0.25);
  });

  it('has no path, no progress and no mentor for a newcomer', () => {
    const r = recruitRow(
      { agent, path: null, steps: [], trainings: [], mentor: null, lastSyncAt: null },
      '2026-11-29',
      '2026-11-29T12:00:00.000Z',
    );
    expect([r.pathId, r.progress, r.total, r.mentorName, r.freshness]).toEqual([
      null,
      0,
      0,
      null,
      'never',
    ]);
  });

  it('uses the training account of the domain: prorated target, shortfall', () => {
    const r = row(made.steps, '2026-11-29');
    expect(r.training.target).toBe(1.5); // arrived 1 September: 122 days of 365, by half days
    expect(r.trainingShortfall).toBe(true);
    const trained = row(made.steps, '2026-11-29', {
      trainings: [
        {
          id: 't',
          agentId: agent.id,
          date: '2026-10-01',
          title: 'x',
          provider: null,
          days: 2,
          version: 1,
        },
      ],
    });
    expect(trained.trainingShortfall).toBe(false);
  });

  it.each([
    [['recruit'], false, true],
    [['mentor'], false, false],
    [['mentor'], true, true],
  ] as const)('roles %j, path %s → on the dashboard %s', (roles, hasPath, shown) => {
    expect(isSupervisedRecruit({ roles: [...roles] }, hasPath)).toBe(shown);
  });
});

describe('the dashboard query', () => {
  const rows = [
    {
      displayName: 'Émilie',
      overdue: 0,
      waiting: 0,
      oldestWaitDays: null,
      pathId: 'p',
      mentorId: 'm',
      trainingShortfall: false,
      status: 'contract',
      progress: 0.9,
      startDate: '2026-01-01',
      lastSyncAt: '2026-11-28',
    },
    {
      displayName: 'Zoé',
      overdue: 3,
      waiting: 1,
      oldestWaitDays: 2,
      pathId: 'p',
      mentorId: null,
      trainingShortfall: true,
      status: 'apprentice',
      progress: 0.1,
      startDate: '2026-06-01',
      lastSyncAt: null,
    },
    {
      displayName: 'Adam',
      overdue: 3,
      waiting: 2,
      oldestWaitDays: 9,
      pathId: 'p',
      mentorId: 'm',
      trainingShortfall: false,
      status: 'contract',
      progress: 0.5,
      startDate: '2026-03-01',
      lastSyncAt: '2026-11-01',
    },
    {
      displayName: 'Nora',
      overdue: 0,
      waiting: 0,
      oldestWaitDays: null,
      pathId: null,
      mentorId: null,
      trainingShortfall: false,
      status: 'contract',
      progress: 0,
      startDate: '2026-12-09',
      lastSyncAt: null,
    },
  ] as unknown as RecruitRow[];
  const names = (query: Record<string, string>) =>
    selectRows(rows, readDashboardQuery(query)).map((r) => r.displayName);

  it.each([
    [{}, ['Adam', 'Zoé', 'Émilie', 'Nora']], // attention: overdue, then waiting
    [{ sort: 'name' }, ['Adam', 'Émilie', 'Nora', 'Zoé']], // French collation: É with E
    [{ sort: 'progress' }, ['Nora', 'Zoé', 'Adam', 'Émilie']],
    [{ sort: 'startDate' }, ['Émilie', 'Adam', 'Zoé', 'Nora']],
    [{ sort: 'sync' }, ['Nora', 'Zoé', 'Adam', 'Émilie']], // never first
    [{ filter: 'overdue' }, ['Adam', 'Zoé']],
    [{ filter: 'noMentor' }, ['Zoé']], // Nora has no path yet: not "without mentor"
    [{ filter: 'noPath' }, ['Nora']],
    [{ filter: 'trainingShortfall' }, ['Zoé']],
    [{ status: 'apprentice' }, ['Zoé']],
    [{ filter: 'bogus', sort: '???', status: 'x' }, ['Adam', 'Zoé', 'Émilie', 'Nora']],
  ])('%j → %j', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it('writes only what differs from the defaults into the URL, and reads it back', () => {
    const query = readDashboardQuery(new URLSearchParams('filter=waiting&sort=attention'));
    expect(dashboardSearch(query)).toBe('filter=waiting');
    expect(readDashboardQuery(new URLSearchParams(dashboardSearch(query)))).toEqual(query);
  });

  it('counts', () => {
    expect(dashboardCounts(rows)).toEqual({
      recruits: 4,
      overdue: 2,
      waiting: 3,
      noMentor: 1,
      trainingShortfall: 1,
      noPath: 1,
    });
  });
});
