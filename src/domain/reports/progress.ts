import { csvMonth, type CsvCell } from '../csv';
import type { IsoDate } from '../dates';
import type { RecruitRow } from '../figures/recruit-row';
import { circonscriptionSummaries, type CirconscriptionSummary } from '../figures/territory';
import type { Service } from '../organisation';
import {
  arrivalsOf,
  arrivalsPerMonth,
  recruitmentPlan,
  retentionOf,
  type Arrival,
  type ArrivalMonth,
  type RecruitmentPlan,
  type Retention,
} from './arrivals';
import { percent, serviceLabels } from './labels';
import { recruitRowsOf } from './recruit-rows';
import { byFrench, covers, type ReportRows, type ReportScope } from './scope';

export interface ProgressLine extends Figures, Retention {
  level: 'circonscription' | 'territory' | 'total';
  /** The circonscription's or the territory's id; null for the total. */
  id: string | null;
  territory: string | null;
  circonscription: string | null;
  service: Service | null;
}

export interface ProgressReport {
  lines: ProgressLine[];
  arrivals: ArrivalMonth[];
}

/**
 * Progress and retention per circonscription and territory. The progress figures are the
 * dashboards' (recruitRowsOf, circonscriptionSummaries), so a manager's report shows what her
 * dashboard does; a territory's line is the same summary over all its recruits (its average
 * is over recruits, not an average of averages), and so is the total of the scope.
 * Lines: each territory's circonscriptions by name, then the territory; the total last.
 */
export function progressReport(
  rows: ReportRows,
  scope: ReportScope,
  today: IsoDate,
  now: string,
  plan: RecruitmentPlan = recruitmentPlan,
): ProgressReport {
  const recruits = recruitRowsOf(rows, scope, today, now);
  const arrivals = arrivalsOf(rows, scope, today, plan);
  const mine = rows.circonscriptions.filter((c) => covers(scope, c.id));
  const territories = rows.territories
    .filter((t) => mine.some((c) => c.territoryId === t.id))
    .sort((a, b) => byFrench(a.name, b.name));
  const territoryOf = new Map(mine.map((c) => [c.id, c.territoryId]));
  type Keep = (place: string | null) => boolean;
  const retention = (keep: Keep) =>
    retentionOf(
      arrivals.filter((a: Arrival) => keep(a.place)),
      today,
    );
  /** The dashboards' summary over the recruits `keep` selects, as if one circonscription. */
  const over = (keep: Keep) => {
    const keyed = recruits.map((row): RecruitRow => ({
      ...row,
      circonscriptionId: keep(row.circonscriptionId) ? '*' : null,
    }));
    return figuresOf(circonscriptionSummaries([{ id: '*', name: '' }], keyed)[0]!);
  };
  const lines: ProgressLine[] = [];
  for (const territory of territories) {
    const inside = mine.filter((c) => c.territoryId === territory.id);
    for (const summary of circonscriptionSummaries(inside, recruits)) {
      const id = summary.circonscriptionId;
      lines.push({
        level: 'circonscription',
        id,
        territory: territory.name,
        circonscription: summary.name,
        service: inside.find((c) => c.id === id)?.service ?? null,
        ...figuresOf(summary),
        ...retention((place) => place === id),
      });
    }
    const inTerritory: Keep = (place) => place !== null && territoryOf.get(place) === territory.id;
    lines.push({
      level: 'territory',
      id: territory.id,
      territory: territory.name,
      circonscription: null,
      service: null,
      ...over(inTerritory),
      ...retention(inTerritory),
    });
  }
  lines.push({
    level: 'total',
    id: null,
    territory: null,
    circonscription: null,
    service: null,
    ...over(() => true),
    ...retention(() => true),
  });
  return { lines, arrivals: arrivalsPerMonth(arrivals, scope, today, plan) };
}

type Figures = Omit<CirconscriptionSummary, 'circonscriptionId' | 'name'>;

const figuresOf = (summary: CirconscriptionSummary): Figures => ({
  recruits: summary.recruits,
  averageProgress: summary.averageProgress,
  overdueSteps: summary.overdueSteps,
  waiting: summary.waiting,
  oldestWaitDays: summary.oldestWaitDays,
  trainingShortfall: summary.trainingShortfall,
  withoutMentor: summary.withoutMentor,
});

const levelLabels: Record<ProgressLine['level'], string> = {
  circonscription: 'Circonscription',
  territory: 'Territoire',
  total: 'Total',
};

/** The CSV's lines: the table per circonscription and territory, an empty line, then the
 *  arrivals per month against the plan, each table with its French header. */
export function toCsvRows(report: ProgressReport): CsvCell[][] {
  const share = (part: number, whole: number) => percent(whole === 0 ? null : part / whole);
  return [
    [
      'Niveau',
      'Territoire',
      'Circonscription',
      'Service',
      'Recrues suivies',
      'Avancement moyen (%)',
      'Étapes en retard',
      'Jalons en attente',
      'Plus longue attente (jours)',
      'Recrues en retard de formation',
      'Recrues sans tuteur ou tutrice',
      'Arrivées depuis le début du plan',
      'Arrivées il y a 6 mois ou plus',
      'Dont encore en poste (6 mois)',
      'Maintien à 6 mois (%)',
      'Arrivées il y a 12 mois ou plus',
      'Dont encore en poste (12 mois)',
      'Maintien à 12 mois (%)',
    ],
    ...report.lines.map((line): CsvCell[] => [
      levelLabels[line.level],
      line.territory,
      line.circonscription,
      line.service && serviceLabels[line.service],
      line.recruits,
      percent(line.averageProgress),
      line.overdueSteps,
      line.waiting,
      line.oldestWaitDays,
      line.trainingShortfall,
      line.withoutMentor,
      line.arrivals,
      line.cohort6,
      line.stayed6,
      share(line.stayed6, line.cohort6),
      line.cohort12,
      line.stayed12,
      share(line.stayed12, line.cohort12),
    ]),
    [],
    ['Mois', 'Arrivées', 'Arrivées cumulées', 'Cumul prévu par le plan', 'Écart au plan'],
    ...report.arrivals.map((month): CsvCell[] => [
      csvMonth(month.month),
      month.arrivals,
      month.cumulative,
      month.planned,
      month.gap,
    ]),
  ];
}

export const csvFileName = (today: IsoDate) => `avancement-${today}.csv`;
