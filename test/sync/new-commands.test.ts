import { describe, expect, it } from 'vitest';
import { delegationIdOf } from '../../src/domain/commands/delegations';
import { addDaysIso } from '../../src/domain/dates';
import { allSteps } from '../../src/db/steps';
import { stores, useHarness } from '../server/helpers';
import { Device } from './device';

// Issue 13's commands made on a device survive the engine's rebase and its handling of
// lost answers and duplicates: applied once, kept on the device, seen by the others.
describe.each(stores())('supervisors’ commands from a device, on $name', (store) => {
  const h = useHarness(store);
  const day = (days: number) => addDaysIso(h.clock.now.toISOString().slice(0, 10), days);

  it('keeps a comment made offline through a lost answer and a duplicate, once, for the path’s readers', async () => {
    const [mentor, recruit] = await Promise.all([
      Device.signIn(h.app, 'tuteur'),
      Device.signIn(h.app, 'recrue'),
    ]);
    await Promise.all([mentor.sync(), recruit.sync()]);
    const milestone = (await allSteps(recruit.db)).find((step) => step.kind === 'milestone')!;
    mentor.online = false;
    const id = crypto.randomUUID();
    const made = await mentor.run('milestone.comment', {
      id,
      stepId: milestone.id,
      text: 'Très bon début',
    });
    expect(made.ok).toBe(true);
    // Meanwhile the recruit ticks a step: the mentor's pull brings it under her pending comment.
    const [plain] = (await allSteps(recruit.db)).filter(
      (s) => s.kind === 'admin' && s.status === 'todo',
    );
    await recruit.run('step.setDone', { stepId: plain!.id, done: true });
    await recruit.sync();

    mentor.online = true;
    mentor.faults = ['dropResponse'];
    await mentor.sync();
    expect(await mentor.db.milestoneComment.get(id)).toMatchObject({ text: 'Très bon début' });
    mentor.faults = ['duplicate'];
    await mentor.sync();
    expect(await mentor.outbox()).toEqual([]);
    const [kept, ...more] = await mentor.db.milestoneComment.toArray();
    expect([kept?.id, more]).toEqual([id, []]);
    expect(kept!.version).toBeGreaterThan(0); // the server's row, confirmed
    expect((await mentor.serverView()).get('milestoneComment')).toEqual(
      await mentor.db.milestoneComment.toArray(),
    );
    expect(await h.db.query('SELECT 1 FROM milestone_comments WHERE id = $1', [id])).toHaveLength(
      1,
    );

    await recruit.sync();
    expect(await recruit.db.milestoneComment.get(id)).toMatchObject({ authorId: mentor.agent.id });
  });

  it('ends a delegation offline, and withdraws one not started, through a lost answer and a duplicate', async () => {
    const manager = await Device.signIn(h.app, 'responsable');
    const [thomas] = await h.db.query<{ id: string }>(
      "SELECT id FROM agents WHERE email = 'thomas.girard@demo.parcours.fr'",
    );
    const me = manager.agent.id;
    const underWay = delegationIdOf(me, thomas!.id, day(-5));
    const coming = delegationIdOf(me, thomas!.id, day(20));
    for (const [id, from, until] of [
      [underWay, day(-5), day(5)],
      [coming, day(20), day(25)],
    ])
      await h.db.query(
        `INSERT INTO delegations (id, from_agent_id, to_agent_id, from_date, until_date)
         VALUES ($1, $2, $3, $4, $5)`,
        [id, me, thomas!.id, from, until],
      );
    await manager.sync();
    expect(await manager.db.delegation.count()).toBe(2);

    manager.online = false;
    expect((await manager.run('delegation.end', { delegationId: underWay })).ok).toBe(true);
    expect((await manager.run('delegation.end', { delegationId: coming })).ok).toBe(true);
    expect(await manager.db.delegation.toArray()).toMatchObject([{ id: underWay, until: day(-1) }]);

    manager.online = true;
    manager.faults = ['dropResponse'];
    await manager.sync();
    manager.faults = ['duplicate'];
    await manager.sync();
    expect(await manager.outbox()).toEqual([]);
    expect(await manager.db.notices.count()).toBe(0);
    expect(await manager.db.delegation.toArray()).toMatchObject([{ id: underWay, until: day(-1) }]);
    expect((await manager.serverView()).get('delegation')).toEqual(
      await manager.db.delegation.toArray(),
    );
  });
});
