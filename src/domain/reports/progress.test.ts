import { describe, expect, it } from 'vitest';
import { toCsv } from '../csv';
import { dashboardCounts } from '../figures/dashboard';
import { stepDigests } from '../figures/step-digest';
import { agent, ids, path, rows, step } from './fixture';
import { progressReport, toCsvRows } from './progress';
import { recruitRowsOf } from './recruit-rows';

const today = '2026-11-29';
const now = '2026-11-29T09:00:00.000Z';
const plan = { start: '2025-11-01', recruits: 450, months: 36 };

const mentor = agent(9, { roles: ['mentor'], startDate: '2015-03-01' });
const r1 = agent(1, { startDate: '2026-01-10' });
const r2 = agent(2, { startDate: '2026-05-20', endDate: '2026-10-31' });
const r3 = agent(3, { circonscriptionId: ids.c2, startDate: '2025-11-15' });
const r4 = agent(4, { circonscriptionId: ids.c3, startDate: '2026-11-02' });
const r5 = agent(5, { startDate: '2026-12-10' });
const p1 = path(r1.id, { mentorId: mentor.id });
const p2 = path(r2.id);
const p3 = path(r3.id, { circonscriptionId: ids.c2, mentorId: mentor.id });
const data = rows({
  agents: [mentor, r1, r2, r3, r4, r5],
  paths: [p1, p2, p3],
  stepDigests: stepDigests([
    step(p1.id, 0, { status: 'done' }),
    step(p1.id, 1, { status: 'done' }),
    step(p1.id, 2, { dueDate: '2026-10-01' }),
    step(p1.id, 3, {
      kind: 'milestone',
      needsApproval: true,
      status: 'submitted',
      dueDate: '2026-12-20',
      updatedAt: '2026-11-19T10:00:00.000Z',
    }),
    step(p2.id, 0, { status: 'done' }),
    step(p2.id, 1, { dueDate: '2026-12-15' }),
    step(p3.id, 0, { dueDate: '2026-12-15' }),
  ]),
});

describe('progressReport', () => {
  const report = progressReport(data, { all: true }, today, now, plan);
  const line = (name: string) =>
    report.lines.find((l) => (l.circonscription ?? l.territory ?? 'Total') === name);

  it('lists each territory’s circonscriptions, then the territory, then the total', () => {
    expect(report.lines.map((l) => [l.level, l.circonscription ?? l.territory])).toEqual([
      ['circonscription', 'Bobigny'],
      ['territory', 'Est Ensemble'],
      ['circonscription', 'Saint-Denis'],
      ['circonscription', 'Saint-Ouen'],
      ['territory', 'Plaine Commune'],
      ['total', null],
    ]);
  });

  it.each([
    // [line, recruits, average progress, overdue steps, waiting, oldest wait, without mentor]
    ['Saint-Denis', 3, 0.5, 1, 1, 10, 1],
    ['Saint-Ouen', 1, 0, 0, 0, null, 0],
    ['Bobigny', 1, null, 0, 0, null, 0],
    // Over the territory's recruits, not an average of its circonscriptions' averages.
    ['Plaine Commune', 4, 1 / 3, 1, 1, 10, 1],
    ['Total', 5, 1 / 3, 1, 1, 10, 1],
  ] as const)('%s: the dashboards’ figures', (name, recruits, progress, overdue, ...rest) => {
    const [waiting, oldest, noMentor] = rest;
    expect(line(name)).toMatchObject({
      recruits,
      averageProgress: progress,
      overdueSteps: overdue,
      waiting,
      oldestWaitDays: oldest,
      withoutMentor: noMentor,
    });
  });

  it.each([
    // [line, arrivals since the plan, arrived ≥ 6 months ago, still there, ≥ 12, still there]
    ['Saint-Denis', 2, 2, 1, 0, 0],
    ['Saint-Ouen', 1, 1, 1, 1, 1],
    ['Bobigny', 1, 0, 0, 0, 0],
    ['Plaine Commune', 3, 3, 2, 1, 1],
    ['Total', 4, 3, 2, 1, 1],
  ] as const)('%s: retention at 6 and 12 months', (name, arrivals, ...cohorts) => {
    const [cohort6, stayed6, cohort12, stayed12] = cohorts;
    expect(line(name)).toMatchObject({ arrivals, cohort6, stayed6, cohort12, stayed12 });
  });

  it('counts arrivals per month against 12.5 a month, from the plan’s first month', () => {
    expect(report.arrivals).toHaveLength(13);
    expect(report.arrivals[0]).toEqual({
      month: '2025-11',
      arrivals: 1,
      cumulative: 1,
      planned: 12.5,
      gap: -11.5,
    });
    expect(report.arrivals.at(-1)).toEqual({
      month: '2026-11',
      arrivals: 1,
      cumulative: 4,
      planned: 162.5,
      gap: -158.5,
    });
  });

  it('gives no plan figure for a part of the département, nor months before the plan', () => {
    const mine = progressReport(
      data,
      { all: false, circonscriptionIds: [ids.c1] },
      today,
      now,
      plan,
    );
    expect(mine.arrivals.every((m) => m.planned === null && m.gap === null)).toBe(true);
    expect(mine.lines.map((l) => l.circonscription ?? l.territory)).toEqual([
      'Saint-Denis',
      'Plaine Commune',
      null,
    ]);
    const early = progressReport(data, { all: true }, '2025-10-31', now, plan);
    expect(early.arrivals).toEqual([]);
  });

  it('equals a manager’s dashboard for her circonscription', () => {
    const scope = { all: false, circonscriptionIds: [ids.c1] } as const;
    const counts = dashboardCounts(recruitRowsOf(data, scope, today, now));
    const mine = progressReport(data, scope, today, now, plan).lines[0]!;
    expect([mine.recruits, mine.waiting, mine.withoutMentor, mine.trainingShortfall]).toEqual([
      counts.recruits,
      counts.waiting,
      counts.noMentor,
      counts.trainingShortfall,
    ]);
  });
});

describe('toCsvRows', () => {
  it('writes the table, an empty line, then the months against the plan', () => {
    const report = progressReport(data, { all: true }, today, now, plan);
    const lines = toCsv(toCsvRows(report)).slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Niveau;Territoire;Circonscription;Service;Recrues suivies;/);
    expect(lines[3]).toBe(
      'Circonscription;Plaine Commune;Saint-Denis;SSD;3;50;1;1;10;2;1;2;2;1;50;0;0;',
    );
    expect(lines[7]).toBe('');
    expect(lines[8]).toBe('Mois;Arrivées;Arrivées cumulées;Cumul prévu par le plan;Écart au plan');
    expect(lines[9]).toBe('11/2025;1;1;12,5;-11,5');
  });
});
