import { describe, expect, it } from 'vitest';
import { stores, useHarness } from '../server/helpers';
import { Device } from './device';

// Issue 17: a reminder dismissed on one device is gone from her others, and from nobody
// else's; made offline, it survives a lost answer and a duplicate, applied once.
describe.each(stores())('reminder.dismiss from a device, on $name', (store) => {
  const h = useHarness(store);

  it('keeps a dismissal made offline through a lost answer and a duplicate, for her devices only', async () => {
    const [phone, laptop, mentor] = await Promise.all([
      Device.signIn(h.app, 'recrue'),
      Device.signIn(h.app, 'recrue'),
      Device.signIn(h.app, 'tuteur'),
    ]);
    await Promise.all([phone.sync(), laptop.sync(), mentor.sync()]);
    const [step] = await h.db.query<{ id: string }>(
      'SELECT s.id FROM steps s JOIN paths p ON p.id = s.path_id WHERE p.recruit_id = $1 LIMIT 1',
      [phone.agent.id],
    );
    const key = `stepOverdue:${step!.id}:7`;

    phone.online = false;
    expect((await phone.run('reminder.dismiss', { key })).ok).toBe(true);
    expect(await phone.db.reminderDismissal.toArray()).toMatchObject([{ key, version: 0 }]);
    phone.online = true;
    phone.faults = ['dropResponse'];
    await phone.sync();
    phone.faults = ['duplicate'];
    await phone.sync();
    expect(await phone.outbox()).toEqual([]);
    const rows = await h.db.query('SELECT id FROM reminder_dismissals WHERE agent_id = $1', [
      phone.agent.id,
    ]);
    expect(rows).toEqual([{ id: `${phone.agent.id}:${key}` }]);

    await Promise.all([laptop.sync(), mentor.sync()]);
    expect(await laptop.db.reminderDismissal.toArray()).toMatchObject([
      { key, agentId: phone.agent.id },
    ]);
    expect(await mentor.db.reminderDismissal.toArray()).toEqual([]);
    expect((await mentor.serverView()).get('reminderDismissal') ?? []).toEqual([]);
  });

  it.each([
    ['a key no rule makes', 'overdue:x:7', 'key'],
    ['an unknown rule', 'stepLate:00000000-0000-4000-8000-000000000000:7', 'key'],
    ['a key of 10 KB', `stepOverdue:${'a'.repeat(10_000)}:7`, 'key'],
    ['no key', undefined, 'key'],
  ])('refuses %s, naming the field, and writes nothing', async (_, key, field) => {
    const phone = await Device.signIn(h.app, 'recrue');
    await phone.sync();
    const held = await phone.db.reminderDismissal.count();
    const stored = await h.db.query('SELECT id FROM reminder_dismissals ORDER BY id');
    const outcome = await phone.run('reminder.dismiss', key === undefined ? {} : { key });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid', field } });
    expect(await phone.db.reminderDismissal.count()).toBe(held);
    expect(await h.db.query('SELECT id FROM reminder_dismissals ORDER BY id')).toEqual(stored);
  });
});
