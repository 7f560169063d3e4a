import { describe, expect, it } from 'vitest';
import { milestoneDecide } from '../commands/steps';
import { actors, ids, MemoryReader, stepIndex } from '../commands/fixture';
import type { Delegation, Path, Step, Template } from '../entities';
import type { Agent, Circonscription } from '../organisation';
import { stepIdOf } from '../path';
import { actorOf } from '../permissions';
import { approvalQueue, filterQueue, queueOptions } from './approvals';
import { delegatedToMe, delegationsOf, isActive } from './delegations';
import type { RecruitRow } from './recruit-row';
import { suggestTemplates } from './templates';
import { circonscriptionSummaries } from './territory';

const circ = (id: string, name: string, territoryId = ids.t1, managerIds: string[] = []) =>
  ({ id, name, territoryId, service: 'SSD', managerIds, version: 1 }) as Circonscription;

describe('circonscriptionSummaries', () => {
  const row = (circonscriptionId: string, patch: Partial<RecruitRow>) =>
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
  it('sums per circonscription, zeros where none, by name', () => {
    const summaries = circonscriptionSummaries(
      [circ(ids.c2, 'Saint-Ouen'), circ(ids.c1, 'Aubervilliers'), circ(ids.c3, 'Épinay')],
      [
        row(ids.c1, { progress: 0.5, overdue: 2, waiting: 1, oldestWaitDays: 3 }),
        row(ids.c1, {
          progress: 1,
          waiting: 2,
          oldestWaitDays: 8,
          trainingShortfall: true,
          mentorId: null,
        }),
        row(ids.c1, { pathId: null, mentorId: null }), // no path: neither in the mean nor "without mentor"
        row(ids.c2, { progress: 0.25 }),
      ],
    );
    expect(summaries.map((s) => s.name)).toEqual(['Aubervilliers', 'Épinay', 'Saint-Ouen']);
    expect(summaries[0]).toMatchObject({
      recruits: 3,
      averageProgress: 0.75,
      overdueSteps: 2,
      waiting: 3,
      oldestWaitDays: 8,
      trainingShortfall: 1,
      withoutMentor: 1,
    });
    expect(summaries[1]).toMatchObject({
      recruits: 0,
      averageProgress: null,
      oldestWaitDays: null,
    });
    expect(summaries[2]).toMatchObject({ recruits: 1, averageProgress: 0.25 });
  });
});

describe('approvalQueue', () => {
  const read = new MemoryReader();
  const steps = [...read.tables.get('step')!.values()] as Step[];
  const paths = [...read.tables.get('path')!.values()] as Path[];
  const agents = [...read.tables.get('agent')!.values()] as Agent[];
  const submitted = (pathId: string, on: string | null) =>
    ({
      ...steps.find((s) => s.id === stepIdOf(pathId, stepIndex.milestone))!,
      status: 'submitted',
      updatedAt: on,
    }) as Step;
  const circonscriptions = [
    circ(ids.c1, 'C1', ids.t1, [ids.manager]),
    circ(ids.c3, 'C3', ids.t2, [ids.otherManager]),
  ];
  const queueFor = (actor: Parameters<typeof approvalQueue>[0]['actor'], waiting: Step[]) =>
    approvalQueue({
      steps: waiting,
      paths,
      agents,
      circonscriptions,
      actor,
      rule: milestoneDecide.rule,
      today: '2026-11-29',
    });

  it('holds what the actor may decide, the longest wait first, with its age', () => {
    const waiting = [
      submitted(ids.path, '2026-11-27T10:00:00.000Z'),
      submitted(ids.otherPath, '2026-11-20T10:00:00.000Z'),
    ];
    const mine = queueFor(actors.manager, waiting);
    expect(mine.map((q) => [q.path.id, q.waitingDays, q.delegatedBy])).toEqual([
      [ids.path, 2, null],
    ]);
    const everything = queueFor(actors.admin, waiting);
    expect(everything).toEqual([]); // HR does not decide milestones (DESIGN §7)
  });

  it('marks what a delegate decides on the giver’s behalf, during the delegation only', () => {
    const delegation: Delegation = {
      id: 'd',
      fromAgentId: ids.otherManager,
      toAgentId: ids.manager,
      from: '2026-11-28',
      until: '2026-11-30',
      version: 1,
    };
    const actorOn = (today: string) =>
      actorOf({
        agentId: ids.manager,
        roles: ['manager'],
        circonscriptions,
        territories: [],
        delegations: [delegation],
        today,
      });
    const waiting = [
      submitted(ids.path, '2026-11-27T10:00:00.000Z'),
      submitted(ids.otherPath, '2026-11-20T10:00:00.000Z'),
    ];
    const during = queueFor(actorOn('2026-11-29'), waiting);
    expect(during.map((q) => [q.path.id, q.delegatedBy])).toEqual([
      [ids.otherPath, ids.otherManager],
      [ids.path, null],
    ]);
    expect(queueFor(actorOn('2026-12-01'), waiting).map((q) => q.path.id)).toEqual([ids.path]);
    expect(queueOptions(during).recruits.map(([id]) => id)).toHaveLength(2);
    expect(filterQueue(during, { recruitId: ids.recruit }).map((q) => q.path.id)).toEqual([
      ids.path,
    ]);
    expect(filterQueue(during, { kind: 'training' })).toEqual([]);
  });
});

describe('delegations', () => {
  const d = (id: string, fromAgentId: string, from: string, until: string, toAgentId = 'x') => ({
    id,
    fromAgentId,
    toAgentId,
    from,
    until,
    version: 1,
  });
  const all = [
    d('past', 'me', '2026-10-01', '2026-10-05'),
    d('now', 'me', '2026-11-29', '2026-11-29'),
    d('soon', 'me', '2026-12-24', '2026-12-31'),
    d('theirs', 'you', '2026-11-01', '2026-12-31', 'me'),
  ];
  it.each([
    ['2026-11-28', false],
    ['2026-11-29', true], // a one-day delegation holds on its day
    ['2026-11-30', false],
  ])('a delegation of 29 November on %s holds: %s', (today, held) => {
    expect(isActive(all[1]!, today)).toBe(held);
  });
  it('sorts what one gave into current, upcoming and past, and finds what one holds', () => {
    const mine = delegationsOf(all, 'me', '2026-11-29');
    expect([mine.current, mine.upcoming, mine.past].map((l) => l.map((x) => x.id))).toEqual([
      ['now'],
      ['soon'],
      ['past'],
    ]);
    expect(delegatedToMe(all, 'me', '2026-11-29').map((x) => x.id)).toEqual(['theirs']);
  });
});

describe('suggestTemplates', () => {
  const tpl = (id: string, name: string, job: string, status: Template['status'], version = 1) =>
    ({ id, name, job, status, version, steps: [] }) as unknown as Template;
  const templates = [
    tpl('a', 'ASS contractuel', 'Assistant·e de service social', 'contract'),
    tpl('b', 'ASS apprenti', 'Assistant·e de service social', 'apprentice'),
    tpl('c', 'Service civique', 'Volontaire', 'civicService'),
    tpl('d', 'Éducateur', 'Éducateur·rice spécialisé·e', 'contract'),
    tpl('a2', 'ASS contractuel', 'Assistant·e de service social', 'contract', 2),
  ];
  it.each([
    ['Assistante de service social', 'contract', ['a2', 'b', 'd', 'c']],
    ['ASSISTANT DE SERVICE SOCIAL', 'apprentice', ['b', 'a2', 'd', 'c']],
    ['Psychologue', 'civicService', ['c', 'b', 'a2', 'd']],
  ] as const)('%s, %s → %j', (job, status, expected) => {
    expect(suggestTemplates(templates, job, status).map((t) => t.id)).toEqual(expected);
  });
});
