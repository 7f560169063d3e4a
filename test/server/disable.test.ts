import { describe, expect, it } from 'vitest';
import { demo, login, sessionCookie, stores, useHarness } from './helpers';

describe.each(stores())('disabling an account on $name', (store) => {
  const h = useHarness(store);

  const me = (cookie: string) => h.app.inject({ url: '/api/auth/me', headers: { cookie } });
  const setDisabled = (email: string, disabled: boolean) =>
    h.db.query('UPDATE agents SET disabled = $2 WHERE email = $1', [email, disabled]);
  const count = async (table: 'sessions' | 'device_cookies', email: string) => {
    const [row] = await h.db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM ${table} t JOIN agents a ON a.id = t.agent_id
        WHERE a.email = $1`,
      [email],
    );
    return row!.n;
  };

  it('revokes its sessions for good: re-enabled, the person signs in again', async () => {
    const email = demo('tuteur');
    const cookie = sessionCookie(await login(h.app, email));
    expect((await me(cookie)).statusCode).toBe(200);

    await setDisabled(email, true);
    expect((await me(cookie)).statusCode).toBe(401);
    await setDisabled(email, false);
    expect((await me(cookie)).statusCode).toBe(401);

    const again = await login(h.app, email);
    expect(again.statusCode).toBe(200);
    expect((await me(sessionCookie(again))).statusCode).toBe(200);
  });

  it("deletes its sessions and device cookies, and no one else's", async () => {
    await login(h.app, demo('responsable'));
    await login(h.app, demo('territoire'));
    expect(await count('sessions', demo('responsable'))).toBeGreaterThan(0);
    expect(await count('device_cookies', demo('responsable'))).toBeGreaterThan(0);

    await setDisabled(demo('responsable'), true);
    expect(await count('sessions', demo('responsable'))).toBe(0);
    expect(await count('device_cookies', demo('responsable'))).toBe(0);
    expect(await count('sessions', demo('territoire'))).toBeGreaterThan(0);
    expect(await count('device_cookies', demo('territoire'))).toBeGreaterThan(0);
    await setDisabled(demo('responsable'), false);
  });

  it('leaves sessions alone when an update keeps the account enabled', async () => {
    const cookie = sessionCookie(await login(h.app, demo('rh')));
    await setDisabled(demo('rh'), false);
    await h.db.query("UPDATE agents SET display_name = display_name || '' WHERE email = $1", [
      demo('rh'),
    ]);
    expect((await me(cookie)).statusCode).toBe(200);
  });
});
