import { beforeEach, describe, expect, it } from 'vitest';
import { Agent } from '../../src/domain/organisation';
import { activationClient, GOOD_PASSWORD, refusal } from './activation-helpers';
import { demo, login, sessionCookie, stores, useHarness } from './helpers';

const MINUTE = 60_000;
const DAY = 86_400_000;
const INVALID = { status: 400, code: 'activation_invalid', field: 'code' };

describe.each(stores())('using an activation code on $name', (store) => {
  const h = useHarness(store);
  const api = activationClient(h);
  beforeEach(async () => {
    h.clock.now = new Date();
    await h.db.query('DELETE FROM login_failures');
  });
  const later = (ms: number) => {
    h.clock.now = new Date(h.clock.now.getTime() + ms);
  };

  it('sets her password and signs her in with the answer and cookies of a login', async () => {
    const code = await api.codeFor('nora.belkacem');
    const answer = await api.activate({ code, password: GOOD_PASSWORD });
    expect(answer.statusCode).toBe(200);
    const { agent } = answer.json<{ agent: Agent }>();
    expect(Agent.parse(agent)).toMatchObject({ email: demo('nora.belkacem'), roles: ['recruit'] });
    expect(answer.cookies.map((c) => c.name)).toEqual(['parcours_session', 'parcours_device']);
    expect(answer.cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect((await api.me(sessionCookie(answer))).json()).toEqual(agent);
    // The new password is hers; the one she had before is not.
    expect((await login(h.app, demo('nora.belkacem'), GOOD_PASSWORD)).json()).toEqual({ agent });
    expect((await login(h.app, demo('nora.belkacem'))).statusCode).toBe(401);
  });

  it('works once', async () => {
    const code = await api.codeFor('lucas.martin');
    expect((await api.activate({ code, password: GOOD_PASSWORD })).statusCode).toBe(200);
    const again = await api.activate({ code, password: `${GOOD_PASSWORD}!` });
    expect(refusal(again)).toEqual(INVALID);
  });

  it('lets one of two simultaneous uses through', async () => {
    const code = await api.codeFor('yanis.bouaziz');
    const answers = await Promise.all(
      [1, 2].map((n) => api.activate({ code, password: `${GOOD_PASSWORD} ${n}` })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 400]);
  });

  it('reads the code as typed: any case, spaces, no dashes', async () => {
    const code = await api.codeFor('camille.dubois');
    const typed = ` ${code.toLowerCase().replaceAll('-', ' ')} `;
    expect((await api.activate({ code: typed, password: GOOD_PASSWORD })).statusCode).toBe(200);
  });

  it('ends her other sessions and the trust of her other browsers', async () => {
    const old = await login(h.app, demo('mehdi.kaci'));
    const code = await api.codeFor('mehdi.kaci');
    const answer = await api.activate({ code, password: GOOD_PASSWORD });
    expect(answer.statusCode).toBe(200);
    expect((await api.me(sessionCookie(old))).statusCode).toBe(401);
    const [row] = await h.db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM device_cookies d JOIN agents a ON a.id = d.agent_id
        WHERE a.email = $1`,
      [demo('mehdi.kaci')],
    );
    expect(row!.n).toBe(1); // the new browser's only
  });

  it('expires after 7 days', async () => {
    const lea = await api.codeFor('lea.fontaine');
    const moussa = await api.codeFor('moussa.diarra');
    later(7 * DAY - MINUTE);
    expect((await api.activate({ code: lea, password: GOOD_PASSWORD })).statusCode).toBe(200);
    later(MINUTE);
    expect(refusal(await api.activate({ code: moussa, password: GOOD_PASSWORD }))).toEqual(INVALID);
  });

  it('takes only the latest code asked for an agent', async () => {
    const first = await api.codeFor('chloe.bernard');
    const second = await api.codeFor('chloe.bernard');
    expect(refusal(await api.activate({ code: first, password: GOOD_PASSWORD }))).toEqual(INVALID);
    expect((await api.activate({ code: second, password: GOOD_PASSWORD })).statusCode).toBe(200);
  });

  it("refuses a disabled account's code, and keeps it unused", async () => {
    const code = await api.codeFor('rayane.mansouri');
    await h.db.query('UPDATE agents SET disabled = true WHERE email = $1', [
      demo('rayane.mansouri'),
    ]);
    expect(refusal(await api.activate({ code, password: GOOD_PASSWORD }))).toEqual(INVALID);
    await h.db.query('UPDATE agents SET disabled = false WHERE email = $1', [
      demo('rayane.mansouri'),
    ]);
    expect((await api.activate({ code, password: GOOD_PASSWORD })).statusCode).toBe(200);
  });

  it('gives one answer for a code used, expired, unknown or malformed', async () => {
    const used = await api.codeFor('amina.traore');
    await api.activate({ code: used, password: GOOD_PASSWORD });
    const expired = await api.codeFor('sarah.cohen');
    later(8 * DAY);
    const answers = await Promise.all(
      [used, expired, 'ACDE-FHJK-MN', 'hello', ''].map((code, i) =>
        api.activate({ code, password: GOOD_PASSWORD }, `198.51.100.${i}`),
      ),
    );
    for (const answer of answers) expect(refusal(answer)).toEqual(INVALID);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
  });

  it('throttles wrong codes per address, as logins', async () => {
    const code = await api.codeFor('julie.rousseau');
    for (let i = 0; i < 5; i += 1) {
      expect(
        (await api.activate({ code: 'ACDE-FHJK-MN', password: GOOD_PASSWORD })).statusCode,
      ).toBe(400);
    }
    // The right code waits too from that address: otherwise guessing could go on.
    const refused = await api.activate({ code, password: GOOD_PASSWORD });
    expect(refused.statusCode).toBe(429);
    expect(refusal(refused).code).toBe('too_many_attempts');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not held back, nor is a login from this one.
    const elsewhere = await api.activate({ code, password: GOOD_PASSWORD }, '192.0.2.8');
    expect(elsewhere.statusCode).toBe(200);
  });

  it('lets the address try again once the window has passed', async () => {
    const code = await api.codeFor('tuteur');
    for (let i = 0; i < 5; i += 1) await api.activate({ code: 'hello', password: GOOD_PASSWORD });
    expect((await api.activate({ code, password: GOOD_PASSWORD })).statusCode).toBe(429);
    later(16 * MINUTE);
    expect((await api.activate({ code, password: GOOD_PASSWORD })).statusCode).toBe(200);
  });

  it.each([
    ['a short password', 'court', 'password_too_short'],
    ['a common one', 'motdepasse123', 'password_too_common'],
    ['a sequence', '123456789012', 'password_too_common'],
    ['a long one', 'x'.repeat(257), 'password_too_long'],
  ])('refuses %s naming the password, and keeps the code', async (_name, password, code) => {
    const activation = await api.codeFor('responsable');
    const answer = await api.activate({ code: activation, password });
    expect(refusal(answer)).toEqual({ status: 400, code, field: 'password' });
    const [row] = await h.db.query<{ n: number }>(
      'SELECT count(*)::integer AS n FROM activation_codes WHERE used_at IS NOT NULL AND agent_id = (SELECT id FROM agents WHERE email = $1)',
      [demo('responsable')],
    );
    expect(row!.n).toBe(0);
  });

  it.each([
    ['no body', undefined, undefined],
    ['nothing', {}, 'code'],
    ['a number for the code', { code: 42, password: GOOD_PASSWORD }, 'code'],
    ['no password', { code: 'ACDE-FHJK-MN' }, 'password'],
    ['a number for the password', { code: 'ACDE-FHJK-MN', password: 123456789012 }, 'password'],
    ['an unknown key', { code: 'ACDE-FHJK-MN', password: GOOD_PASSWORD, email: 'x' }, 'email'],
    ['a huge code', { code: 'A'.repeat(65), password: GOOD_PASSWORD }, 'code'],
  ])('refuses %s with 400 naming the field', async (_name, payload, field) => {
    const answer = await api.activate(payload);
    expect(refusal(answer)).toMatchObject({ status: 400, code: 'invalid', field });
  });

  it('refuses a request from another site', async () => {
    const answer = await api.activate(
      { code: 'ACDE-FHJK-MN', password: GOOD_PASSWORD },
      undefined,
      {
        'sec-fetch-site': 'cross-site',
      },
    );
    expect(refusal(answer)).toMatchObject({ status: 403, code: 'cross_site' });
  });
});
