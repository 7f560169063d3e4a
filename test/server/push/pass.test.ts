import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultThresholds } from '../../../src/domain/reminders';
import { defaultPushHosts } from '../../../src/server/push/endpoint';
import { vapidKeys } from '../../../src/server/push/keys';
import { runReminderPass } from '../../../src/server/push/pass';
import type { PushRuntime } from '../../../src/server/push/settings';
import { demo, login, sessionCookie, stores, useHarness } from '../helpers';
import { parisWeekday, weekdayAt } from './clock';
import { TestPushService, type TestSubscription } from './receiver';

describe.each(stores())('the reminders pass on $name', (store) => {
  const policy = { hosts: defaultPushHosts, loopbackForTests: true };
  const h = useHarness(store, { push: { policy } });
  let service: TestPushService;
  let push: PushRuntime;
  let sophie: TestSubscription;
  let morning: Date;
  const run = (now: Date, more: Partial<PushRuntime> = {}) =>
    runReminderPass(h.db, { ...push, ...more }, defaultThresholds, now);
  const toSophie = () => service.received.filter((r) => r.path === '/push/sophie');

  beforeAll(async () => {
    service = await TestPushService.start();
    push = {
      policy,
      subject: 'mailto:rh@departement.example',
      timeoutMs: 300,
      keys: await vapidKeys(h.db, new Date()),
    };
    // Sophie, the demo's manager, subscribes from her phone.
    const cookie = sessionCookie(await login(h.app, demo('responsable')));
    sophie = service.subscribe('sophie');
    const subscription = { endpoint: sophie.endpoint, expirationTime: null, keys: sophie.keys };
    const answer = await h.app.inject({
      method: 'POST',
      url: '/api/push/subscriptions',
      headers: { cookie },
      payload: subscription,
    });
    expect(answer.statusCode).toBe(201);
    morning = weekdayAt(h.clock.now, 10);
  });
  afterAll(() => service.close());

  it('pushes the manager one encrypted, signed notice of the milestone waiting, without a name', async () => {
    const result = await run(morning);
    expect(result.skipped).toBeUndefined();
    const [notice, ...more] = toSophie().filter(
      (r) => (r.payload as { tag: string }).tag === 'milestoneWaiting',
    );
    expect(more).toEqual([]);
    expect(notice!.payload).toEqual({
      title: 'Parcours',
      body: '1 jalon attend votre validation',
      url: '/validations',
      tag: 'milestoneWaiting',
    });
    // No one's name reaches a lock screen: the demo's people are nowhere in what was sent.
    const names = await h.db.query<{ name: string }>('SELECT display_name AS name FROM agents');
    for (const received of toSophie())
      for (const { name } of names) expect(JSON.stringify(received.payload)).not.toContain(name);
    expect(notice!.claims).toMatchObject({
      aud: service.origin,
      sub: 'mailto:rh@departement.example',
    });
    // web-push signs with the real clock: fresh for the next hours, as RFC 8292 asks.
    expect(notice!.claims.exp * 1000).toBeGreaterThan(Date.now());
    expect(notice!.vapidKey).toBe(push.keys.publicKey);
    expect(notice!.headers).toMatchObject({
      ttl: '14400',
      topic: 'milestoneWaiting',
      urgency: 'normal',
    });
    expect(result.outcomes.sent).toBe(toSophie().length);
  });

  it('never sends the same reminder twice: not in the next pass, not after a restart, not the next day', async () => {
    const before = service.received.length;
    await run(new Date(morning.getTime() + 10 * 60_000));
    await h.build(); // a restart: what was sent is in the database, not in memory
    await run(new Date(morning.getTime() + 20 * 60_000));
    await run(weekdayAt(new Date(morning.getTime() + 3_600_000), 9));
    expect(service.received.slice(before).filter((r) => r.path === '/push/sophie')).toEqual([]);
  });

  it('sends nothing in the quiet hours, at the weekend, or without a VAPID subject', async () => {
    const evening = new Date(morning.getTime() + 11 * 3_600_000); // 21:00 Paris
    expect((await run(evening)).skipped).toBe('quiet hours');
    const saturday = weekdayAt(morning, 10);
    while (parisWeekday(saturday) !== 'Sat') saturday.setTime(saturday.getTime() + 86_400_000);
    expect((await run(saturday)).skipped).toBe('quiet hours');
    expect((await run(morning, { subject: null })).skipped).toBe('push off');
  });

  it('lets one pass run at a time', async () => {
    const later = weekdayAt(new Date(morning.getTime() + 2 * 86_400_000), 11);
    await h.db.query(
      `INSERT INTO reminder_lease (id, holder, until) VALUES (1, 'another', $1)
       ON CONFLICT (id) DO UPDATE SET holder = 'another', until = $1`,
      [new Date(later.getTime() + 60_000)],
    );
    expect((await run(later)).skipped).toBe('busy');
    expect((await run(new Date(later.getTime() + 120_000))).skipped).toBeUndefined();
  });

  it('retries a service that failed or hung, and forgets a subscription the service says is gone', async () => {
    // A new reminder for Sophie: another milestone of her circonscription submitted long ago.
    const [step] = await h.db.query<{ id: string }>(
      `SELECT s.id FROM steps s JOIN paths p ON p.id = s.path_id
         JOIN manager_circonscriptions m ON m.circonscription_id = p.circonscription_id
         JOIN agents a ON a.id = m.agent_id
        WHERE a.email = $1 AND s.kind = 'milestone' AND s.status = 'todo' AND NOT s.deleted
        ORDER BY s.id LIMIT 1`,
      [demo('responsable')],
    );
    await h.db.query("UPDATE steps SET status = 'submitted', updated_at = $2 WHERE id = $1", [
      step!.id,
      new Date(morning.getTime() - 20 * 86_400_000),
    ]);
    const day = weekdayAt(new Date(morning.getTime() + 4 * 86_400_000), 10);
    const retryAfter = async () =>
      (
        await h.db.query<{ r: Date | null }>(
          'SELECT retry_after AS r FROM push_subscriptions WHERE endpoint = $1',
          [sophie.endpoint],
        )
      )[0]?.r;

    service.answers.set('/push/sophie', 500);
    const failed = await run(day);
    expect(failed.outcomes.retry).toBeGreaterThan(0);
    expect(failed.outcomes.sent).toBe(0);
    expect(await retryAfter()).not.toBeNull();
    service.answers.set('/push/sophie', 'hang');
    const hung = await run(new Date(day.getTime() + 16 * 60_000));
    expect(hung.outcomes.retry).toBeGreaterThan(0); // bounded by the timeout: the pass went on

    service.answers.delete('/push/sophie');
    const before = toSophie().length;
    const recovered = await run(new Date(day.getTime() + 32 * 60_000));
    expect(recovered.outcomes.sent).toBe(recovered.notices);
    expect(toSophie().length).toBe(before + recovered.notices);
    expect(toSophie().map((r) => (r.payload as { body: string }).body)).toContain(
      '1 jalon attend votre validation',
    );

    service.answers.set('/push/sophie', 410);
    await h.db.query('DELETE FROM reminder_sends');
    expect((await run(new Date(day.getTime() + 48 * 60_000))).outcomes.gone).toBeGreaterThan(0);
    expect(
      await h.db.query('SELECT 1 FROM push_subscriptions WHERE endpoint = $1', [sophie.endpoint]),
    ).toEqual([]);
  });
});
