import { beforeEach, describe, expect, it } from 'vitest';
import { Agent } from '../../src/domain/organisation';
import { demo, login, sessionCookie, stores, useHarness } from './helpers';

const HOUR = 3_600_000;

describe.each(stores())('auth on $name', (store) => {
  const h = useHarness(store);
  beforeEach(async () => {
    h.clock.now = new Date();
    await h.db.query('DELETE FROM login_failures');
    await h.db.query('UPDATE agents SET disabled = false WHERE disabled');
  });

  const me = (cookie?: string) =>
    h.app.inject({ url: '/api/auth/me', headers: cookie ? { cookie } : {} });

  describe('login', () => {
    it('answers the agent and sets an HttpOnly, SameSite=Strict session cookie', async () => {
      const response = await login(h.app, demo('recrue'));
      expect(response.statusCode).toBe(200);
      const { agent } = response.json<{ agent: Agent }>();
      expect(Agent.parse(agent)).toMatchObject({
        email: demo('recrue'),
        displayName: 'Inès Benali',
        roles: ['recruit'],
      });
      const [cookie, ...others] = response.cookies;
      // Beside it only the device cookie (test/server/throttle.test.ts), which is no session.
      expect(others.map((c) => c.name)).toEqual(['parcours_device']);
      expect(cookie).toMatchObject({
        name: 'parcours_session',
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        maxAge: 720 * 3600,
      });
      expect(cookie?.secure).toBeFalsy();
      // 32 random bytes in base64url: 43 characters, at least the 128 bits asked for.
      expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('accepts the email address in any case', async () => {
      const response = await login(h.app, 'Recrue@Demo.Parcours.FR');
      expect(response.statusCode).toBe(200);
    });

    it('stores only a digest of the session id', async () => {
      const response = await login(h.app, demo('tuteur'));
      const value = response.cookies[0]!.value;
      const rows = await h.db.query<{ id_hash: string }>('SELECT id_hash FROM sessions');
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.some((row) => row.id_hash.includes(value))).toBe(false);
    });

    it('gives the same 401 for a wrong password, an unknown account and a disabled one', async () => {
      await h.db.query('UPDATE agents SET disabled = true WHERE email = $1', [demo('rh')]);
      const answers = await Promise.all([
        login(h.app, demo('recrue'), 'not-the-password'),
        login(h.app, demo('personne'), 'Parcours-demo-2026'),
        login(h.app, demo('rh')),
      ]);
      for (const response of answers) {
        expect(response.statusCode).toBe(401);
        expect(response.cookies).toEqual([]);
      }
      const bodies = answers.map((response) => response.body);
      expect(new Set(bodies).size).toBe(1);
      expect(answers[0]?.json()).toMatchObject({ error: { code: 'invalid_credentials' } });
    });

    it('sets a Secure __Host- cookie and HSTS when the request came over HTTPS', async () => {
      const proxied = await h.build({ trustProxy: true });
      const response = await login(proxied, demo('recrue'), undefined, {
        'x-forwarded-proto': 'https',
      });
      expect(response.statusCode).toBe(200);
      expect(response.cookies[0]).toMatchObject({ name: '__Host-parcours', secure: true });
      expect(response.headers['strict-transport-security']).toBe(
        'max-age=63072000; includeSubDomains',
      );
      const cookie = sessionCookie(response);
      const answer = await proxied.inject({
        url: '/api/auth/me',
        headers: { cookie, 'x-forwarded-proto': 'https' },
      });
      expect(answer.json()).toMatchObject({ email: demo('recrue') });
    });

    it('ignores X-Forwarded-Proto from clients when no proxy is trusted', async () => {
      const response = await login(h.app, demo('recrue'), undefined, {
        'x-forwarded-proto': 'https',
      });
      expect(response.cookies[0]).toMatchObject({ name: 'parcours_session' });
      expect(response.headers['strict-transport-security']).toBeUndefined();
    });

    it('can be forced to set the Secure cookie', async () => {
      const forced = await h.build({ cookieSecure: true });
      const response = await login(forced, demo('recrue'));
      expect(response.cookies[0]).toMatchObject({ name: '__Host-parcours', secure: true });
    });

    it('rotates the session: the one sent along is revoked', async () => {
      const first = sessionCookie(await login(h.app, demo('recrue')));
      const second = await login(h.app, demo('recrue'), undefined, { cookie: first });
      expect(second.statusCode).toBe(200);
      expect(sessionCookie(second)).not.toBe(first);
      expect((await me(first)).statusCode).toBe(401);
      expect((await me(sessionCookie(second))).statusCode).toBe(200);
    });
  });

  describe('me', () => {
    it('answers the signed-in agent row', async () => {
      const response = await login(h.app, demo('responsable'));
      const answer = await me(sessionCookie(response));
      expect(answer.statusCode).toBe(200);
      expect(Agent.parse(answer.json())).toEqual(response.json<{ agent: Agent }>().agent);
    });

    it.each([
      ['no cookie', undefined],
      ['an unknown session', 'parcours_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
      ['an empty cookie', 'parcours_session='],
    ])('is 401 unauthenticated with %s', async (_, cookie) => {
      const answer = await me(cookie);
      expect(answer.statusCode).toBe(401);
      expect(answer.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    });

    it('is 401 after logout, and logout clears the cookie', async () => {
      const cookie = sessionCookie(await login(h.app, demo('tuteur')));
      const out = await h.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie },
      });
      expect(out.statusCode).toBe(204);
      expect(out.cookies[0]).toMatchObject({ name: 'parcours_session', value: '' });
      expect((await me(cookie)).statusCode).toBe(401);
    });

    it('is 401 once the session has expired', async () => {
      const cookie = sessionCookie(await login(h.app, demo('tuteur')));
      h.clock.now = new Date(h.clock.now.getTime() + 719 * HOUR);
      expect((await me(cookie)).statusCode).toBe(200);
      h.clock.now = new Date(h.clock.now.getTime() + 1 * HOUR);
      expect((await me(cookie)).statusCode).toBe(401);
    });

    it('is 401 once the account is disabled', async () => {
      const cookie = sessionCookie(await login(h.app, demo('territoire')));
      expect((await me(cookie)).statusCode).toBe(200);
      await h.db.query('UPDATE agents SET disabled = true WHERE email = $1', [demo('territoire')]);
      expect((await me(cookie)).statusCode).toBe(401);
    });
  });

  describe('logout', () => {
    it('answers 204 without a session, and with a JSON content type but no body', async () => {
      const bare = await h.app.inject({ method: 'POST', url: '/api/auth/logout' });
      expect(bare.statusCode).toBe(204);
      const typed = await h.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { 'content-type': 'application/json' },
      });
      expect(typed.statusCode).toBe(204);
    });

    it('revokes only the session it was given', async () => {
      const phone = sessionCookie(await login(h.app, demo('recrue')));
      const laptop = sessionCookie(await login(h.app, demo('recrue')));
      await h.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: phone } });
      expect((await me(phone)).statusCode).toBe(401);
      expect((await me(laptop)).statusCode).toBe(200);
    });
  });
});
