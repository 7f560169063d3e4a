import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base64urlBytes } from '../../../src/domain/push';
import { defaultThresholds } from '../../../src/domain/reminders';
import { defaultPushHosts } from '../../../src/server/push/endpoint';
import { demo, login, sessionCookie, stores, useHarness } from '../helpers';
import { TestPushService } from './receiver';

interface Refusal {
  error: { code: string; field?: string };
}

describe.each(stores())('push subscriptions on $name', (store) => {
  const h = useHarness(store, {
    push: { policy: { hosts: defaultPushHosts, loopbackForTests: true } },
  });
  let service: TestPushService;
  beforeAll(async () => {
    service = await TestPushService.start();
  });
  afterAll(() => service.close());

  const signIn = async (local: string) => sessionCookie(await login(h.app, demo(local)));
  const subscribe = (cookie: string, payload: object): Promise<LightMyRequestResponse> =>
    h.app.inject({ method: 'POST', url: '/api/push/subscriptions', headers: { cookie }, payload });
  const stored = () =>
    h.db.query<{ endpoint: string; agent_id: string }>(
      'SELECT endpoint, agent_id FROM push_subscriptions ORDER BY endpoint',
    );
  const body = (sub: ReturnType<TestPushService['subscribe']>) => ({
    endpoint: sub.endpoint,
    expirationTime: sub.expirationTime,
    keys: sub.keys,
  });

  it('gives the VAPID public key to a signed-in agent only, the same after a restart', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/push/key' })).statusCode).toBe(401);
    const cookie = await signIn('recrue');
    const answer = await h.app.inject({ method: 'GET', url: '/api/push/key', headers: { cookie } });
    expect(answer.statusCode).toBe(200);
    const { publicKey } = answer.json<{ publicKey: string }>();
    expect(base64urlBytes(publicKey)).toBe(65);
    const restarted = await h.build();
    const again = await restarted.inject({
      method: 'GET',
      url: '/api/push/key',
      headers: { cookie },
    });
    expect(again.json()).toEqual({ publicKey });
  });

  it('gives a signed-in device the deployment’s reminder thresholds', async () => {
    const url = '/api/reminders/thresholds';
    expect((await h.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const cookie = await signIn('recrue');
    expect((await h.app.inject({ method: 'GET', url, headers: { cookie } })).json()).toEqual(
      defaultThresholds,
    );
    const set = { ...defaultThresholds, stepDueSoon: 2 };
    const configured = await h.build({ reminderThresholds: set });
    expect((await configured.inject({ method: 'GET', url, headers: { cookie } })).json()).toEqual(
      set,
    );
  });

  it('keeps a subscription (201), again the same one, deletes it (204) and on logout', async () => {
    const cookie = await signIn('tuteur');
    const sub = body(service.subscribe('julien'));
    expect((await subscribe(cookie, sub)).statusCode).toBe(201);
    expect((await subscribe(cookie, sub)).statusCode).toBe(201); // each start re-sends it
    expect((await stored()).filter((s) => s.endpoint === sub.endpoint)).toHaveLength(1);
    const removed = await h.app.inject({
      method: 'DELETE',
      url: '/api/push/subscriptions',
      headers: { cookie },
      payload: { endpoint: sub.endpoint },
    });
    expect(removed.statusCode).toBe(204);
    expect((await stored()).some((s) => s.endpoint === sub.endpoint)).toBe(false);

    await subscribe(cookie, sub);
    await h.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie },
      payload: {},
    });
    expect((await stored()).some((s) => s.endpoint === sub.endpoint)).toBe(false);
  });

  it('leaves another agent’s subscription alone, and does not take it over while she is signed in', async () => {
    const [ines, sophie] = [await signIn('recrue'), await signIn('responsable')];
    const sub = body(service.subscribe('shared'));
    expect((await subscribe(ines, sub)).statusCode).toBe(201);
    const taken = await subscribe(sophie, sub);
    expect([taken.statusCode, taken.json<Refusal>().error.field]).toEqual([409, 'endpoint']);
    await h.app.inject({
      method: 'DELETE',
      url: '/api/push/subscriptions',
      headers: { cookie: sophie },
      payload: { endpoint: sub.endpoint },
    });
    const kept = (await stored()).find((s) => s.endpoint === sub.endpoint);
    const [inesRow] = await h.db.query<{ id: string }>('SELECT id FROM agents WHERE email = $1', [
      demo('recrue'),
    ]);
    expect(kept?.agent_id).toBe(inesRow!.id);
  });

  const valid = () => body(service.subscribe('bad-input'));
  it.each([
    ['no keys', () => ({ ...valid(), keys: undefined }), 'keys'],
    ['no auth', () => ({ ...valid(), keys: { p256dh: valid().keys.p256dh } }), 'keys.auth'],
    [
      'a short p256dh',
      () => ({ ...valid(), keys: { ...valid().keys, p256dh: 'AAAA' } }),
      'keys.p256dh',
    ],
    [
      'a long auth',
      () => ({ ...valid(), keys: { ...valid().keys, auth: 'A'.repeat(40) } }),
      'keys.auth',
    ],
    ['not base64url', () => ({ ...valid(), keys: { ...valid().keys, auth: '!!!!' } }), 'keys.auth'],
    [
      'plain http elsewhere',
      () => ({ ...valid(), endpoint: 'http://fcm.googleapis.com/x' }),
      'endpoint',
    ],
    ['an IP address', () => ({ ...valid(), endpoint: 'https://10.1.2.3/push' }), 'endpoint'],
    ['link-local', () => ({ ...valid(), endpoint: 'https://169.254.169.254/x' }), 'endpoint'],
    ['an unknown host', () => ({ ...valid(), endpoint: 'https://push.example.org/x' }), 'endpoint'],
    ['loopback over https', () => ({ ...valid(), endpoint: 'https://127.0.0.1/x' }), 'endpoint'],
    ['10 KB of junk', () => ({ ...valid(), endpoint: 'x'.repeat(10_240) }), 'endpoint'],
    ['another agent named', () => ({ ...valid(), agentId: crypto.randomUUID() }), 'agentId'],
    ['a JSON array', () => [valid()], undefined],
  ])('refuses %s with 400 naming the field, and keeps nothing', async (_, make, field) => {
    const cookie = await signIn('recrue');
    const before = await stored();
    const answer = await subscribe(cookie, make());
    expect(answer.statusCode).toBe(400);
    expect(answer.json<Refusal>().error).toMatchObject({
      code: 'invalid',
      ...(field ? { field } : {}),
    });
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['no endpoint', {}],
    ['a number', { endpoint: 7 }],
    ['10 KB of junk', { endpoint: 'x'.repeat(10_240) }],
  ])('refuses to delete with %s, 400 naming the field', async (_, payload) => {
    const cookie = await signIn('recrue');
    const answer = await h.app.inject({
      method: 'DELETE',
      url: '/api/push/subscriptions',
      headers: { cookie },
      payload,
    });
    expect([answer.statusCode, answer.json<Refusal>().error.field]).toEqual([400, 'endpoint']);
  });

  it('refuses a test receiver’s address unless the app was built for tests', async () => {
    const strict = await h.build({ push: {} });
    const cookie = sessionCookie(await login(strict, demo('recrue')));
    const answer = await strict.inject({
      method: 'POST',
      url: '/api/push/subscriptions',
      headers: { cookie },
      payload: valid(),
    });
    expect([answer.statusCode, answer.json<Refusal>().error.field]).toEqual([400, 'endpoint']);
  });
});
