import { describe, expect, it } from 'vitest';
import { toCsv } from '../csv';
import { proratedTarget, trainingAccount } from '../training';
import { agent, ids, path, rows, training } from './fixture';
import { groupTrainingDays } from './training-groups';
import { toCsvRows, trainingDaysReport, type TrainingDaysLine } from './training-days';

const all = { all: true } as const;
const one = (
  more: Parameters<typeof agent>[1],
  days: [string, number][],
  year: number,
  today: string,
): TrainingDaysLine | undefined => {
  const a = agent(1, more);
  const list = days.map(([date, d]) => training(a.id, date, d));
  return trainingDaysReport(rows({ agents: [a], trainings: list }), year, all, today)[0];
};

describe('trainingDaysReport', () => {
  it.each([
    // [case, agent, trainings, year, today, days, target, shortfall, forecast, standing]
    ['a full year, nothing yet at mid-year', {}, [], 2026, '2026-07-01', 0, 5, 5, 0, 'behind'],
    [
      'half days, on pace at mid-year',
      {},
      [
        ['2026-02-03', 0.5],
        ['2026-03-10', 1.5],
        ['2026-06-30', 0.5],
      ],
      2026,
      '2026-07-01',
      2.5,
      5,
      2.5,
      5,
      'onTrack',
    ],
    [
      'slow pace: 1 day at mid-year forecasts 2',
      {},
      [['2026-03-10', 1]],
      2026,
      '2026-07-01',
      1,
      5,
      4,
      2,
      'behind',
    ],
    [
      'a start mid-year, on her first day',
      { startDate: '2026-07-01' },
      [],
      2026,
      '2026-07-01',
      0,
      2.5,
      2.5,
      0,
      'onTrack',
    ],
    [
      'a start on 1 September, nothing on 31 December: still her year',
      { startDate: '2026-09-01' },
      [],
      2026,
      '2026-12-31',
      0,
      1.5,
      1.5,
      0,
      'behind',
    ],
    [
      'a start on 1 September, nothing by the next year',
      { startDate: '2026-09-01' },
      [],
      2026,
      '2027-01-04',
      0,
      1.5,
      1.5,
      0,
      'missed',
    ],
    [
      'a start on 1 September, a day by mid-November',
      { startDate: '2026-09-01' },
      [['2026-10-01', 1]],
      2026,
      '2026-11-15',
      1,
      1.5,
      0.5,
      1.5,
      'onTrack',
    ],
    [
      'a leaver on 30 June, seen in November',
      { endDate: '2026-06-30' },
      [['2026-03-01', 1]],
      2026,
      '2026-11-29',
      1,
      2.5,
      1.5,
      1,
      'missed',
    ],
    [
      'a leaver on 30 June, seen in April: prorated to her end',
      { endDate: '2026-06-30' },
      [['2026-03-01', 1.5]],
      2026,
      '2026-04-01',
      1.5,
      2.5,
      1,
      2.5,
      'onTrack',
    ],
    [
      'a past year, target met',
      {},
      [
        ['2025-03-01', 3],
        ['2025-11-01', 2],
        ['2026-01-10', 1],
      ],
      2025,
      '2026-11-29',
      5,
      5,
      0,
      5,
      'met',
    ],
    [
      'a past year, half a day short',
      {},
      [['2025-03-01', 4.5]],
      2025,
      '2026-11-29',
      4.5,
      5,
      0.5,
      4.5,
      'missed',
    ],
    [
      'beyond the target: the forecast is the days recorded',
      {},
      [
        ['2026-01-10', 5],
        ['2026-02-10', 2],
      ],
      2026,
      '2026-03-01',
      7,
      5,
      0,
      7,
      'met',
    ],
    [
      'one half day in her first week does not forecast a dozen',
      { startDate: '2026-03-02' },
      [['2026-03-03', 0.5]],
      2026,
      '2026-03-06',
      0.5,
      4,
      3.5,
      4,
      'onTrack',
    ],
    ['next year, not begun', {}, [], 2027, '2026-11-29', 0, 5, 5, 0, 'onTrack'],
  ] as const)(
    '%s',
    (_case, more, days, year, today, recorded, target, shortfall, forecast, standing) => {
      const line = one(more, days as unknown as [string, number][], year, today);
      expect(line).toMatchObject({ days: recorded, target, shortfall, forecast, standing });
      expect(line?.atRisk).toBe(standing === 'behind' || standing === 'missed');
    },
  );

  it.each([
    ['left before the year', { endDate: '2025-12-31' }],
    ['arrives after the year', { startDate: '2027-01-04' }],
  ])('leaves out an agent not in post that year: %s', (_case, more) => {
    expect(one(more, [], 2026, '2026-11-29')).toBeUndefined();
  });

  it('uses the one prorating rule of training.ts', () => {
    expect(proratedTarget(2026, '2026-11-01')).toBe(1);
    expect(proratedTarget(2026, '2020-01-01', '2026-06-30')).toBe(2.5);
    expect(proratedTarget(2026, '2026-03-01', '2026-03-31')).toBe(0.5);
    expect(one({ startDate: '2026-11-01' }, [], 2026, '2026-11-29')?.target).toBe(1);
  });

  it('agrees with the dashboards: behind this year exactly when trainingAccount says so', () => {
    for (const [start, list, today] of [
      ['2020-01-01', [], '2026-02-15'],
      ['2020-01-01', [['2026-01-20', 0.5]], '2026-03-15'],
      ['2026-05-01', [['2026-06-01', 1]], '2026-10-01'],
      ['2026-05-01', [], '2026-05-20'],
    ] as const) {
      const records = list.map(([date, days]) => ({ date, days }));
      const line = one({ startDate: start }, list as unknown as [string, number][], 2026, today);
      const account = trainingAccount(records, today, start);
      expect([line?.target, line?.standing === 'behind']).toEqual([
        account.target,
        account.pace === 'behind',
      ]);
    }
  });

  it('counts the agents of the scope, where their path is, at risk first', () => {
    const movedIn = agent(2, { circonscriptionId: ids.c2, displayName: 'Bérénice' });
    const far = agent(3, { circonscriptionId: ids.c3 });
    const met = agent(4, { displayName: 'Aline' });
    const behind = agent(5, { displayName: 'Zoé' });
    const report = trainingDaysReport(
      rows({
        agents: [met, movedIn, far, behind],
        paths: [path(movedIn.id, { circonscriptionId: ids.c1 })],
        trainings: [training(met.id, '2026-02-01', 5), training(movedIn.id, '2026-02-01', 3)],
      }),
      2026,
      { all: false, circonscriptionIds: [ids.c1] },
      '2026-07-01',
    );
    expect(report.map((line) => [line.displayName, line.standing])).toEqual([
      ['Zoé', 'behind'],
      ['Bérénice', 'onTrack'],
      ['Aline', 'met'],
    ]);
    expect(report[1]).toMatchObject({
      circonscription: 'Saint-Denis',
      territory: 'Plaine Commune',
      service: 'SSD',
    });
  });
});

describe('groupTrainingDays', () => {
  const agents = [
    agent(1, { status: 'apprentice' }),
    agent(2, { circonscriptionId: ids.c3, status: 'apprentice' }),
    agent(3, { circonscriptionId: ids.c3 }),
  ];
  const report = trainingDaysReport(
    rows({ agents, trainings: [training(agents[0]!.id, '2026-02-01', 5)] }),
    2026,
    all,
    '2026-07-01',
  );

  it.each([
    [
      'circonscription',
      [
        ['Bobigny', 2, 10, 2],
        ['Saint-Denis', 1, 0, 0],
      ],
    ],
    [
      'service',
      [
        ['PMI', 2, 10, 2],
        ['SSD', 1, 0, 0],
      ],
    ],
    [
      'status',
      [
        ['apprentice', 2, 5, 1],
        ['contract', 1, 5, 1],
      ],
    ],
    ['job', [['Assistante de service social', 3, 10, 2]]],
  ] as const)('by %s: [label, agents, shortfall, at risk]', (by, expected) => {
    const groups = groupTrainingDays(report, by);
    expect(groups.map((g) => [g.label, g.agents, g.shortfall, g.atRisk])).toEqual(expected);
  });
});

describe('toCsvRows', () => {
  it('writes a French header and one line per agent', () => {
    const line = one(
      { displayName: 'Inès Benali', startDate: '2026-09-28', status: 'apprentice' },
      [['2026-10-05', 0.5]],
      2026,
      '2026-11-29',
    )!;
    const file = toCsv(toCsvRows([line]));
    const [header, first] = file.slice(1).split('\r\n');
    expect(header).toBe(
      'Agent;Courriel;Territoire;Circonscription;Service;Métier;Statut;Date d’entrée;' +
        'Date de fin;Année;Jours réalisés;Objectif (jours);Manque (jours);' +
        'Prévision à ce rythme (jours);Situation',
    );
    expect(first).toBe(
      'Inès Benali;agent1@demo.parcours.fr;Plaine Commune;Saint-Denis;SSD;' +
        'Assistante de service social;Apprenti·e;28/09/2026;;2026;0,5;1,5;1;1;Dans les temps',
    );
  });
});
