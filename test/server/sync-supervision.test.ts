import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { delegationIdOf } from '../../src/domain/commands/delegations';
import { addDaysIso } from '../../src/domain/dates';
import { stores, useHarness } from './helpers';
import { mutations, push, pullAll, rowsOf, signIn, type Session } from './sync-helpers';

// Issue 13 through push: each refusal names its field and writes nothing; delegations end;
// comments on milestones reach those who read the path and nobody else.
describe.each(stores())('supervisors’ commands through push, on $name', (store) => {
  const h = useHarness(store);
  const today = () => h.clock.now.toISOString().slice(0, 10);
  const day = (days: number) => addDaysIso(today(), days);

  async function pushed(session: Session, name: string, args: unknown) {
    const answer = await push(h.app, session, randomUUID(), mutations(1, [{ name, args }]));
    const [result] = answer.results;
    return result?.status === 'rejected'
      ? [result.error?.code, result.error?.field]
      : [result?.status];
  }
  const count = async (sql: string, params: unknown[] = []) =>
    (await h.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) x`, params))[0]!.n;
  const inesPath = async () =>
    (
      await h.db.query<{ id: string }>(
        "SELECT p.id FROM paths p JOIN agents a ON a.id = p.recruit_id WHERE a.email = 'recrue@demo.parcours.fr'",
      )
    )[0]!.id;
  const stepOf = async (pathId: string, kind: string) =>
    (
      await h.db.query<{ id: string }>(
        'SELECT id FROM steps WHERE path_id = $1 AND kind = $2 ORDER BY position LIMIT 1',
        [pathId, kind],
      )
    )[0]!.id;

  it.each([
    ['to herself', 'responsable', 1, 5, ['invalid', 'toAgentId']],
    ['to a mentor', 'tuteur', 1, 5, ['invalid', 'toAgentId']],
    ['starting yesterday', 'thomas.girard', -1, 5, ['invalid', 'from']],
    ['ending before it starts', 'thomas.girard', 5, 1, ['invalid', 'until']],
    ['over a year', 'thomas.girard', 1, 400, ['invalid', 'until']],
  ])('approval.delegate %s → %j, nothing written', async (_, to, from, until, expected) => {
    const sophie = await signIn(h.app, 'responsable');
    const delegate = await signIn(h.app, to);
    const before = await count('SELECT 1 FROM delegations');
    const args = { toAgentId: delegate.agent.id, from: day(from), until: day(until) };
    expect(await pushed(sophie, 'approval.delegate', args)).toEqual(expected);
    expect(await count('SELECT 1 FROM delegations')).toBe(before);
  });

  it('refuses a delegation over the days of one not over (overlap on from), then ends it', async () => {
    const aicha = await signIn(h.app, 'aicha.diallo');
    const [thomas, karim] = await Promise.all([
      signIn(h.app, 'thomas.girard'),
      signIn(h.app, 'territoire'),
    ]);
    const first = { toAgentId: thomas.agent.id, from: day(0), until: day(10) };
    expect(await pushed(aicha, 'approval.delegate', first)).toEqual(['applied']);
    const second = { toAgentId: karim.agent.id, from: day(5), until: day(15) };
    expect(await pushed(aicha, 'approval.delegate', second)).toEqual(['overlap', 'from']);

    // Started today: ending it withdraws it (a tombstone), and then there is nothing to end.
    const delegationId = delegationIdOf(aicha.agent.id, thomas.agent.id, day(0));
    expect(await pushed(aicha, 'delegation.end', { delegationId })).toEqual(['applied']);
    expect(
      await h.db.query('SELECT deleted FROM delegations WHERE id = $1', [delegationId]),
    ).toEqual([{ deleted: true }]);
    expect(await pushed(aicha, 'delegation.end', { delegationId })).toEqual([
      'not_found',
      'delegationId',
    ]);
    expect(await pushed(aicha, 'approval.delegate', second)).toEqual(['applied']);
  });

  it('ends a delegation under way yesterday; a decision made under it says who delegated', async () => {
    const [sophie, thomas] = await Promise.all([
      signIn(h.app, 'responsable'),
      signIn(h.app, 'thomas.girard'),
    ]);
    const delegationId = delegationIdOf(sophie.agent.id, thomas.agent.id, day(-2));
    await h.db.query(
      `INSERT INTO delegations (id, from_agent_id, to_agent_id, from_date, until_date)
       VALUES ($1, $2, $3, $4, $5)`,
      [delegationId, sophie.agent.id, thomas.agent.id, day(-2), day(5)],
    );
    const milestone = await stepOf(await inesPath(), 'milestone');
    await h.db.query("UPDATE steps SET status = 'submitted', decision = NULL WHERE id = $1", [
      milestone,
    ]);
    expect(
      await pushed(thomas, 'milestone.decide', { stepId: milestone, decision: 'approved' }),
    ).toEqual(['applied']);
    const [decided] = await h.db.query<{ decision: unknown }>(
      'SELECT decision FROM steps WHERE id = $1',
      [milestone],
    );
    expect(decided!.decision).toMatchObject({ by: thomas.agent.id, delegatedBy: sophie.agent.id });

    expect(await pushed(thomas, 'delegation.end', { delegationId })).toEqual([
      'forbidden',
      'delegationId',
    ]);
    expect(await pushed(sophie, 'delegation.end', { delegationId })).toEqual(['applied']);
    expect(
      await h.db.query<{ until: string }>(
        'SELECT until_date::text AS until FROM delegations WHERE id = $1',
        [delegationId],
      ),
    ).toEqual([{ until: day(-1) }]);
    expect(await pushed(sophie, 'delegation.end', { delegationId })).toEqual([
      'already_ended',
      'delegationId',
    ]);
    // Over: Thomas no longer decides in Saint-Denis.
    await h.db.query("UPDATE steps SET status = 'submitted', decision = NULL WHERE id = $1", [
      milestone,
    ]);
    expect(
      await pushed(thomas, 'milestone.decide', { stepId: milestone, decision: 'approved' }),
    ).toEqual(['forbidden', 'stepId']);
  });

  it('keeps a comment once, refuses its id to another author, and shows it to the path’s readers only', async () => {
    const ines = await signIn(h.app, 'recrue');
    const julien = await signIn(h.app, 'tuteur');
    const sophie = await signIn(h.app, 'responsable');
    const lucas = await signIn(h.app, 'lucas.martin');
    const stepId = await stepOf(await inesPath(), 'milestone');
    const id = randomUUID();
    const args = { id, stepId, text: '  Belle progression  ' };
    expect(await pushed(julien, 'milestone.comment', args)).toEqual(['applied']);
    expect(await pushed(julien, 'milestone.comment', args)).toEqual(['applied']);
    expect(await pushed(ines, 'milestone.comment', { ...args, text: 'Merci' })).toEqual([
      'forbidden',
      'id',
    ]);
    expect(await pushed(lucas, 'milestone.comment', { ...args, id: randomUUID() })).toEqual([
      'forbidden',
      'stepId',
    ]);
    expect(
      await h.db.query('SELECT body FROM milestone_comments WHERE step_id = $1', [stepId]),
    ).toEqual([{ body: 'Belle progression' }]);

    const seen = async (session: Session) =>
      rowsOf(
        (await pullAll(h.app, session, randomUUID())).flatMap((page) => page.changes),
        'milestoneComment',
      ).map((row) => row.id);
    for (const reader of [ines, julien, sophie]) expect(await seen(reader)).toContain(id);
    expect(await seen(lucas)).not.toContain(id);
  });

  it.each([
    ['requested', 'delivered'],
    ['delivered', 'ordered'],
    ['returned', 'delivered'],
  ])('equipment.setStatus %s → %s: bad_transition on status, unchanged', async (from, to) => {
    const sophie = await signIn(h.app, 'responsable');
    const stepId = await stepOf(await inesPath(), 'equipment');
    await h.db.query('UPDATE steps SET status = $2 WHERE id = $1', [stepId, from]);
    expect(await pushed(sophie, 'equipment.setStatus', { stepId, status: to })).toEqual([
      'bad_transition',
      'status',
    ]);
    expect(await h.db.query('SELECT status FROM steps WHERE id = $1', [stepId])).toEqual([
      { status: from },
    ]);
  });

  it.each([
    ['responsable', 'fatou.sow', ['invalid', 'mentorId']],
    ['responsable', 'helene.garnier', ['invalid', 'mentorId']],
    ['responsable', 'lucas.martin', ['invalid', 'mentorId']],
    ['territoire', 'fatou.sow', ['applied']],
    ['territoire', 'helene.garnier', ['invalid', 'mentorId']],
  ])('path.assignMentor by %s to %s → %j', async (account, mentor, expected) => {
    const session = await signIn(h.app, account);
    const { agent } = await signIn(h.app, mentor);
    const pathId = await inesPath();
    const [before] = await h.db.query<{ mentor_id: string }>(
      'SELECT mentor_id FROM paths WHERE id = $1',
      [pathId],
    );
    expect(await pushed(session, 'path.assignMentor', { pathId, mentorId: agent.id })).toEqual(
      expected,
    );
    const [after] = await h.db.query<{ mentor_id: string }>(
      'SELECT mentor_id FROM paths WHERE id = $1',
      [pathId],
    );
    expect(after!.mentor_id).toBe(expected[0] === 'applied' ? agent.id : before!.mentor_id);
    await h.db.query('UPDATE paths SET mentor_id = $2 WHERE id = $1', [pathId, before!.mentor_id]);
  });
});
