import type { Circonscription } from '../organisation';
import type { RecruitRow } from './recruit-row';

export interface CirconscriptionSummary {
  circonscriptionId: string;
  name: string;
  recruits: number;
  /** Mean of the paths' progress (0..1), null when no recruit has a path. */
  averageProgress: number | null;
  overdueSteps: number;
  waiting: number;
  oldestWaitDays: number | null;
  trainingShortfall: number;
  withoutMentor: number;
}

/** One line per circonscription given, zeros where it has no recruit, by name. Only the
 *  id and the name are read: the reports pass territories too, their rows keyed by them. */
export function circonscriptionSummaries(
  circonscriptions: readonly Pick<Circonscription, 'id' | 'name'>[],
  rows: readonly RecruitRow[],
): CirconscriptionSummary[] {
  return circonscriptions
    .map((c) => {
      const mine = rows.filter((row) => row.circonscriptionId === c.id);
      const withPath = mine.filter((row) => row.pathId !== null);
      const waits = mine.flatMap((row) =>
        row.oldestWaitDays === null ? [] : [row.oldestWaitDays],
      );
      return {
        circonscriptionId: c.id,
        name: c.name,
        recruits: mine.length,
        averageProgress:
          withPath.length === 0
            ? null
            : withPath.reduce((sum, row) => sum + row.progress, 0) / withPath.length,
        overdueSteps: mine.reduce((sum, row) => sum + row.overdue, 0),
        waiting: mine.reduce((sum, row) => sum + row.waiting, 0),
        oldestWaitDays: waits.length === 0 ? null : Math.max(...waits),
        trainingShortfall: mine.filter((row) => row.trainingShortfall).length,
        withoutMentor: withPath.filter((row) => row.mentorId === null).length,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
