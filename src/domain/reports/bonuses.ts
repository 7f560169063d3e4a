import { csvDate, csvMonth, type CsvCell } from '../csv';
import type { IsoDate } from '../dates';
import type { Tutoring } from '../entities';
import { tuteeStatusLabels } from './labels';
import {
  clip,
  covered,
  daysInMonth,
  monthsOf,
  type BonusPeriod,
  type ClosedSpan,
  type Span,
} from './periods';
import {
  byFrench,
  covers,
  pathsByRecruit,
  placeOf,
  type ReportRows,
  type ReportScope,
} from './scope';

export type { BonusPeriod } from './periods';

/** The plan's monthly bonuses (DESIGN §1), in euros. */
export const monthlyBonus = {
  apprentice: 100,
  intern: 100,
  civicService: 50,
  interim: 100,
} as const;

export interface BonusLine {
  /** YYYY-MM */
  month: string;
  kind: 'tutoring' | 'interim';
  /** The tutor, or the manager holding the intérim: who is paid. */
  personId: string;
  personName: string;
  personEmail: string;
  /** The tutee, or the circonscription covered. */
  forId: string;
  forName: string;
  tuteeStatus: Tutoring['tuteeStatus'] | null;
  /** The first and last days of the month the record covers. */
  from: IsoDate;
  until: IsoDate;
  daysCovered: number;
  daysInMonth: number;
  monthlyRate: number;
  /** In euros, to the cent. */
  amount: number;
}

type Rows = Pick<ReportRows, 'agents' | 'paths' | 'circonscriptions' | 'tutorings' | 'interims'>;

/**
 * The bonus ledger: a line per person paid, per month, per tutee or circonscription covered.
 *
 * The rule: a bonus is PRORATED BY CALENDAR DAYS. A month fully covered pays the monthly rate;
 * a month covered in part pays rate × days covered / days in that month, to the cent (a
 * tutoring from 15 March: 17/31 of 100 € = 54.84 €). Why not "a full month per started
 * month": the plan pays a service rendered each month, and counting started months would pay
 * a whole month for a tutoring that begins on the 31st, and two for a four-day intérim over a
 * month's end. Payroll prorates a monthly allowance for part of a month too (public payroll
 * counts in thirtieths): the days covered and the month's length are on each line, so it can
 * check every amount, or convert it to its own rule.
 *
 * - Tutoring: 100 € for an apprentice's or an intern's tutor, 50 € for a civic-service
 *   volunteer's (the status recorded with the tutoring), per tutee. It runs from its first day
 *   to its last; an open one (until null) until the tutee's or the tutor's end date, if any.
 * - Intérim: 100 € for the manager, per circonscription covered, from its first to its last day.
 * - Records overlapping for one person and one tutee (or circonscription) count each day once.
 * - Scope: a tutoring is the tutee's circonscription's (her path's, else her own), an intérim
 *   the covered circonscription's: the manager who answers for them sees the line.
 * - The ledger says what the records say for every month asked, future months included.
 * - A line stays when the device lacks the paid person's agent row (a tutor from another
 *   circonscription): its amount is right, her name empty; the server always has it.
 *
 * Lines by month, then by name, tutoring before intérim, then tutee or circonscription.
 */
export function bonusLedger(rows: Rows, period: BonusPeriod, scope: ReportScope): BonusLine[] {
  const agentOf = new Map(rows.agents.map((agent) => [agent.id, agent]));
  const pathOf = pathsByRecruit(rows.paths);
  const circonscriptionOf = new Map(rows.circonscriptions.map((c) => [c.id, c]));
  const spans = new Map<string, { line: Omit<BonusLine, Coverage>; spans: ClosedSpan[] }>();
  const months = monthsOf(period);
  const add = (line: Omit<BonusLine, Coverage | 'month'>, span: Span) => {
    for (const month of months) {
      const clipped = clip(span, month);
      if (!clipped) continue;
      const key = `${month}|${line.kind}|${line.personId}|${line.forId}`;
      const entry = spans.get(key) ?? { line: { ...line, month }, spans: [] };
      entry.spans.push(clipped);
      spans.set(key, entry);
    }
  };
  for (const tutoring of rows.tutorings) {
    const tutor = agentOf.get(tutoring.tutorId);
    const tutee = agentOf.get(tutoring.tuteeId);
    if (!tutee || !covers(scope, placeOf(tutee, pathOf.get(tutee.id)))) continue;
    const ends = [tutoring.until, tutee.endDate, tutor?.endDate].filter(isDate).sort();
    add(
      {
        kind: 'tutoring',
        personId: tutoring.tutorId,
        personName: tutor?.displayName ?? '',
        personEmail: tutor?.email ?? '',
        forId: tutee.id,
        forName: tutee.displayName,
        tuteeStatus: tutoring.tuteeStatus,
        monthlyRate: monthlyBonus[tutoring.tuteeStatus],
      },
      { from: tutoring.from, until: ends[0] ?? null },
    );
  }
  for (const interim of rows.interims) {
    const manager = agentOf.get(interim.managerId);
    const covered = circonscriptionOf.get(interim.circonscriptionId);
    if (!covered || !covers(scope, covered.id)) continue;
    add(
      {
        kind: 'interim',
        personId: interim.managerId,
        personName: manager?.displayName ?? '',
        personEmail: manager?.email ?? '',
        forId: covered.id,
        forName: covered.name,
        tuteeStatus: null,
        monthlyRate: monthlyBonus.interim,
      },
      { from: interim.from, until: interim.until },
    );
  }
  return [...spans.values()]
    .map(({ line, spans: list }) => {
      const { from, until, days } = covered(list);
      const length = daysInMonth(line.month);
      const amount = Math.round((line.monthlyRate * days * 100) / length) / 100;
      return { ...line, from, until, daysCovered: days, daysInMonth: length, amount };
    })
    .sort(
      (a, b) =>
        byCode(a.month, b.month) ||
        byFrench(a.personName, b.personName) ||
        kindRank[a.kind] - kindRank[b.kind] ||
        byFrench(a.forName, b.forName),
    );
}

type Coverage = 'from' | 'until' | 'daysCovered' | 'daysInMonth' | 'amount';

const kindRank: Record<BonusLine['kind'], number> = { tutoring: 0, interim: 1 };

/** YYYY-MM in order: plain code-unit order, without a collator's cost (a year's ledger
 *  sorts hundreds of lines). */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const isDate = (date: IsoDate | null | undefined): date is IsoDate => typeof date === 'string';

/** The CSV's lines, header first: what payroll receives. */
export function toCsvRows(lines: readonly BonusLine[]): CsvCell[][] {
  const header = [
    'Mois',
    'Bénéficiaire',
    'Courriel',
    'Motif',
    'Tutoré·e ou circonscription couverte',
    'Statut du ou de la tutoré·e',
    'Du',
    'Au',
    'Jours couverts',
    'Jours du mois',
    'Montant mensuel plein (€)',
    'Montant dû (€)',
  ];
  return [
    header,
    ...lines.map((line): CsvCell[] => [
      csvMonth(line.month),
      line.personName,
      line.personEmail,
      line.kind === 'tutoring' ? 'Tutorat' : 'Intérim',
      line.forName,
      line.tuteeStatus && tuteeStatusLabels[line.tuteeStatus],
      csvDate(line.from),
      csvDate(line.until),
      line.daysCovered,
      line.daysInMonth,
      line.monthlyRate,
      line.amount,
    ]),
  ];
}

export const csvFileName = (period: BonusPeriod) =>
  `primes-${'month' in period ? period.month : period.year}.csv`;
