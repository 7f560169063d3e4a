import { csvDate, type CsvCell } from '../csv';
import { daysBetween, type IsoDate } from '../dates';
import type { Training } from '../entities';
import type { EmploymentStatus, Service } from '../organisation';
import { timeInPost, trainingAccount } from '../training';
import { serviceLabels, statusLabels } from './labels';
import {
  byFrench,
  covers,
  groupBy,
  pathsByRecruit,
  placeOf,
  type ReportRows,
  type ReportScope,
} from './scope';

/** met: the target is reached; onTrack / behind: the year goes on, at the dashboards' pace
 *  rule; missed: her year in post is over short of the target. */
export type TrainingStanding = 'met' | 'onTrack' | 'behind' | 'missed';

export interface TrainingDaysLine {
  agentId: string;
  displayName: string;
  email: string;
  circonscriptionId: string | null;
  circonscription: string | null;
  territory: string | null;
  service: Service | null;
  job: string;
  status: EmploymentStatus;
  startDate: IsoDate;
  endDate: IsoDate | null;
  year: number;
  /** Days recorded in the year, half days included. */
  days: number;
  /** The 5 days prorated to her time in post that year (training.ts proratedTarget). */
  target: number;
  shortfall: number;
  /** The days she will have at the end of her year in post at her pace so far. */
  forecast: number;
  standing: TrainingStanding;
  atRisk: boolean;
}

type Rows = Pick<ReportRows, 'agents' | 'paths' | 'trainings' | 'circonscriptions' | 'territories'>;

/**
 * One line per agent of the scope in post in `year` (arrived by 31 December, not gone before
 * 1 January), at risk first (missed, then behind), the largest shortfall first, then by name.
 *
 * The figures are the recruit's own (trainingAccount) over her time in post that year, so a
 * manager's report and her dashboard agree: the target prorated to her days in post (a start
 * mid-year, an end date), and, while her year goes on, "behind" is the dashboards' rule
 * (more than half a day under the pace that would reach the target).
 *
 * The forecast extrapolates her pace: days so far / the elapsed share of her time in post
 * this year. It never goes below the days recorded, and is capped at the target (or at the
 * days recorded, when above): beyond the target a pace only says "will reach it", and in
 * her first weeks one half day would otherwise forecast a dozen. Before her time in post
 * begins, and once it is over, the forecast is the days recorded.
 */
export function trainingDaysReport(
  rows: Rows,
  year: number,
  scope: ReportScope,
  today: IsoDate,
): TrainingDaysLine[] {
  const pathOf = pathsByRecruit(rows.paths);
  const trainingsOf = groupBy<Training>(rows.trainings, (training) => training.agentId);
  const circonscriptionOf = new Map(rows.circonscriptions.map((c) => [c.id, c]));
  const territoryOf = new Map(rows.territories.map((t) => [t.id, t]));
  const lines: TrainingDaysLine[] = [];
  for (const agent of rows.agents) {
    const place = placeOf(agent, pathOf.get(agent.id));
    if (!covers(scope, place)) continue;
    const post = timeInPost(year, agent.startDate, agent.endDate);
    if (post.span <= 0) continue;
    const asOf = today < post.from ? post.from : today > post.to ? post.to : today;
    const account = trainingAccount(
      trainingsOf.get(agent.id) ?? [],
      asOf,
      agent.startDate,
      agent.endDate,
    );
    const over = today > post.to;
    const elapsed = today < post.from ? 0 : (daysBetween(post.from, asOf) + 1) / post.span;
    const paced = over || elapsed === 0 ? account.days : account.days / elapsed;
    const forecast = Math.max(
      account.days,
      roundToHalf(Math.min(paced, Math.max(account.target, account.days))),
    );
    const standing: TrainingStanding =
      account.remaining === 0
        ? 'met'
        : over
          ? 'missed'
          : account.pace === 'behind'
            ? 'behind'
            : 'onTrack';
    const circonscription = place === null ? undefined : circonscriptionOf.get(place);
    lines.push({
      agentId: agent.id,
      displayName: agent.displayName,
      email: agent.email,
      circonscriptionId: place,
      circonscription: circonscription?.name ?? null,
      territory: territoryOf.get(circonscription?.territoryId ?? '')?.name ?? null,
      service: circonscription?.service ?? null,
      job: agent.job,
      status: agent.status,
      startDate: agent.startDate,
      endDate: agent.endDate ?? null,
      year,
      days: account.days,
      target: account.target,
      shortfall: account.remaining,
      forecast,
      standing,
      atRisk: standing === 'behind' || standing === 'missed',
    });
  }
  return lines.sort(
    (a, b) =>
      riskRank[a.standing] - riskRank[b.standing] ||
      b.shortfall - a.shortfall ||
      byFrench(a.displayName, b.displayName),
  );
}

const riskRank: Record<TrainingStanding, number> = { missed: 0, behind: 1, onTrack: 2, met: 3 };

const roundToHalf = (value: number): number => Math.round(value * 2) / 2;

const standingLabels: Record<TrainingStanding, string> = {
  met: 'Objectif atteint',
  onTrack: 'Dans les temps',
  behind: 'En retard',
  missed: 'Objectif manqué',
};

/** The CSV's lines, header first (src/domain/csv.ts writes them). */
export function toCsvRows(lines: readonly TrainingDaysLine[]): CsvCell[][] {
  const header = [
    'Agent',
    'Courriel',
    'Territoire',
    'Circonscription',
    'Service',
    'Métier',
    'Statut',
    'Date d’entrée',
    'Date de fin',
    'Année',
    'Jours réalisés',
    'Objectif (jours)',
    'Manque (jours)',
    'Prévision à ce rythme (jours)',
    'Situation',
  ];
  return [
    header,
    ...lines.map((line): CsvCell[] => [
      line.displayName,
      line.email,
      line.territory,
      line.circonscription,
      line.service && serviceLabels[line.service],
      line.job,
      statusLabels[line.status],
      csvDate(line.startDate),
      csvDate(line.endDate),
      line.year,
      line.days,
      line.target,
      line.shortfall,
      line.forecast,
      standingLabels[line.standing],
    ]),
  ];
}

export const csvFileName = (year: number) => `jours-de-formation-${year}.csv`;
