import { describe, expect, it } from 'vitest';
import { ids } from '../commands/fixture';
import type { Circonscription } from '../organisation';
import type { RecruitRow } from './recruit-row';
import { circonscriptionSummaries } from './territory';

const circ = (id: string, name: string) =>
  ({
    id,
    name,
    territoryId: ids.t1,
    service: 'SSD',
    managerIds: [],
    version: 1,
  }) as Circonscription;
const row = (circonscriptionId: string | null, patch: Partial<RecruitRow> = {}) =>
  ({
    circonscriptionId,
    pathId: 'p',
    progress: 0,
    overdue: 0,
    waiting: 0,
    oldestWaitDays: null,
    trainingShortfall: false,
    mentorId: 'm',
    ...patch,
  }) as RecruitRow;
const zeros = {
  recruits: 0,
  averageProgress: null,
  overdueSteps: 0,
  waiting: 0,
  oldestWaitDays: null,
  trainingShortfall: 0,
  withoutMentor: 0,
};

describe('circonscriptionSummaries', () => {
  it.each([
    ['no recruit: zeros, and no mean of nothing', [], zeros],
    [
      'sums, the mean progress and the longest wait',
      [
        row(ids.c1, { progress: 0.5, overdue: 2, waiting: 1, oldestWaitDays: 3 }),
        row(ids.c1, { progress: 1, waiting: 2, oldestWaitDays: 8, trainingShortfall: true }),
      ],
      {
        recruits: 2,
        averageProgress: 0.75,
        overdueSteps: 2,
        waiting: 3,
        oldestWaitDays: 8,
        trainingShortfall: 1,
      },
    ],
    [
      'a recruit without a path: counted, but neither in the mean nor "without mentor"',
      [row(ids.c1, { progress: 0.5 }), row(ids.c1, { pathId: null, mentorId: null })],
      { recruits: 2, averageProgress: 0.5, withoutMentor: 0 },
    ],
    [
      'only recruits without a path: no mean',
      [row(ids.c1, { pathId: null, mentorId: null })],
      { ...zeros, recruits: 1 },
    ],
    [
      'a path without a mentor',
      [row(ids.c1, { mentorId: null }), row(ids.c1)],
      { recruits: 2, withoutMentor: 1 },
    ],
    [
      'a milestone submitted today: a wait of 0 days, not none',
      [row(ids.c1, { waiting: 1, oldestWaitDays: 0 })],
      { waiting: 1, oldestWaitDays: 0 },
    ],
    [
      'rows of other circonscriptions, or of none, are not hers',
      [row(ids.c2, { overdue: 5 }), row(null, { overdue: 1 }), row(ids.c1, { overdue: 1 })],
      { recruits: 1, overdueSteps: 1 },
    ],
  ])('%s', (_, rows, expected) => {
    const [summary] = circonscriptionSummaries([circ(ids.c1, 'Aubervilliers')], rows);
    expect(summary).toMatchObject({
      circonscriptionId: ids.c1,
      name: 'Aubervilliers',
      ...expected,
    });
  });

  it('gives one line per circonscription given, by name in French order', () => {
    const summaries = circonscriptionSummaries(
      [circ(ids.c2, 'Saint-Ouen'), circ(ids.c1, 'Aubervilliers'), circ(ids.c3, 'Épinay')],
      [row(ids.c2, { progress: 0.25 }), row('elsewhere')],
    );
    expect(summaries.map((s) => [s.name, s.recruits])).toEqual([
      ['Aubervilliers', 0],
      ['Épinay', 0],
      ['Saint-Ouen', 1],
    ]);
    expect(circonscriptionSummaries([], [row(ids.c1)])).toEqual([]);
  });
});
