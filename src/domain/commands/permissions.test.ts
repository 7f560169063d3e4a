import { beforeEach, describe, expect, it } from 'vitest';
import { stepIdOf } from '../path';
import { actorOf } from '../permissions';
import { delegationIdOf } from './delegations';
import { actors, contextFor, ids, MemoryReader, stepIndex } from './fixture';
import { addGroups, groupIds } from './group-fixture';
import { commands, runCommand } from './index';

type ActorName = keyof typeof actors;
const uuid = '11111111-1111-4111-8111-111111111111';

/** A delegation under way on the fixture's day (2026-11-23), given by `fromAgentId`. */
const delegationBy = (fromAgentId: string, toAgentId: string) => ({
  id: delegationIdOf(fromAgentId, toAgentId, '2026-11-20'),
  fromAgentId,
  toAgentId,
  from: '2026-11-20',
  until: '2026-11-30',
  version: 1,
});
const delegations = {
  own: delegationBy(ids.manager, ids.otherManager),
  other: delegationBy(ids.otherManager, ids.manager),
};

/** Intérims under way on the fixture's day: the manager covers c2, the other one c1. */
const interimOf = (n: number, managerId: string, circonscriptionId: string) => ({
  id: `00000000-0000-4000-8000-0000000001${n}0`,
  managerId,
  circonscriptionId,
  from: '2026-11-01',
  until: '2026-12-31',
  version: 1,
});
const interims = {
  own: interimOf(1, ids.manager, ids.c2),
  other: interimOf(2, ids.otherManager, ids.c1),
};

/** Arguments of each command aimed at the recruit's path (`own`, from each actor's point of
 *  view "their" target) or at a path in another territory (`other`). */
const targets = (mine: boolean) => {
  const path = mine ? ids.path : ids.otherPath;
  const recruit = mine ? ids.recruit : ids.otherRecruit;
  return {
    'step.setDone': { stepId: stepIdOf(path, stepIndex.admin), done: true },
    'milestone.submit': { stepId: stepIdOf(path, stepIndex.milestone), note: 'prête' },
    'milestone.decide': { stepId: stepIdOf(path, stepIndex.milestone), decision: 'approved' },
    'equipment.setStatus': { stepId: stepIdOf(path, stepIndex.equipment), status: 'ordered' },
    'equipment.acknowledge': { stepId: stepIdOf(path, stepIndex.equipment) },
    'training.record': { id: uuid, agentId: recruit, date: '2026-11-20', title: 'CNFPT', days: 1 },
    'meeting.log': { id: uuid, pathId: path, date: '2026-11-20', notes: 'Premier point' },
    'path.create': {
      id: uuid,
      recruitId: mine ? ids.newRecruit : ids.farRecruit,
      templateId: ids.template,
      startDate: '2026-12-01',
    },
    'path.assignMentor': { pathId: path, mentorId: mine ? ids.mentor : ids.otherMentor },
    'group.setAttendance': {
      sessionId: mine ? groupIds.pastSession : groupIds.otherPastSession,
      agentId: recruit,
      present: true,
    },
    'group.create': {
      id: uuid,
      name: 'GAP Accueil',
      facilitatorId: null,
      facilitator: 'Claire Vasseur, psychologue',
      territoryId: mine ? ids.t1 : ids.t2,
      circonscriptionIds: [],
      service: null,
      memberIds: [recruit],
    },
    'group.update': { groupId: mine ? groupIds.own : groupIds.other, name: 'GAP renommé' },
    'session.schedule': {
      id: uuid,
      groupId: mine ? groupIds.own : groupIds.other,
      date: '2026-12-07',
      startTime: '09:30',
      durationMinutes: 120,
      place: 'Maison des solidarités',
    },
    'session.cancel': { sessionId: mine ? groupIds.nextSession : groupIds.otherNextSession },
    'delegation.end': { delegationId: (mine ? delegations.own : delegations.other).id },
    'milestone.comment': {
      id: uuid,
      stepId: stepIdOf(path, stepIndex.milestone),
      text: 'Bien avancé',
    },
    'agent.create': {
      id: uuid,
      email: 'Nouvelle.Recrue@demo.parcours.fr',
      displayName: 'Nouvelle Recrue',
      roles: ['recruit'],
      job: 'Assistante de service social',
      status: 'contract',
      circonscriptionId: mine ? ids.c1 : ids.c3,
      startDate: '2026-12-01',
    },
    'agent.update': { agentId: mine ? ids.newRecruit : ids.farRecruit, job: 'CESF' },
    'agent.disable': { agentId: mine ? ids.newRecruit : ids.farRecruit },
    'territory.create': { id: uuid, name: mine ? 'Nord' : 'Sud', managerIds: [] },
    'territory.update': { territoryId: mine ? ids.t1 : ids.t2, name: 'Renommé' },
    'circonscription.create': {
      id: uuid,
      territoryId: mine ? ids.t1 : ids.t2,
      name: 'Pantin',
      service: 'ASE',
      managerIds: [],
    },
    'circonscription.update': { circonscriptionId: mine ? ids.c1 : ids.c3, name: 'Renommée' },
    'interim.record': {
      id: uuid,
      managerId: ids.manager,
      circonscriptionId: mine ? ids.c2 : ids.c3,
      from: '2027-01-01',
      until: '2027-01-31',
    },
    'interim.end': { interimId: (mine ? interims.own : interims.other).id },
    // Own: a new template; other: a new version of the fixture's.
    'template.publish': {
      id: uuid,
      family: mine ? uuid : ids.template,
      name: 'ASS',
      job: 'Assistante de service social',
      status: 'contract',
      steps: [
        {
          position: 1,
          kind: 'admin',
          title: 'Accueil',
          help: '',
          due: { unit: 'day', amount: 1 },
          needsApproval: false,
        },
      ],
    },
    'template.retire': { templateId: ids.template },
  } as const;
};

// DESIGN §7, read as: [command, actor, allowed on their own target, allowed on another's].
const matrix: [string, ActorName, boolean, boolean][] = [
  ['step.setDone', 'recruit', true, false],
  ['step.setDone', 'mentor', true, false],
  ['step.setDone', 'manager', true, false],
  ['step.setDone', 'territoryManager', true, false],
  ['step.setDone', 'admin', true, true],
  ['milestone.submit', 'recruit', true, false],
  ['milestone.submit', 'mentor', false, false],
  ['milestone.submit', 'manager', false, false],
  ['milestone.submit', 'territoryManager', false, false],
  ['milestone.submit', 'admin', false, false],
  ['milestone.decide', 'recruit', false, false],
  ['milestone.decide', 'mentor', false, false],
  ['milestone.decide', 'manager', true, false],
  ['milestone.decide', 'territoryManager', true, false],
  ['milestone.decide', 'admin', false, false],
  ['equipment.setStatus', 'recruit', false, false],
  ['equipment.setStatus', 'mentor', false, false],
  ['equipment.setStatus', 'manager', true, false],
  ['equipment.setStatus', 'territoryManager', true, false],
  ['equipment.setStatus', 'admin', true, true],
  ['equipment.acknowledge', 'recruit', true, false],
  ['equipment.acknowledge', 'mentor', false, false],
  ['equipment.acknowledge', 'manager', false, false],
  ['equipment.acknowledge', 'territoryManager', false, false],
  ['equipment.acknowledge', 'admin', false, false],
  ['training.record', 'recruit', true, false],
  ['training.record', 'mentor', true, false],
  ['training.record', 'manager', true, false],
  ['training.record', 'territoryManager', true, false],
  ['training.record', 'admin', true, true],
  ['meeting.log', 'recruit', true, false],
  ['meeting.log', 'mentor', true, false],
  ['meeting.log', 'manager', false, false],
  ['meeting.log', 'territoryManager', false, false],
  ['meeting.log', 'admin', false, false],
  ['path.create', 'recruit', false, false],
  ['path.create', 'mentor', false, false],
  ['path.create', 'manager', true, false],
  ['path.create', 'territoryManager', true, false],
  ['path.create', 'admin', true, true],
  ['path.assignMentor', 'recruit', false, false],
  ['path.assignMentor', 'mentor', false, false],
  ['path.assignMentor', 'manager', true, false],
  ['path.assignMentor', 'territoryManager', true, false],
  ['path.assignMentor', 'admin', true, true],
  // Own: a session of the group the mentor leads, which the recruit belongs to; other: the
  // other mentor's group, in t2. The mentor records attendance as its facilitator.
  ['group.setAttendance', 'recruit', false, false],
  ['group.setAttendance', 'mentor', true, false],
  ['group.setAttendance', 'manager', true, false],
  ['group.setAttendance', 'territoryManager', true, false],
  ['group.setAttendance', 'admin', true, true],
  // Own: the manager's delegation (Saint-Denis, territory t1); other: another manager's (t2).
  ['delegation.end', 'recruit', false, false],
  ['delegation.end', 'mentor', false, false],
  ['delegation.end', 'manager', true, false],
  ['delegation.end', 'territoryManager', true, false],
  ['delegation.end', 'admin', false, false],
  ['milestone.comment', 'recruit', true, false],
  ['milestone.comment', 'mentor', true, false],
  ['milestone.comment', 'manager', true, false],
  ['milestone.comment', 'territoryManager', true, false],
  ['milestone.comment', 'admin', false, false],
  // Accounts: own, a recruit of the manager's circonscription (c1, territory t1); other, c3.
  ...(['agent.create', 'agent.update', 'agent.disable'] as const).flatMap(
    (name): [string, ActorName, boolean, boolean][] => [
      [name, 'recruit', false, false],
      [name, 'mentor', false, false],
      [name, 'manager', true, false],
      [name, 'territoryManager', true, false],
      [name, 'admin', true, true],
    ],
  ),
  // The organisation is the HR admin's alone.
  ...(
    [
      'territory.create',
      'territory.update',
      'circonscription.create',
      'circonscription.update',
      'interim.record',
      'interim.end',
      'template.publish',
      'template.retire',
    ] as const
  ).flatMap((name): [string, ActorName, boolean, boolean][] => [
    [name, 'recruit', false, false],
    [name, 'mentor', false, false],
    [name, 'manager', false, false],
    [name, 'territoryManager', false, false],
    [name, 'admin', true, true],
  ]),
  // Practice-analysis groups are the HR admin's; their sessions, her and the facilitator's.
  ...(['group.create', 'group.update'] as const).flatMap(
    (name): [string, ActorName, boolean, boolean][] => [
      [name, 'recruit', false, false],
      [name, 'mentor', false, false],
      [name, 'manager', false, false],
      [name, 'territoryManager', false, false],
      [name, 'admin', true, true],
    ],
  ),
  ...(['session.schedule', 'session.cancel'] as const).flatMap(
    (name): [string, ActorName, boolean, boolean][] => [
      [name, 'recruit', false, false],
      [name, 'mentor', true, false],
      [name, 'manager', false, false],
      [name, 'territoryManager', false, false],
      [name, 'admin', true, true],
    ],
  ),
];

describe('who may do what (DESIGN §7)', () => {
  let read: MemoryReader;
  beforeEach(() => {
    read = new MemoryReader();
    // A review is waiting on both paths, so that deciding is possible at all.
    for (const path of [ids.path, ids.otherPath]) {
      const id = stepIdOf(path, stepIndex.milestone);
      const step = read.tables.get('step')!.get(id)!;
      read.put({ entity: 'step', op: 'put', row: { ...step, status: 'submitted' } as never });
    }
    for (const row of Object.values(delegations))
      read.put({ entity: 'delegation', op: 'put', row });
    for (const row of Object.values(interims)) read.put({ entity: 'interim', op: 'put', row });
    addGroups(read);
  });

  it('covers every command', () => {
    expect(new Set(matrix.map(([name]) => name))).toEqual(
      // reminder.dismiss has no target but the actor herself (reminders.test.ts); the
      // welcome content's commands are the HR admin's and a team's, not a path's
      // (content.test.ts, test/sync/content.test.ts).
      new Set(
        [...commands.keys()].filter(
          (name) =>
            name !== 'approval.delegate' &&
            name !== 'reminder.dismiss' &&
            !name.startsWith('content.'),
        ),
      ),
    );
  });

  it.each(matrix)('%s by %s: own %s, other %s', async (name, actorName, own, other) => {
    const command = commands.get(name)!;
    for (const [mine, allowed] of [
      [true, own],
      [false, other],
    ] as const) {
      const args = targets(mine)[name as keyof ReturnType<typeof targets>];
      const outcome = await runCommand(command, args, contextFor(actors[actorName], read));
      const code = outcome.ok ? 'applied' : outcome.error.code;
      expect(code, `${mine ? 'own' : 'other'} target`).toBe(allowed ? 'applied' : 'forbidden');
    }
  });

  it('never lets a manager decide a milestone on her own path', async () => {
    const read = new MemoryReader();
    const actor = { ...actors.manager, agentId: ids.recruit };
    const stepId = stepIdOf(ids.path, stepIndex.milestone);
    const step = read.tables.get('step')!.get(stepId)!;
    read.put({ entity: 'step', op: 'put', row: { ...step, status: 'submitted' } as never });
    const outcome = await runCommand(
      commands.get('milestone.decide')!,
      { stepId, decision: 'approved' },
      contextFor(actor, read),
    );
    expect(outcome.ok ? 'applied' : outcome.error.code).toBe('forbidden');
  });

  it('lets a delegate decide in the delegated circonscription only', async () => {
    const actor = { ...actors.mentor, delegatedCirconscriptionIds: [ids.c1] };
    const decide = (path: string) =>
      runCommand(
        commands.get('milestone.decide')!,
        { stepId: stepIdOf(path, stepIndex.milestone), decision: 'approved' },
        contextFor(actor, read),
      );
    expect((await decide(ids.path)).ok).toBe(true);
    const other = await decide(ids.otherPath);
    expect(other.ok ? 'applied' : other.error.code).toBe('forbidden');
  });
});

describe('actorOf', () => {
  const circonscriptions = [
    { id: ids.c1, managerIds: [ids.manager] },
    { id: ids.c2, managerIds: [ids.manager, ids.otherManager] },
    { id: ids.c3, managerIds: [ids.otherManager] },
  ];
  const territories = [{ id: ids.t1, managerIds: [ids.territoryManager] }];
  const delegation = {
    fromAgentId: ids.otherManager,
    toAgentId: ids.manager,
    from: '2026-11-20',
    until: '2026-11-30',
  };

  it.each([
    ['2026-11-19', []],
    ['2026-11-20', [ids.c2, ids.c3]],
    ['2026-11-30', [ids.c2, ids.c3]],
    ['2026-12-01', []],
  ])('on %s, delegated circonscriptions are %j', (today, delegated) => {
    const actor = actorOf({
      agentId: ids.manager,
      roles: ['manager'],
      circonscriptions,
      territories,
      delegations: [delegation],
      today,
    });
    expect(actor.circonscriptionIds).toEqual([ids.c1, ids.c2]);
    expect(actor.territoryIds).toEqual([]);
    expect(actor.delegatedCirconscriptionIds).toEqual(delegated);
  });
});
