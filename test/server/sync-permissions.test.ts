import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/domain/commands';
import { insertAgent } from '../../src/server/store/agents';
import { addDaysIso } from '../../src/domain/dates';
import { delegationIdOf } from '../../src/domain/commands/delegations';
import { demo, stores, useHarness } from './helpers';
import { mutations, push, pushOne, signIn } from './sync-helpers';

type Role = 'recrue' | 'tuteur' | 'responsable' | 'territoire' | 'rh';

// DESIGN §7 through real HTTP and the demo: [command, account, on "their" target (Inès's
// path in Saint-Denis, Plaine Commune), on another's (Sarah Cohen's, Montreuil, Est Ensemble)].
const matrix: [string, Role, boolean, boolean][] = [
  ['step.setDone', 'recrue', true, false],
  ['step.setDone', 'tuteur', true, false],
  ['step.setDone', 'responsable', true, false],
  ['step.setDone', 'territoire', true, false],
  ['step.setDone', 'rh', true, true],
  ['milestone.submit', 'recrue', true, false],
  ['milestone.submit', 'tuteur', false, false],
  ['milestone.submit', 'responsable', false, false],
  ['milestone.submit', 'territoire', false, false],
  ['milestone.submit', 'rh', false, false],
  ['milestone.decide', 'recrue', false, false],
  ['milestone.decide', 'tuteur', false, false],
  ['milestone.decide', 'responsable', true, false],
  ['milestone.decide', 'territoire', true, false],
  ['milestone.decide', 'rh', false, false],
  ['equipment.setStatus', 'recrue', false, false],
  ['equipment.setStatus', 'tuteur', false, false],
  ['equipment.setStatus', 'responsable', true, false],
  ['equipment.setStatus', 'territoire', true, false],
  ['equipment.setStatus', 'rh', true, true],
  ['equipment.acknowledge', 'recrue', true, false],
  ['equipment.acknowledge', 'tuteur', false, false],
  ['equipment.acknowledge', 'responsable', false, false],
  ['equipment.acknowledge', 'territoire', false, false],
  ['equipment.acknowledge', 'rh', false, false],
  ['training.record', 'recrue', true, false],
  ['training.record', 'tuteur', true, false],
  ['training.record', 'responsable', true, false],
  ['training.record', 'territoire', true, false],
  ['training.record', 'rh', true, true],
  ['meeting.log', 'recrue', true, false],
  ['meeting.log', 'tuteur', true, false],
  ['meeting.log', 'responsable', false, false],
  ['meeting.log', 'territoire', false, false],
  ['meeting.log', 'rh', false, false],
  ['path.create', 'recrue', false, false],
  ['path.create', 'tuteur', false, false],
  ['path.create', 'responsable', true, false],
  ['path.create', 'territoire', true, false],
  ['path.create', 'rh', true, true],
  ['path.assignMentor', 'recrue', false, false],
  ['path.assignMentor', 'tuteur', false, false],
  ['path.assignMentor', 'responsable', true, false],
  ['path.assignMentor', 'territoire', true, false],
  ['path.assignMentor', 'rh', true, true],
  ['group.setAttendance', 'recrue', false, false],
  ['group.setAttendance', 'tuteur', false, false],
  ['group.setAttendance', 'responsable', true, false],
  ['group.setAttendance', 'territoire', true, false],
  ['group.setAttendance', 'rh', true, true],
  // A delegation under way, given by Sophie (Saint-Denis) / by Aïcha Diallo (Montreuil).
  ['delegation.end', 'recrue', false, false],
  ['delegation.end', 'tuteur', false, false],
  ['delegation.end', 'responsable', true, false],
  ['delegation.end', 'territoire', true, false],
  ['delegation.end', 'rh', false, false],
  ['milestone.comment', 'recrue', true, false],
  ['milestone.comment', 'tuteur', true, false],
  ['milestone.comment', 'responsable', true, false],
  ['milestone.comment', 'territoire', true, false],
  ['milestone.comment', 'rh', false, false],
  // Accounts (issue 14): a recruit of the target's circonscription.
  ...(['agent.create', 'agent.update', 'agent.disable'] as const).flatMap(
    (name): [string, Role, boolean, boolean][] => [
      [name, 'recrue', false, false],
      [name, 'tuteur', false, false],
      [name, 'responsable', true, false],
      [name, 'territoire', true, false],
      [name, 'rh', true, true],
    ],
  ),
  // The organisation, groups and their sessions: the HR admin's (a group's facilitator may
  // also schedule, which no demo account of this matrix is).
  ...(
    [
      'territory.create',
      'territory.update',
      'circonscription.create',
      'circonscription.update',
      'interim.record',
      'interim.end',
      'group.create',
      'group.update',
      'session.schedule',
      'session.cancel',
      'template.publish',
      'template.retire',
    ] as const
  ).flatMap((name): [string, Role, boolean, boolean][] => [
    [name, 'recrue', false, false],
    [name, 'tuteur', false, false],
    [name, 'responsable', false, false],
    [name, 'territoire', false, false],
    [name, 'rh', true, true],
  ]),
];

interface Target {
  recruitId: string;
  mentorId: string;
  pathId: string;
  newRecruitId: string;
  admin: string;
  milestone: string;
  equipment: string;
  /** A delegation the circonscription's manager gave, under way. */
  delegation: { id: string; from: string; to: string };
  circonscriptionId: string;
  territoryId: string;
  /** A practice group of the territory the recruit belongs to, a session of it that took
   *  place and one to come. */
  groupId: string;
  pastSessionId: string;
  futureSessionId: string;
  /** An intérim under way over the circonscription (Thomas Girard's). */
  interimId: string;
}

describe.each(stores())('who may do what, through push, on $name', (store) => {
  const h = useHarness(store);
  const targets: Record<'own' | 'other', Target> = {} as never;

  const today = () => h.clock.now.toISOString().slice(0, 10);
  const agentIdOf = async (local: string) =>
    (await h.db.query<{ id: string }>('SELECT id FROM agents WHERE email = $1', [demo(local)]))[0]!
      .id;
  const delegationBy = async (giver: string, delegate: string) => {
    const [from, to] = [await agentIdOf(giver), await agentIdOf(delegate)];
    const start = addDaysIso(today(), -3);
    return { id: delegationIdOf(from, to, start), from, to };
  };
  /** The delegation under way again, whatever a case did to it. */
  const renew = ({ id, from, to }: Target['delegation']) =>
    h.db.query(
      `INSERT INTO delegations (id, from_agent_id, to_agent_id, from_date, until_date)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET until_date = EXCLUDED.until_date, deleted = false`,
      [id, from, to, addDaysIso(today(), -3), addDaysIso(today(), 10)],
    );

  const load = async (email: string, home: string, manager: string): Promise<Target> => {
    const [path] = await h.db.query<{ id: string; recruit_id: string; mentor_id: string }>(
      `SELECT p.id, p.recruit_id, p.mentor_id FROM paths p JOIN agents a ON a.id = p.recruit_id
        WHERE a.email = $1`,
      [email],
    );
    const step = async (kind: string) =>
      (
        await h.db.query<{ id: string }>(
          'SELECT id FROM steps WHERE path_id = $1 AND kind = $2 ORDER BY position LIMIT 1',
          [path!.id, kind],
        )
      )[0]!.id;
    // A recruit without a path yet, in the same circonscription, for path.create.
    const fresh = await insertAgent(h.db, {
      email: `nouveau.${home}@demo.parcours.fr`,
      displayName: 'Nouvelle recrue',
      roles: ['recruit'],
      job: 'Assistante de service social',
      status: 'contract',
      circonscriptionId: (
        await h.db.query<{ id: string }>(
          'SELECT circonscription_id AS id FROM paths WHERE id = $1',
          [path!.id],
        )
      )[0]!.id,
      startDate: '2026-04-01',
      phone: null,
      passwordHash: null,
    });
    const [where] = await h.db.query<{ circ: string; territory: string }>(
      `SELECT p.circonscription_id AS circ, c.territory_id AS territory FROM paths p
         JOIN circonscriptions c ON c.id = p.circonscription_id WHERE p.id = $1`,
      [path!.id],
    );
    const [group] = await h.db.query<{ id: string }>(
      `SELECT id FROM practice_groups WHERE $1 = ANY(member_ids) ORDER BY name LIMIT 1`,
      [path!.recruit_id],
    );
    const [past] = await h.db.query<{ id: string }>(
      `SELECT id FROM group_sessions WHERE group_id = $1 AND date < $2::date
        ORDER BY date DESC LIMIT 1`,
      [group!.id, today()],
    );
    const futureSessionId = randomUUID();
    const interimId = randomUUID();
    await h.db.query(
      `INSERT INTO group_sessions (id, group_id, date, start_time, duration_minutes, place)
       VALUES ($1, $2, $3, '14:00', 120, 'Salle du conseil')`,
      [futureSessionId, group!.id, addDaysIso(today(), 30)],
    );
    await h.db.query(
      `INSERT INTO interims (id, manager_id, circonscription_id, from_date, until_date)
       VALUES ($1, $2, $3, $4, $5)`,
      [interimId, await agentIdOf('thomas.girard'), where!.circ, today(), addDaysIso(today(), 20)],
    );
    return {
      circonscriptionId: where!.circ,
      territoryId: where!.territory,
      groupId: group!.id,
      pastSessionId: past!.id,
      futureSessionId,
      interimId,
      recruitId: path!.recruit_id,
      mentorId: path!.mentor_id,
      pathId: path!.id,
      newRecruitId: fresh.id,
      admin: await step('admin'),
      milestone: await step('milestone'),
      equipment: await step('equipment'),
      delegation: await delegationBy(manager, 'thomas.girard'),
    };
  };

  let thomasId = '';
  beforeAll(async () => {
    thomasId = await agentIdOf('thomas.girard');
    targets.own = await load('recrue@demo.parcours.fr', 'saint-denis', 'responsable');
    targets.other = await load('sarah.cohen@demo.parcours.fr', 'montreuil', 'aicha.diallo');
  });

  const argsFor = (name: string, t: Target): unknown => {
    const id = randomUUID();
    return {
      'step.setDone': { stepId: t.admin, done: true },
      'milestone.submit': { stepId: t.milestone, note: 'Prête pour le bilan' },
      'milestone.decide': { stepId: t.milestone, decision: 'approved' },
      'equipment.setStatus': { stepId: t.equipment, status: 'ordered' },
      'equipment.acknowledge': { stepId: t.equipment },
      'training.record': { id, agentId: t.recruitId, date: '2026-03-02', title: 'CNFPT', days: 1 },
      'meeting.log': { id, pathId: t.pathId, date: '2026-03-02', notes: 'Point d’étape' },
      'path.create': {
        id,
        recruitId: t.newRecruitId,
        templateId: '7e3a0000-0000-4000-8000-000000000001',
        startDate: '2026-04-01',
      },
      'path.assignMentor': { pathId: t.pathId, mentorId: t.mentorId },
      'group.setAttendance': { sessionId: t.pastSessionId, agentId: t.recruitId, present: true },
      'delegation.end': { delegationId: t.delegation.id },
      'milestone.comment': { id, stepId: t.milestone, text: 'Bon bilan, à présenter en équipe' },
      'agent.create': {
        id,
        email: `recrue.${id}@demo.parcours.fr`,
        displayName: 'Camille Petit',
        roles: ['recruit'],
        job: 'Assistante de service social',
        status: 'contract',
        circonscriptionId: t.circonscriptionId,
        startDate: addDaysIso(today(), 15),
      },
      'agent.update': { agentId: t.newRecruitId, phone: '01 43 93 00 00' },
      'agent.disable': { agentId: t.newRecruitId },
      'territory.create': { id, name: `Territoire ${id}`, managerIds: [] },
      'territory.update': { territoryId: t.territoryId },
      'circonscription.create': {
        id,
        territoryId: t.territoryId,
        name: `Circonscription ${id}`,
        service: 'SSD',
        managerIds: [],
      },
      'circonscription.update': { circonscriptionId: t.circonscriptionId },
      'interim.record': {
        id,
        managerId: thomasId,
        circonscriptionId: t.circonscriptionId,
        from: addDaysIso(today(), 60),
        until: addDaysIso(today(), 90),
      },
      'interim.end': { interimId: t.interimId },
      'group.create': {
        id,
        name: `Groupe ${id.slice(0, 8)}`,
        facilitatorId: null,
        facilitator: 'Claire Dubois, psychologue',
        territoryId: t.territoryId,
        circonscriptionIds: [],
        service: null,
        memberIds: [],
      },
      'group.update': { groupId: t.groupId },
      'session.schedule': {
        id,
        groupId: t.groupId,
        date: addDaysIso(today(), 20),
        startTime: '09:30',
        durationMinutes: 120,
        place: 'Maison des solidarités',
      },
      'session.cancel': { sessionId: t.futureSessionId },
      // A new template each time; the VAE one retired on the first case, the civic-service
      // one on the second (templates belong to no circonscription).
      'template.publish': {
        id,
        family: id,
        name: `Modèle ${id.slice(0, 8)}`,
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
      'template.retire': {
        templateId:
          t === targets.own
            ? '7e3a0000-0000-4000-8000-000000000009'
            : '7e3a0000-0000-4000-8000-000000000008',
      },
    }[name];
  };

  it('covers every command but approval.delegate', () => {
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

  it.each(matrix)('%s by %s: own %s, other %s', async (name, account, own, other) => {
    const session = await signIn(h.app, account);
    for (const [which, allowed] of [
      ['own', own],
      ['other', other],
    ] as const) {
      const t = targets[which];
      // Every case starts from a state in which the command could succeed.
      await h.db.query("UPDATE steps SET status = 'submitted', decision = NULL WHERE id = $1", [
        t.milestone,
      ]);
      await h.db.query("UPDATE steps SET status = 'requested' WHERE id = $1", [t.equipment]);
      await renew(t.delegation);
      // One path per recruit: the fresh one has none again.
      await h.db.query('UPDATE paths SET deleted = true WHERE recruit_id = $1', [t.newRecruitId]);
      await h.db.query('UPDATE agents SET disabled = false WHERE id = $1', [t.newRecruitId]);
      await h.db.query('UPDATE group_sessions SET deleted = false WHERE id = $1', [
        t.futureSessionId,
      ]);
      await h.db.query(
        'UPDATE interims SET deleted = false, until_date = $2, from_date = $3 WHERE id = $1',
        [t.interimId, addDaysIso(today(), 20), addDaysIso(today(), -2)],
      );
      // Each intérim.record case is a first one: no overlap with an earlier case's.
      await h.db.query('UPDATE interims SET deleted = true WHERE id <> ALL($1::uuid[])', [
        [targets.own.interimId, targets.other.interimId],
      ]);
      const code = await pushOne(h.app, session, name, argsFor(name, t));
      expect(code, `${which} target`).toBe(allowed ? 'applied' : 'forbidden');
    }
  });

  it('refuses a second path for a recruit who has one, and writes nothing', async () => {
    const session = await signIn(h.app, 'responsable');
    const t = targets.own;
    const id = randomUUID();
    const args = { ...(argsFor('path.create', t) as object), id, recruitId: t.recruitId };
    expect(await pushOne(h.app, session, 'path.create', args)).toBe('has_path');
    expect(await h.db.query('SELECT 1 FROM paths WHERE id = $1', [id])).toEqual([]);
    expect(await h.db.query('SELECT 1 FROM steps WHERE path_id = $1', [id])).toEqual([]);
  });

  it.each(['responsable', 'tuteur', 'territoire'])(
    'refuses a path whose recruit is %s, not a recruit, and writes nothing',
    async (who) => {
      const session = await signIn(h.app, 'rh');
      const { agent } = await signIn(h.app, who);
      const id = randomUUID();
      const args = { ...(argsFor('path.create', targets.own) as object), id, recruitId: agent.id };
      const answer = await push(
        h.app,
        session,
        randomUUID(),
        mutations(1, [{ name: 'path.create', args }]),
      );
      expect(answer.results[0]).toMatchObject({
        status: 'rejected',
        error: { code: 'invalid', field: 'recruitId' },
      });
      expect(await h.db.query('SELECT 1 FROM paths WHERE id = $1', [id])).toEqual([]);
    },
  );

  it.each([
    ['responsable', 'thomas.girard', 'applied'],
    ['territoire', 'responsable', 'applied'],
    ['recrue', 'responsable', 'forbidden'],
    ['tuteur', 'responsable', 'forbidden'],
    ['rh', 'responsable', 'forbidden'],
  ])('approval.delegate by %s to %s: %s', async (account, to, expected) => {
    const session = await signIn(h.app, account);
    const delegate = await signIn(h.app, to);
    // Far enough ahead not to meet the delegations the matrix renews.
    const from = addDaysIso(today(), 40);
    const args = { toAgentId: delegate.agent.id, from, until: addDaysIso(from, 30) };
    expect(await pushOne(h.app, session, 'approval.delegate', args)).toBe(expected);
  });
});
