import { describe, expect, it } from 'vitest';
import { isDone } from '../../src/domain/path';
import type { Step } from '../../src/domain/entities';
import { stores, useHarness } from '../server/helpers';
import { readMeta } from '../../src/db/meta';
import { Device } from './device';
import { allSteps, getStep, stepsOfPath } from '../../src/db/steps';
import { waitingChanges } from '../../src/sync/push';

/** The recruit's steps that a tap can finish, in due order. */
async function plainTodoSteps(device: Device): Promise<Step[]> {
  const steps = (await allSteps(device.db)).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return steps.filter(
    (s) => !isDone(s) && s.kind !== 'equipment' && s.kind !== 'milestone' && !s.needsApproval,
  );
}

describe.each(stores())('the sync engine against the real server on $name', (store) => {
  const h = useHarness(store);

  /** A recruit has asked for a milestone review; her manager and territory manager see it. */
  async function reviewAsked() {
    const recruit = await Device.signIn(h.app, 'recrue');
    const manager = await Device.signIn(h.app, 'responsable');
    const territory = await Device.signIn(h.app, 'territoire');
    await recruit.sync();
    const milestone = (await allSteps(recruit.db)).find(
      (step) => step.kind === 'milestone' && step.status === 'todo',
    );
    expect(milestone).toBeDefined();
    const stepId = milestone!.id;
    expect((await recruit.run('milestone.submit', { stepId })).ok).toBe(true);
    await recruit.sync();
    await Promise.all([manager.sync(), territory.sync()]);
    return { manager, territory, stepId };
  }

  it('brings the recruit her path on the first sync, and nothing waits', async () => {
    const device = await Device.signIn(h.app, 'recrue');
    await device.sync();
    expect(device.engine.current.state).toBe('idle');
    const path = await device.db.path.where('recruitId').equals(device.agent.id).first();
    expect(path).toBeDefined();
    expect((await stepsOfPath(device.db, path!.id)).length).toBeGreaterThan(14);
    expect(await device.outbox()).toEqual([]);
  });

  /** The device's log of requests and cursor writes, for the order of pulls and pages. */
  function logCursorWrites(device: Device) {
    device.db.meta.hook('creating', (key) => void device.log.push(`write ${key}`));
    device.db.meta.hook('updating', (_changes, key) => void device.log.push(`write ${key}`));
    return {
      requests: () => device.log.filter((line) => line === 'send /api/sync/pull').length,
      pages: () => device.log.filter((line) => line === 'write cursor').length,
    };
  }

  async function recruitStepCount(device: Device): Promise<number> {
    const path = await device.db.path.where('recruitId').equals(device.agent.id).first();
    return (await stepsOfPath(device.db, path!.id)).length;
  }

  it('brings every page in one request, each applied on its own', async () => {
    const device = await Device.signIn(await h.build({ pullPageSize: 20 }), 'recrue');
    const log = logCursorWrites(device);
    await device.sync();
    expect(device.engine.current.state).toBe('idle');
    expect(log.requests()).toBe(1);
    expect(log.pages()).toBeGreaterThan(2);
    expect(await recruitStepCount(device)).toBeGreaterThan(14);
  });

  it('asks again from its cursor when the server ends a stream early', async () => {
    const device = await Device.signIn(
      await h.build({ pullPageSize: 20, pullStreamPages: 2 }),
      'recrue',
    );
    const log = logCursorWrites(device);
    await device.sync();
    expect(device.engine.current.state).toBe('idle');
    expect(log.pages()).toBeGreaterThan(2);
    expect(log.requests()).toBe(Math.ceil(log.pages() / 2));
    expect(await recruitStepCount(device)).toBeGreaterThan(14);
  });

  it('keeps the pages that arrived when the connection breaks mid-answer', async () => {
    const device = await Device.signIn(await h.build({ pullPageSize: 20 }), 'recrue');
    const log = logCursorWrites(device);
    device.faults = ['cutAnswer']; // nothing to push: the first request is the pull
    await device.sync();
    expect(device.engine.current.state).toBe('offline');
    expect(log.pages()).toBe(1);
    const { cursor } = await device.meta();
    expect(cursor).not.toBeNull();

    await device.sync();
    expect(device.engine.current.state).toBe('idle');
    expect(log.requests()).toBe(2);
    expect(await recruitStepCount(device)).toBeGreaterThan(14);
    const server = await device.serverView();
    expect(await allSteps(device.db)).toEqual(server.get('step'));
  });

  it('keeps offline changes until the server has them, then confirms them', async () => {
    const device = await Device.signIn(h.app, 'recrue');
    await device.sync();
    const [a, b, c] = await plainTodoSteps(device);
    device.online = false;
    for (const step of [a!, b!, c!]) {
      const outcome = await device.run('step.setDone', { stepId: step.id, done: true });
      expect(outcome.ok).toBe(true);
    }
    await device.sync();
    expect(device.engine.current.state).toBe('offline');
    expect((await device.outbox()).map((e) => e.name)).toEqual(Array(3).fill('step.setDone'));

    device.online = true;
    await device.sync();
    expect(await device.outbox()).toEqual([]);
    // Another device of hers sees the server's copy.
    const other = await Device.signIn(h.app, 'recrue');
    await other.sync();
    for (const step of [a!, b!, c!])
      expect((await getStep(other.db, step.id))?.status).toBe('done');
  });

  it('applies a mutation once when the answer is lost after the server committed', async () => {
    const device = await Device.signIn(h.app, 'recrue');
    await device.sync();
    const id = crypto.randomUUID();
    const args = {
      id,
      agentId: device.agent.id,
      date: '2026-11-20',
      title: 'Écrits professionnels',
      days: 1,
    };
    expect((await device.run('training.record', args)).ok).toBe(true);
    device.faults = ['dropResponse'];
    await device.sync();
    expect(await device.outbox()).toHaveLength(1);
    device.faults = ['duplicate'];
    await device.sync();
    expect(await device.outbox()).toEqual([]);
    expect(await device.db.training.get(id)).toMatchObject({ title: 'Écrits professionnels' });
  });

  it('reverts a change the server refused and tells the person why', async () => {
    const manager = await Device.signIn(h.app, 'responsable');
    const territory = await Device.signIn(h.app, 'territoire');
    await Promise.all([manager.sync(), territory.sync()]);
    const submitted = (await allSteps(manager.db)).filter((step) => step.status === 'submitted')[0];
    expect(submitted).toBeDefined();
    const stepId = submitted!.id;

    manager.online = false;
    territory.online = false;
    await manager.run('milestone.decide', { stepId, decision: 'approved', comment: 'Très bien' });
    const refused = await territory.run('milestone.decide', {
      stepId,
      decision: 'rejected',
      comment: 'Il manque le rapport',
    });
    expect(refused.ok).toBe(true); // optimistic: the territory manager's device said yes
    manager.online = true;
    territory.online = true;
    await manager.sync();
    await territory.sync();

    const step = await getStep(territory.db, stepId);
    expect(step).toMatchObject({ status: 'approved', decision: { comment: 'Très bien' } });
    expect(await territory.outbox()).toEqual([]);
    expect(await territory.db.notices.toArray()).toMatchObject([
      { name: 'milestone.decide', code: 'already_decided' },
    ]);
  });

  it('tells the person why even when the answer that refused the change was lost', async () => {
    const { manager, territory, stepId } = await reviewAsked();

    territory.online = false;
    await territory.run('milestone.decide', { stepId, decision: 'rejected', comment: 'Non' });
    expect((await manager.run('milestone.decide', { stepId, decision: 'approved' })).ok).toBe(true);
    await manager.sync();
    territory.online = true;
    territory.faults = ['dropResponse']; // the server refuses it, the answer never arrives
    await territory.sync();
    expect(territory.engine.current.state).toBe('offline');
    expect(await territory.db.notices.count()).toBe(0);

    await territory.sync(); // sent again: a duplicate, with the reason it was refused
    expect(territory.engine.current.state).toBe('idle');
    expect(await getStep(territory.db, stepId)).toMatchObject({ status: 'approved' });
    expect(await territory.outbox()).toEqual([]);
    expect(await territory.db.notices.toArray()).toMatchObject([
      { name: 'milestone.decide', code: 'already_decided' },
    ]);
  });

  it('does not bring back a notice the person dismissed when the pull after the push failed', async () => {
    const { manager, territory, stepId } = await reviewAsked();

    await territory.run('milestone.decide', { stepId, decision: 'rejected', comment: 'Non' });
    expect((await manager.run('milestone.decide', { stepId, decision: 'approved' })).ok).toBe(true);
    await manager.sync();
    territory.faults = ['none', 'dropRequest']; // the push is answered, the pull never goes
    await territory.sync();
    expect(territory.log.filter((line) => line.startsWith('send'))).toContain(
      'send /api/sync/push',
    );
    expect(await territory.db.notices.count()).toBe(1);
    await territory.db.notices.clear(); // read and dismissed

    territory.log.length = 0;
    await territory.sync();
    expect(territory.engine.current.state).toBe('idle');
    expect(territory.log).not.toContain('send /api/sync/push'); // nothing sent again
    expect(await territory.db.notices.count()).toBe(0);
    expect(await territory.outbox()).toEqual([]);
    expect(await getStep(territory.db, stepId)).toMatchObject({ status: 'approved' });
  });

  it('sends again what a server restored from a backup no longer has', async () => {
    const device = await Device.signIn(h.app, 'recrue');
    await device.sync();
    const [first, second, third, fourth] = await plainTodoSteps(device);
    await device.run('step.setDone', { stepId: first!.id, done: true });
    await device.run('step.setDone', { stepId: second!.id, done: true });
    device.faults = ['none', 'dropRequest']; // pushed, not yet pulled
    await device.sync();
    const { clientId } = await readMeta(device.db);
    // The server goes back to a copy taken before the second mutation reached it.
    await h.db.query("UPDATE steps SET status = 'todo' WHERE id = $1", [second!.id]);
    await h.db.query('UPDATE clients SET last_mutation_id = 1 WHERE client_id = $1', [clientId]);
    const status = async (id: string) =>
      (await h.db.query<{ status: string }>('SELECT status FROM steps WHERE id = $1', [id]))[0]
        ?.status;

    // A third: sent alone, it finds the server expecting the second (409), and both go.
    await device.run('step.setDone', { stepId: third!.id, done: true });
    await device.sync();
    expect(device.engine.current.state).toBe('idle');
    expect(await device.outbox()).toEqual([]);
    expect([await status(second!.id), await status(third!.id)]).toEqual(['done', 'done']);

    // Without a new mutation: the pull says what the server lacks, the next push sends it.
    await device.run('step.setDone', { stepId: fourth!.id, done: true });
    device.faults = ['none', 'dropRequest'];
    await device.sync();
    await h.db.query("UPDATE steps SET status = 'todo' WHERE id = $1", [fourth!.id]);
    await h.db.query('UPDATE clients SET last_mutation_id = 3 WHERE client_id = $1', [clientId]);
    await device.sync(); // the pull says 3: the fourth is pending again
    await device.sync(); // and is sent again
    expect(await device.outbox()).toEqual([]);
    expect(await status(fourth!.id)).toBe('done');
  });

  it('tells the server with each pull how many of its changes the server lacks', async () => {
    const device = await Device.signIn(h.app, 'recrue');
    await device.sync();
    const { clientId } = await device.meta();
    const pullsSaid = () =>
      device.sent
        .filter((s) => s.path === '/api/sync/pull')
        .map((s) => (s.body as { pending?: number }).pending);
    const stored = async () =>
      (
        await h.db.query<{ pending: number | null }>(
          'SELECT pending FROM clients WHERE client_id = $1',
          [clientId],
        )
      )[0]?.pending;
    expect(pullsSaid()).toEqual([0]);
    expect(await stored()).toBe(0);

    // Two changes made offline wait; the push delivers them, so the pull after it says none.
    const [first, second, third] = await plainTodoSteps(device);
    await device.run('step.setDone', { stepId: first!.id, done: true });
    await device.run('step.setDone', { stepId: second!.id, done: true });
    expect(await waitingChanges(device.db)).toBe(2);
    device.faults = ['none', 'dropRequest']; // pushed, not yet pulled: kept, not counted
    await device.sync();
    expect(await device.outbox()).toHaveLength(2);
    expect(await waitingChanges(device.db)).toBe(0);
    await device.run('step.setDone', { stepId: third!.id, done: true });
    expect(await waitingChanges(device.db)).toBe(1);
    device.sent.length = 0;
    await device.sync();
    expect(pullsSaid()).toEqual([0]);
    expect(await device.outbox()).toEqual([]);
  });

  it('keeps the outbox when the session is gone, and says so', async () => {
    const device = await Device.signIn(h.app, 'recrue');
    await device.sync();
    const [step] = await plainTodoSteps(device);
    await device.run('step.setDone', { stepId: step!.id, done: true });
    await h.app.inject({ method: 'POST', url: '/api/auth/logout', headers: device.headers() });
    await device.sync();
    expect(device.engine.current.state).toBe('unauthorized');
    expect(await device.outbox()).toHaveLength(1);
  });

  it('loses nothing and doubles nothing across a server restart', async () => {
    const device = await Device.signIn(h.app, 'recrue');
    await device.sync();
    const id = crypto.randomUUID();
    await device.run('training.record', {
      id,
      agentId: device.agent.id,
      date: '2026-11-21',
      title: 'Violences intrafamiliales',
      days: 0.5,
    });
    device.faults = ['dropResponse'];
    await device.sync();
    await h.app.close();
    h.app = await h.build();
    device.reconnect(h.app);
    await device.sync();
    expect(await device.outbox()).toEqual([]);
    const trainings = await device.db.training.where('agentId').equals(device.agent.id).toArray();
    expect(trainings.filter((t) => t.id === id)).toHaveLength(1);
  });
});
