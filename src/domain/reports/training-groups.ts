import { byFrench, groupBy } from './scope';
import type { TrainingDaysLine } from './training-days';

export type TrainingGrouping = 'circonscription' | 'service' | 'job' | 'status';

export interface TrainingDaysGroup {
  /** The circonscription's id ('' for none), the service, the job or the status code. */
  key: string;
  /** The circonscription's name, or the key itself (the screens translate codes). */
  label: string;
  agents: number;
  days: number;
  target: number;
  shortfall: number;
  atRisk: number;
}

/** The lines added up by circonscription, service, job or status: the groups with the most
 *  agents at risk first, then by label. */
export function groupTrainingDays(
  lines: readonly TrainingDaysLine[],
  by: TrainingGrouping,
): TrainingDaysGroup[] {
  const keyOf = (line: TrainingDaysLine): string =>
    by === 'circonscription' ? (line.circonscriptionId ?? '') : (line[by] ?? '');
  return [...groupBy(lines, keyOf)]
    .map(([key, group]) => ({
      key,
      label: by === 'circonscription' ? (group[0]?.circonscription ?? '') : key,
      agents: group.length,
      days: sum(group, (line) => line.days),
      target: sum(group, (line) => line.target),
      shortfall: sum(group, (line) => line.shortfall),
      atRisk: group.filter((line) => line.atRisk).length,
    }))
    .sort((a, b) => b.atRisk - a.atRisk || byFrench(a.label, b.label));
}

const sum = <T>(rows: readonly T[], value: (row: T) => number) =>
  rows.reduce((total, row) => total + value(row), 0);
