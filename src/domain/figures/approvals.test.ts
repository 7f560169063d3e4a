import { describe, expect, it } from 'vitest';
import { milestoneDecide } from '../commands/steps';
import { actors, ids, MemoryReader, stepIndex, template } from '../commands/fixture';
import type { Delegation, Step } from '../entities';
import type { Agent, Circonscription } from '../organisation';
import { createPath } from '../path';
import { actorOf, type Actor } from '../permissions';
import { approvalQueue, filterQueue, queueOptions, type WaitingMilestone } from './approvals';

const names: Record<string, string> = {
  [ids.recruit]: 'Élodie',
  [ids.otherRecruit]: 'Bruno',
  [ids.newRecruit]: 'Zoé',
  [ids.manager]: 'Mireille',
};
const agents = ([...new MemoryReader().tables.get('agent')!.values()] as Agent[]).map((a) => ({
  ...a,
  displayName: names[a.id] ?? a.displayName,
}));
const circ = (id: string, territoryId: string, managerId: string): Circonscription => ({
  ...{ id, territoryId, managerIds: [managerId] },
  ...{ name: id, service: 'SSD', version: 1 },
});
const circonscriptions = [
  circ(ids.c1, ids.t1, ids.manager),
  circ(ids.c3, ids.t2, ids.otherManager),
];

const pathOf = (id: string, recruitId: string, circonscriptionId: string, startDate: string) =>
  createPath(template, { id, recruitId, mentorId: null, circonscriptionId, startDate });
const a = pathOf(ids.path, ids.recruit, ids.c1, '2026-09-01'); // Élodie, c1
const b = pathOf(ids.otherPath, ids.otherRecruit, ids.c3, '2026-09-01'); // Bruno, c3
const c = pathOf('00000000-0000-4000-8000-000000000083', ids.newRecruit, ids.c1, '2026-10-01'); // Zoé, c1
// The manager of c1 on a path of her own (a VAE, say): never hers to decide.
const own = pathOf('00000000-0000-4000-8000-000000000084', ids.manager, ids.c1, '2026-09-01');
const paths = [a.path, b.path, c.path, own.path];

const submit = (made: typeof a, on: string | null, index: number = stepIndex.milestone): Step => ({
  ...made.steps[index]!,
  status: 'submitted',
  updatedAt: on,
});

const delegation = (from: string, until: string): Delegation => ({
  id: 'd',
  fromAgentId: ids.otherManager,
  toAgentId: ids.manager,
  from,
  until,
  version: 1,
});
const managerOn = (today: string, delegations: Delegation[]) =>
  actorOf({
    agentId: ids.manager,
    roles: ['manager'],
    circonscriptions,
    territories: [],
    delegations,
    today,
  });

const queue = (actor: Actor, steps: Step[], today = '2026-11-29') =>
  approvalQueue({
    steps,
    paths,
    agents,
    circonscriptions,
    actor,
    rule: milestoneDecide.rule,
    today,
  });
const summary = (items: WaitingMilestone[]) =>
  items.map((q) => [q.recruit?.displayName, q.waitingDays, q.delegatedBy]);

describe('approvalQueue', () => {
  const waiting = [
    submit(a, '2026-11-27T10:00:00.000Z'),
    submit(b, '2026-11-20T10:00:00.000Z'),
    submit(own, '2026-11-25T10:00:00.000Z'),
  ];

  it.each([
    ['the manager of c1', actors.manager, [['Élodie', 2, null]]],
    [
      'the territory manager of t1, over the manager’s own path too',
      actors.territoryManager,
      [
        ['Mireille', 4, null],
        ['Élodie', 2, null],
      ],
    ],
    ['HR: reads, does not decide', actors.admin, []],
    ['the mentor: comments, does not decide', actors.mentor, []],
    ['a recruit', actors.recruit, []],
    [
      'the manager of c1, holding c3 by a delegation',
      managerOn('2026-11-29', [delegation('2026-11-28', '2026-11-30')]),
      [
        ['Bruno', 9, ids.otherManager],
        ['Élodie', 2, null],
      ],
    ],
    [
      'the same, on the delegation’s last day',
      managerOn('2026-11-29', [delegation('2026-11-01', '2026-11-29')]),
      [
        ['Bruno', 9, ids.otherManager],
        ['Élodie', 2, null],
      ],
    ],
    [
      'the same, the day after it ended',
      managerOn('2026-11-29', [delegation('2026-11-01', '2026-11-28')]),
      [['Élodie', 2, null]],
    ],
  ] as const)('%s', (_, actor, expected) => {
    expect(summary(queue(actor, waiting))).toEqual(expected);
  });

  it.each([
    ['not submitted', { ...submit(a, null), status: 'todo' }],
    ['approved', { ...submit(a, null), status: 'approved' }],
    ['rejected, not yet resubmitted', { ...submit(a, null), status: 'rejected' }],
    ['on a path this device does not hold', { ...submit(a, null), pathId: 'gone' }],
  ] as const)('leaves out a step %s', (_, step) => {
    expect(queue(actors.manager, [step])).toEqual([]);
  });

  it.each([
    ['submitted this morning', '2026-11-29T07:00:00.000Z', '2026-11-29', 0, '2026-11-29'],
    ['late last night, UTC', '2026-11-28T23:30:00.000Z', '2026-11-29', 1, '2026-11-28'],
    ['before the new year', '2026-12-30T09:00:00.000Z', '2027-01-04', 5, '2026-12-30'],
    ['without a stamp: from its due date', null, '2026-11-29', 59, '2026-10-01'],
  ])('a milestone %s waits from its submit day', (_, on, today, days, submittedOn) => {
    const [item] = queue(actors.manager, [submit(a, on)], today);
    expect(item).toMatchObject({ waitingDays: days, submittedOn, step: { pathId: ids.path } });
    expect(item?.path).toBe(a.path);
  });

  it('puts the oldest first, then the earliest due, then the recruit by name (French order)', () => {
    const day = '2026-11-20T10:00:00.000Z';
    const nextDay = '2026-11-21T08:00:00.000Z';
    const items = queue(actors.manager, [
      submit(c, nextDay), // Zoé, due 1 November
      submit(c, day, stepIndex.training), // Zoé, due 1 January
      submit(c, day), // Zoé, due 1 November
      submit(c, nextDay, stepIndex.admin), // Zoé, due 1 October
      submit(a, day, stepIndex.training), // Élodie, due 1 December
      submit(a, nextDay), // Élodie, due 1 October: É before Z
    ]);
    expect(items.map((q) => [q.submittedOn, q.step.dueDate, q.recruit?.displayName])).toEqual([
      ['2026-11-20', '2026-11-01', 'Zoé'],
      ['2026-11-20', '2026-12-01', 'Élodie'],
      ['2026-11-20', '2027-01-01', 'Zoé'],
      ['2026-11-21', '2026-10-01', 'Élodie'],
      ['2026-11-21', '2026-10-01', 'Zoé'],
      ['2026-11-21', '2026-11-01', 'Zoé'],
    ]);
  });

  it('keeps a milestone whose recruit this device does not hold, without a name', () => {
    const items = approvalQueue({
      ...{ steps: [submit(a, null)], paths, circonscriptions, today: '2026-11-29' },
      ...{ agents: [], actor: actors.manager, rule: milestoneDecide.rule },
    });
    expect(items.map((q) => q.recruit)).toEqual([undefined]);
  });
});

describe('filterQueue and queueOptions', () => {
  const actor = managerOn('2026-11-29', [delegation('2026-11-28', '2026-11-30')]);
  const items = queue(actor, [
    submit(a, '2026-11-27T10:00:00.000Z'),
    submit(a, '2026-11-26T10:00:00.000Z', stepIndex.training),
    submit(b, '2026-11-20T10:00:00.000Z'),
    submit(c, '2026-11-25T10:00:00.000Z'),
  ]);

  it.each([
    [{}, ['Bruno', 'Zoé', 'Élodie', 'Élodie']],
    [{ recruitId: ids.recruit }, ['Élodie', 'Élodie']],
    [{ kind: 'training' }, ['Élodie']],
    [{ kind: 'milestone', recruitId: ids.recruit }, ['Élodie']],
    [{ kind: 'equipment' }, []],
    [{ recruitId: 'nobody' }, []],
    [{ recruitId: '', kind: undefined }, ['Bruno', 'Zoé', 'Élodie', 'Élodie']], // "all" in a select
  ] as const)('%j → %j', (filter, expected) => {
    expect(filterQueue(items, filter).map((q) => q.recruit?.displayName)).toEqual(expected);
  });

  it('offers each recruit once, by name in French order, and each kind held', () => {
    expect(queueOptions(items)).toEqual({
      recruits: [
        [ids.otherRecruit, 'Bruno'],
        [ids.recruit, 'Élodie'],
        [ids.newRecruit, 'Zoé'],
      ],
      kinds: ['milestone', 'training'],
    });
    expect(queueOptions([])).toEqual({ recruits: [], kinds: [] });
  });
});
