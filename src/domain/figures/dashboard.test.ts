import { describe, expect, it } from 'vitest';
import {
  dashboardCounts,
  dashboardSearch,
  defaultQuery,
  readDashboardQuery,
  selectRows,
  type DashboardQuery,
} from './dashboard';
import type { RecruitRow } from './recruit-row';

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
    [{ filter: 'all', sort: 'attention' }, ['Adam', 'Zoé', 'Émilie', 'Nora']],
    [{ filter: 'overdue' }, ['Adam', 'Zoé']],
    [{ filter: 'waiting' }, ['Adam', 'Zoé']],
    [{ filter: 'overdue', status: 'contract' }, ['Adam']],
    [{ filter: 'noPath', status: 'apprentice' }, []],
    [{ filter: 'noMentor' }, ['Zoé']], // Nora has no path yet: not "without mentor"
    [{ filter: 'noPath' }, ['Nora']],
    [{ filter: 'trainingShortfall' }, ['Zoé']],
    [{ status: 'apprentice' }, ['Zoé']],
    [{ filter: 'bogus', sort: '???', status: 'x' }, ['Adam', 'Zoé', 'Émilie', 'Nora']],
  ])('%j → %j', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  // Ties under 'attention': the same overdue and waiting, then the longest wait, then the name.
  it.each([
    [
      [
        { displayName: 'Anne', overdue: 1, waiting: 1, oldestWaitDays: 0 },
        { displayName: 'Béa', overdue: 1, waiting: 1, oldestWaitDays: 12 },
      ],
      ['Béa', 'Anne'],
    ],
    [
      [
        { displayName: 'Zélie', overdue: 1, waiting: 0, oldestWaitDays: null },
        { displayName: 'Élise', overdue: 1, waiting: 0, oldestWaitDays: null },
        { displayName: 'Anne', overdue: 0, waiting: 5, oldestWaitDays: 30 },
      ],
      ['Élise', 'Zélie', 'Anne'],
    ],
    [
      [
        { displayName: 'Anne', overdue: 0, waiting: 1, oldestWaitDays: 0 },
        { displayName: 'Béa', overdue: 0, waiting: 0, oldestWaitDays: null },
      ],
      ['Anne', 'Béa'], // waiting since today still comes before nothing waiting
    ],
  ])('attention over %j → %j', (some, expected) => {
    const list = selectRows(some as unknown as RecruitRow[], defaultQuery);
    expect(list.map((r) => r.displayName)).toEqual(expected);
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
    expect(dashboardCounts([])).toEqual({
      recruits: 0,
      overdue: 0,
      waiting: 0,
      noMentor: 0,
      trainingShortfall: 0,
      noPath: 0,
    });
  });
});

describe('the dashboard query in the URL', () => {
  const query = (patch: Partial<DashboardQuery>): DashboardQuery => ({ ...defaultQuery, ...patch });

  it.each([
    [new URLSearchParams(''), defaultQuery],
    [new URLSearchParams('filter=noMentor'), query({ filter: 'noMentor' })],
    [new URLSearchParams('status=vae&sort=sync&x=1'), query({ status: 'vae', sort: 'sync' })],
    [new URLSearchParams('filter=NOMENTOR&sort='), defaultQuery], // exact values only
    [{ filter: 'waiting', status: undefined }, query({ filter: 'waiting' })],
    [{ filter: 'toString', status: 'constructor', sort: '__proto__' }, defaultQuery],
    [{}, defaultQuery],
  ] as const)('%s → %j', (params, expected) => {
    expect(readDashboardQuery(params)).toEqual(expected);
  });

  it.each([
    [defaultQuery, ''],
    [query({ filter: 'waiting' }), 'filter=waiting'],
    [query({ status: 'apprentice', sort: 'name' }), 'status=apprentice&sort=name'],
    [
      query({ filter: 'noPath', status: 'civicService', sort: 'progress' }),
      'filter=noPath&status=civicService&sort=progress',
    ],
  ])('%j → "%s", and back', (written, search) => {
    expect(dashboardSearch(written)).toBe(search);
    expect(readDashboardQuery(new URLSearchParams(search))).toEqual(written);
  });
});
