import { beforeEach, describe, expect, it } from 'vitest';
import { demo, DEMO_PASSWORD, stores, useHarness } from './helpers';

const MINUTE = 60_000;

describe.each(stores())('login throttle on $name', (store) => {
  const h = useHarness(store);
  beforeEach(async () => {
    h.clock.now = new Date();
    await h.db.query('DELETE FROM login_failures');
  });

  const attempt = (email: string, password: string, ip = '203.0.113.1') =>
    h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      remoteAddress: ip,
    });
  const fail = (email: string, ip?: string) => attempt(email, 'wrong-password', ip);
  const later = (minutes: number) => {
    h.clock.now = new Date(h.clock.now.getTime() + minutes * MINUTE);
  };

  it('allows 5 failures per account in 15 minutes, then answers 429 with Retry-After', async () => {
    for (let i = 0; i < 5; i += 1) {
      later(1);
      expect((await fail(demo('recrue'))).statusCode).toBe(401);
    }
    // Even the right password is refused now: otherwise guessing could go on.
    const refused = await attempt(demo('recrue'), DEMO_PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: { code: 'too_many_attempts' } });
    // The first failure (4 minutes ago) leaves the window in 11 minutes.
    expect(refused.headers['retry-after']).toBe(String(11 * 60));
    expect(refused.cookies).toEqual([]);
  });

  it('lets the account try again once the oldest failure leaves the window', async () => {
    for (let i = 0; i < 5; i += 1) await fail(demo('tuteur'));
    later(15);
    expect((await attempt(demo('tuteur'), DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('counts the account whatever address the attempts come from', async () => {
    for (let i = 0; i < 5; i += 1) await fail(demo('responsable'), `198.51.100.${i}`);
    expect((await fail(demo('responsable'), '198.51.100.99')).statusCode).toBe(429);
  });

  it('forgives the account after a successful login', async () => {
    for (let i = 0; i < 4; i += 1) await fail(demo('rh'));
    expect((await attempt(demo('rh'), DEMO_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i += 1) {
      expect((await fail(demo('rh'))).statusCode).toBe(401);
    }
  });

  it('allows 20 failures per address across accounts, then answers 429', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 20; i += 1) {
      expect((await fail(demo(`inconnu${i}`), ip)).statusCode).toBe(401);
    }
    const refused = await attempt(demo('territoire'), DEMO_PASSWORD, ip);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBe(15 * 60);
    // Another address is not affected.
    expect((await attempt(demo('territoire'), DEMO_PASSWORD, '192.0.2.78')).statusCode).toBe(200);
  });

  it('is shared by every server process over the same database', async () => {
    const other = await h.build();
    for (let i = 0; i < 5; i += 1) await fail(demo('fatou.sow'));
    const refused = await other.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: demo('fatou.sow'), password: DEMO_PASSWORD },
    });
    expect(refused.statusCode).toBe(429);
  });
});
