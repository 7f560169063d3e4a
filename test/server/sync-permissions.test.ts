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
}

describe.each(stores())('who may do what, through push, on $name', (store) => {
  const h = useHarness(store);
  const targets: Record<'own' | 'other', Target> = {} as never;
  let sessionId = '';

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
    return {
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

  beforeAll(async () => {
    targets.own = await load('recrue@demo.parcours.fr', 'saint-denis', 'responsable');
    targets.other = await load('sarah.cohen@demo.parcours.fr', 'montreuil', 'aicha.diallo');
    const [session] = await h.db.query<{ id: string }>(
      `SELECT s.id FROM group_sessions s JOIN practice_groups g ON g.id = s.group_id
         JOIN territories t ON t.id = g.territory_id WHERE t.name = 'Plaine Commune' LIMIT 1`,
    );
    sessionId = session!.id;
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
      'group.setAttendance': { sessionId, agentId: t.recruitId, present: true },
      'delegation.end': { delegationId: t.delegation.id },
      'milestone.comment': { id, stepId: t.milestone, text: 'Bon bilan, à présenter en équipe' },
    }[name];
  };

  it('covers every command but approval.delegate', () => {
    expect(new Set(matrix.map(([name]) => name))).toEqual(
      new Set([...commands.keys()].filter((name) => name !== 'approval.delegate')),
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
