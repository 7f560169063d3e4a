import { describe, expect, it } from 'vitest';
import { toCsv } from '../csv';
import { bonusLedger, csvFileName, toCsvRows, type BonusPeriod } from './bonuses';
import { agent, ids, interim, path, rows, tutoring } from './fixture';
import { daysInMonth, monthsOf } from './periods';

const all = { all: true } as const;
const tutor = agent(1, { displayName: 'Julien Moreau', roles: ['mentor'] });
const tutee = agent(2, { displayName: 'Lucas Martin', status: 'apprentice' });
const manager = agent(3, { displayName: 'Sophie Lambert', roles: ['manager'] });
const agents = [tutor, tutee, manager];

/** [month, days covered, amount] of each line. */
const ledger = (more: Parameters<typeof rows>[0], period: BonusPeriod, scope = all as never) =>
  bonusLedger(rows({ agents, ...more }), period, scope).map((line) => [
    line.month,
    line.daysCovered,
    line.amount,
  ]);

describe('bonusLedger', () => {
  it.each([
    // [case, tutee status, from, until, month, days covered, amount]
    ['an apprentice from the 15th', 'apprentice', '2026-03-15', null, '2026-03', 17, 54.84],
    ['an intern, a whole month', 'intern', '2026-01-10', null, '2026-04', 30, 100],
    ['a volunteer from the 15th', 'civicService', '2026-03-15', null, '2026-03', 17, 27.42],
    ['a volunteer, a whole month', 'civicService', '2025-09-01', null, '2026-02', 28, 50],
    ['ends on the 10th', 'apprentice', '2025-09-01', '2026-06-10', '2026-06', 10, 33.33],
    ['one day', 'apprentice', '2026-05-31', '2026-05-31', '2026-05', 1, 3.23],
    ['a leap February', 'apprentice', '2027-09-01', null, '2028-02', 29, 100],
  ] as const)('tutoring, %s', (_case, status, from, until, month, days, amount) => {
    const list = [tutoring(tutor.id, tutee.id, status, from, until)];
    expect(ledger({ tutorings: list }, { month })).toEqual([[month, days, amount]]);
  });

  it.each([
    ['before it starts', '2026-03-15', null, '2026-02'],
    ['after it ends', '2025-09-01', '2026-01-31', '2026-02'],
  ] as const)('owes nothing for a month %s', (_case, from, until, month) => {
    const list = [tutoring(tutor.id, tutee.id, 'apprentice', from, until)];
    expect(ledger({ tutorings: list }, { month })).toEqual([]);
  });

  it('pays an open-ended tutoring every month of the year: 12 lines, 1,200 €', () => {
    const list = [tutoring(tutor.id, tutee.id, 'apprentice', '2025-06-01', null)];
    const lines = ledger({ tutorings: list }, { year: 2026 });
    expect(lines.map(([month]) => month)).toEqual(monthsOf({ year: 2026 }));
    expect(lines.reduce((sum, [, , amount]) => sum + Number(amount), 0)).toBe(1200);
  });

  it('starts a year with a tutoring from 15 March: March prorated, then whole months', () => {
    const list = [tutoring(tutor.id, tutee.id, 'apprentice', '2026-03-15', null)];
    const lines = ledger({ tutorings: list }, { year: 2026 });
    expect(lines[0]).toEqual(['2026-03', 17, 54.84]);
    expect(lines.slice(1).map(([, , amount]) => amount)).toEqual(Array(9).fill(100));
  });

  it('ends an open tutoring on the tutee’s end date', () => {
    const leaver = { ...tutee, endDate: '2026-06-10' };
    const list = [tutoring(tutor.id, tutee.id, 'apprentice', '2025-09-01', null)];
    const lines = bonusLedger(
      rows({ agents: [tutor, leaver], tutorings: list }),
      { year: 2026 },
      all,
    );
    expect(lines.at(-1)).toMatchObject({ month: '2026-06', daysCovered: 10, amount: 33.33 });
  });

  it('counts each day once when records overlap', () => {
    const list = [
      tutoring(tutor.id, tutee.id, 'apprentice', '2026-03-01', '2026-03-20'),
      tutoring(tutor.id, tutee.id, 'apprentice', '2026-03-10', '2026-03-31'),
    ];
    expect(ledger({ tutorings: list }, { month: '2026-03' })).toEqual([['2026-03', 31, 100]]);
  });

  it('pays an intérim crossing months in each of them, prorated', () => {
    const list = [interim(manager.id, ids.c2, '2026-01-28', '2026-02-03')];
    const lines = bonusLedger(rows({ agents, interims: list }), { year: 2026 }, all);
    expect(lines.map((l) => [l.month, l.from, l.until, l.daysCovered, l.amount])).toEqual([
      ['2026-01', '2026-01-28', '2026-01-31', 4, 12.9],
      ['2026-02', '2026-02-01', '2026-02-03', 3, 10.71],
    ]);
    expect(lines[0]).toMatchObject({ kind: 'interim', forName: 'Saint-Ouen', monthlyRate: 100 });
  });

  it('keeps the scope: the tutee’s circonscription, the covered circonscription', () => {
    const far = agent(4, { circonscriptionId: ids.c3, status: 'intern' });
    const movedIn = agent(5, { circonscriptionId: ids.c3, status: 'intern' });
    const lines = bonusLedger(
      rows({
        agents: [...agents, far, movedIn],
        paths: [path(movedIn.id, { circonscriptionId: ids.c1 })],
        tutorings: [
          tutoring(tutor.id, far.id, 'intern', '2026-01-01', null),
          tutoring(tutor.id, movedIn.id, 'intern', '2026-01-01', null),
        ],
        interims: [
          interim(manager.id, ids.c3, '2026-03-01', '2026-03-31'),
          interim(manager.id, ids.c1, '2026-03-01', '2026-03-31'),
        ],
      }),
      { month: '2026-03' },
      { all: false, circonscriptionIds: [ids.c1] },
    );
    expect(lines.map((l) => [l.personName, l.kind, l.forName])).toEqual([
      ['Julien Moreau', 'tutoring', movedIn.displayName],
      ['Sophie Lambert', 'interim', 'Saint-Denis'],
    ]);
  });

  it('orders by month, name, tutoring before intérim', () => {
    const both = agent(6, { displayName: 'Aïcha Diallo', roles: ['manager', 'mentor'] });
    const lines = bonusLedger(
      rows({
        agents: [...agents, both],
        tutorings: [tutoring(both.id, tutee.id, 'apprentice', '2026-01-01', null)],
        interims: [
          interim(both.id, ids.c2, '2026-01-01', '2026-02-28'),
          interim(manager.id, ids.c3, '2026-01-01', '2026-01-31'),
        ],
      }),
      { year: 2026 },
      all,
    );
    expect(lines.slice(0, 4).map((l) => [l.month, l.personName, l.kind])).toEqual([
      ['2026-01', 'Aïcha Diallo', 'tutoring'],
      ['2026-01', 'Aïcha Diallo', 'interim'],
      ['2026-01', 'Sophie Lambert', 'interim'],
      ['2026-02', 'Aïcha Diallo', 'tutoring'],
    ]);
  });
});

describe('periods', () => {
  it.each([
    ['2026-02', 28],
    ['2028-02', 29],
    ['2026-04', 30],
    ['2026-12', 31],
  ])('%s has %i days', (month, days) => {
    expect(daysInMonth(month)).toBe(days);
  });
});

describe('toCsvRows', () => {
  it('writes one line per person and month, for payroll', () => {
    const list = [tutoring(tutor.id, tutee.id, 'apprentice', '2026-03-15', null)];
    const lines = bonusLedger(rows({ agents, tutorings: list }), { month: '2026-03' }, all);
    const [header, first] = toCsv(toCsvRows(lines)).slice(1).split('\r\n');
    expect(header).toBe(
      'Mois;Bénéficiaire;Courriel;Motif;Tutoré·e ou circonscription couverte;' +
        'Statut du ou de la tutoré·e;Du;Au;Jours couverts;Jours du mois;' +
        'Montant mensuel plein (€);Montant dû (€)',
    );
    expect(first).toBe(
      '03/2026;Julien Moreau;agent1@demo.parcours.fr;Tutorat;Lucas Martin;Apprenti·e;' +
        '15/03/2026;31/03/2026;17;31;100;54,84',
    );
    expect(csvFileName({ month: '2026-03' })).toBe('primes-2026-03.csv');
    expect(csvFileName({ year: 2026 })).toBe('primes-2026.csv');
  });
});
