import type { LightMyRequestResponse } from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import { demo, DEMO_PASSWORD, stores, useHarness } from './helpers';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DEVICE_COOKIES = ['parcours_device', '__Secure-parcours-device'];

describe.each(stores())('login throttle on $name', (store) => {
  const h = useHarness(store);
  beforeEach(async () => {
    h.clock.now = new Date();
    await h.db.query('DELETE FROM login_failures');
  });

  const attempt = (email: string, password: string, ip = '203.0.113.1', cookie?: string) =>
    h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      remoteAddress: ip,
      headers: cookie ? { cookie } : {},
    });
  const fail = (email: string, ip?: string, cookie?: string) =>
    attempt(email, 'wrong-password', ip, cookie);
  const later = (ms: number) => {
    h.clock.now = new Date(h.clock.now.getTime() + ms);
  };
  const retryAfter = (response: LightMyRequestResponse) => Number(response.headers['retry-after']);
  /** The device cookie a successful login set, as a Cookie header value. */
  const deviceCookie = (response: LightMyRequestResponse) => {
    const cookie = response.cookies.find((c) => DEVICE_COOKIES.includes(c.name));
    if (!cookie) throw new Error(`No device cookie (status ${response.statusCode})`);
    return `${cookie.name}=${cookie.value}`;
  };
  /** The owner's browser signs in once, from home, and so becomes trusted. */
  const trustedBrowser = async (email: string) =>
    deviceCookie(await attempt(email, DEMO_PASSWORD, '192.0.2.200'));
  /** 25 wrong guesses from as many addresses, each waiting as long as it is told to. */
  const hammer = async (email: string) => {
    for (let i = 0; i < 25; i += 1) {
      let answer = await fail(email, `198.51.100.${i}`);
      if (answer.statusCode === 429) {
        later(retryAfter(answer) * SECOND);
        answer = await fail(email, `198.51.100.${i}`);
      }
      expect(answer.statusCode).toBe(401);
    }
    expect((await attempt(email, DEMO_PASSWORD, '192.0.2.99')).statusCode).toBe(429);
  };

  it('allows 5 failures per account and address in 15 minutes, then answers 429', async () => {
    for (let i = 0; i < 5; i += 1) {
      later(MINUTE);
      expect((await fail(demo('recrue'))).statusCode).toBe(401);
    }
    // From that address even the right password waits: otherwise guessing could go on.
    const refused = await attempt(demo('recrue'), DEMO_PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: { code: 'too_many_attempts' } });
    // The first failure (4 minutes ago) leaves the window in 11 minutes.
    expect(refused.headers['retry-after']).toBe(String(11 * 60));
    expect(refused.cookies).toEqual([]);
    // The account is not locked: its owner signs in from elsewhere.
    expect((await attempt(demo('recrue'), DEMO_PASSWORD, '192.0.2.5')).statusCode).toBe(200);
  });

  it('lets the address try again once the oldest failure leaves the window', async () => {
    for (let i = 0; i < 5; i += 1) await fail(demo('tuteur'));
    later(15 * MINUTE);
    expect((await attempt(demo('tuteur'), DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('slows an attacker spread over many addresses: each wait doubles, up to 5 minutes', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect((await fail(demo('responsable'), `198.51.100.${i}`)).statusCode).toBe(401);
    }
    const waits: number[] = [];
    for (let i = 10; i < 21; i += 1) {
      const refused = await fail(demo('responsable'), `198.51.100.${i}`);
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toMatchObject({ error: { code: 'too_many_attempts' } });
      waits.push(retryAfter(refused));
      later(retryAfter(refused) * SECOND);
      expect((await fail(demo('responsable'), `198.51.100.${i}`)).statusCode).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
    // A delay, not a lock: once it is over, the right password passes.
    expect((await attempt(demo('responsable'), DEMO_PASSWORD, '192.0.2.9')).statusCode).toBe(429);
    later(300 * SECOND);
    expect((await attempt(demo('responsable'), DEMO_PASSWORD, '192.0.2.9')).statusCode).toBe(200);
  });

  it("lets the owner's trusted browser in while an attacker hammers her account", async () => {
    const browser = await trustedBrowser(demo('recrue'));
    await hammer(demo('recrue'));
    // Even from an address the attacker has used up, and with his failures just made.
    for (let i = 0; i < 20; i += 1) await fail(demo(`inconnu${i}`), '198.51.100.0');
    const signedIn = await attempt(demo('recrue'), DEMO_PASSWORD, '198.51.100.0', browser);
    expect(signedIn.statusCode).toBe(200);
    // The cookie is renewed at each sign-in; the one replaced is worth nothing any more.
    const renewed = deviceCookie(signedIn);
    expect(renewed).not.toBe(browser);
    expect((await attempt(demo('recrue'), DEMO_PASSWORD, '192.0.2.7', browser)).statusCode).toBe(
      429,
    );
    expect((await attempt(demo('recrue'), DEMO_PASSWORD, '192.0.2.7', renewed)).statusCode).toBe(
      200,
    );
  });

  it('stops trusting a device cookie after 5 failures with it', async () => {
    const browser = await trustedBrowser(demo('tuteur'));
    await hammer(demo('tuteur'));
    for (let i = 0; i < 5; i += 1) {
      expect((await fail(demo('tuteur'), '192.0.2.8', browser)).statusCode).toBe(401);
    }
    const refused = await attempt(demo('tuteur'), DEMO_PASSWORD, '192.0.2.8', browser);
    expect(refused.statusCode).toBe(429);
    expect(retryAfter(refused)).toBeGreaterThan(0);
  });

  it('gives a forged or unknown device cookie no privilege', async () => {
    await hammer(demo('territoire'));
    for (const forged of [
      `parcours_device=${'A'.repeat(43)}`,
      `__Secure-parcours-device=${'B'.repeat(43)}`,
      'parcours_device=',
      'parcours_device=%00%27;',
    ]) {
      const refused = await attempt(demo('territoire'), DEMO_PASSWORD, '192.0.2.10', forged);
      expect(refused.statusCode).toBe(429);
    }
  });

  it("gives one account's device cookie nothing for another", async () => {
    const recruits = await trustedBrowser(demo('recrue'));
    await hammer(demo('rh'));
    const refused = await attempt(demo('rh'), DEMO_PASSWORD, '192.0.2.200', recruits);
    expect(refused.statusCode).toBe(429);
  });

  it('sets the device cookie HttpOnly, SameSite=Strict, on /api/auth for a year, stored hashed', async () => {
    const response = await attempt(demo('rh'), DEMO_PASSWORD);
    const cookie = response.cookies.find((c) => c.name === 'parcours_device');
    expect(cookie).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
      path: '/api/auth',
      maxAge: 365 * 24 * 3600,
    });
    expect(cookie?.secure).toBeFalsy();
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await h.db.query<{ token_hash: string }>('SELECT token_hash FROM device_cookies');
    expect(rows.some((row) => row.token_hash.includes(cookie!.value))).toBe(false);

    const secure = await h.build({ cookieSecure: true });
    const overHttps = await secure.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: demo('rh'), password: DEMO_PASSWORD },
    });
    expect(overHttps.cookies[1]).toMatchObject({ name: '__Secure-parcours-device', secure: true });
  });

  it('keeps the device cookie and its trust at logout', async () => {
    const signedIn = await attempt(demo('fatou.sow'), DEMO_PASSWORD, '192.0.2.200');
    const session = signedIn.cookies.find((c) => c.name === 'parcours_session')!;
    const browser = deviceCookie(signedIn);
    const out = await h.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: `parcours_session=${session.value}; ${browser}` },
    });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.map((c) => c.name)).toEqual(['parcours_session']);
    await hammer(demo('fatou.sow'));
    expect((await attempt(demo('fatou.sow'), DEMO_PASSWORD, '192.0.2.1', browser)).statusCode).toBe(
      200,
    );
  });

  it('forgives the address after a successful login', async () => {
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
    expect(retryAfter(refused)).toBe(15 * 60);
    // Another address is not affected.
    expect((await attempt(demo('territoire'), DEMO_PASSWORD, '192.0.2.78')).statusCode).toBe(200);
  });

  it('is shared by every server process over the same database', async () => {
    const other = await h.build();
    const inOther = (email: string, cookie?: string) =>
      other.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: DEMO_PASSWORD },
        remoteAddress: '203.0.113.1',
        headers: cookie ? { cookie } : {},
      });
    const browser = await trustedBrowser(demo('fatou.sow'));
    for (let i = 0; i < 5; i += 1) await fail(demo('fatou.sow'));
    expect((await inOther(demo('fatou.sow'))).statusCode).toBe(429);
    expect((await inOther(demo('fatou.sow'), browser)).statusCode).toBe(200);
  });
});
