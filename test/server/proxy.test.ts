import type { FastifyInstance } from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppOptions } from '../../src/server/app';
import { demo, DEMO_PASSWORD, stores, useHarness } from './helpers';

const PROXY = '10.0.0.1';
const CLIENT = '198.51.100.7';
const HSTS = 'max-age=63072000; includeSubDomains';

describe.each(stores())('behind a proxy on $name', (store) => {
  const h = useHarness(store);
  beforeEach(async () => {
    h.clock.now = new Date();
    await h.db.query('DELETE FROM login_failures');
  });

  /** An app trusting `trustProxy`, with a route that tells what it made of a request. */
  async function echoApp(trustProxy: AppOptions['trustProxy']): Promise<FastifyInstance> {
    const app = await h.build({ trustProxy });
    app.get('/test/echo', (request, reply) =>
      reply.send({ ip: request.ip, protocol: request.protocol }),
    );
    return app;
  }

  const echo = async (
    app: FastifyInstance,
    remoteAddress: string,
    headers: Record<string, string> = {},
  ) => {
    const response = await app.inject({ url: '/test/echo', remoteAddress, headers });
    expect(response.statusCode).toBe(200);
    return { ...response.json<{ ip: string; protocol: string }>(), headers: response.headers };
  };

  describe('request.ip and request.protocol', () => {
    it('believes no X-Forwarded-* header by default', async () => {
      for (const trust of [undefined, false, 0] as const) {
        const app = await echoApp(trust);
        const seen = await echo(app, CLIENT, {
          'x-forwarded-for': '10.0.0.5',
          'x-forwarded-proto': 'https',
        });
        expect(seen).toMatchObject({ ip: CLIENT, protocol: 'http' });
        expect(seen.headers['strict-transport-security']).toBeUndefined();
      }
    });

    it.each([1, true] as const)(
      'with one trusted hop (%s), takes the address the proxy appended',
      async (trust) => {
        const app = await echoApp(trust);
        // The client wrote 10.0.0.5 itself; the proxy appended the address it saw.
        const seen = await echo(app, PROXY, {
          'x-forwarded-for': `10.0.0.5, 192.168.1.1, ${CLIENT}`,
          'x-forwarded-proto': 'https',
        });
        expect(seen).toMatchObject({ ip: CLIENT, protocol: 'https' });
        expect(seen.headers['strict-transport-security']).toBe(HSTS);
        // Without the header, the peer is the client.
        expect(await echo(app, PROXY)).toMatchObject({ ip: PROXY, protocol: 'http' });
      },
    );

    it('with two trusted hops, takes the address the outer proxy appended', async () => {
      const app = await echoApp(2);
      const seen = await echo(app, PROXY, { 'x-forwarded-for': `10.0.0.5, ${CLIENT}, 10.0.0.2` });
      expect(seen.ip).toBe(CLIENT);
    });

    it('with a list of proxies, walks back through them only', async () => {
      const app = await echoApp(['10.0.0.0/8', '::1']);
      expect(
        await echo(app, PROXY, {
          'x-forwarded-for': `10.0.0.5, ${CLIENT}, 10.0.0.2`,
          'x-forwarded-proto': 'https',
        }),
      ).toMatchObject({ ip: CLIENT, protocol: 'https' });
      // A client reaching the server directly is not a proxy: its headers count for nothing.
      const direct = await echo(app, '203.0.113.50', {
        'x-forwarded-for': CLIENT,
        'x-forwarded-proto': 'https',
      });
      expect(direct).toMatchObject({ ip: '203.0.113.50', protocol: 'http' });
      expect(direct.headers['strict-transport-security']).toBeUndefined();
    });

    it('accepts every form PARCOURS_TRUST_PROXY lets through', async () => {
      const app = await echoApp([
        '10.0.0.1',
        '172.16.0.0/12',
        '192.168.0.0/255.255.0.0',
        'fd00::/8',
        '::ffff:10.0.0.0/104',
        'loopback',
        'linklocal',
        'uniquelocal',
      ]);
      expect((await echo(app, PROXY, { 'x-forwarded-for': CLIENT })).ip).toBe(CLIENT);
    });

    it('sets the Secure cookie only for HTTPS the trusted proxy vouches for', async () => {
      const app = await h.build({ trustProxy: [PROXY] });
      const attempt = (remoteAddress: string) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: demo('recrue'), password: DEMO_PASSWORD },
          remoteAddress,
          headers: { 'x-forwarded-for': CLIENT, 'x-forwarded-proto': 'https' },
        });
      const proxied = await attempt(PROXY);
      expect(proxied.statusCode).toBe(200);
      expect(proxied.cookies[0]).toMatchObject({ name: '__Host-parcours', secure: true });
      const direct = await attempt('203.0.113.50');
      expect(direct.statusCode).toBe(200);
      expect(direct.cookies[0]?.secure).toBeFalsy();
      expect(direct.cookies[0]?.name).not.toBe('__Host-parcours');
    });
  });

  describe('login throttle per address', () => {
    /** A failed login on a different account each time, through the proxy at `peer`. */
    const fail = (app: FastifyInstance, i: number, forwardedFor: string, peer = PROXY) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: demo(`inconnu${i}`), password: 'wrong-password' },
        remoteAddress: peer,
        headers: { 'x-forwarded-for': forwardedFor },
      });
    /** The right password for a real account, through the proxy at `peer`. */
    const succeed = (app: FastifyInstance, forwardedFor: string, peer = PROXY) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: demo('territoire'), password: DEMO_PASSWORD },
        remoteAddress: peer,
        headers: { 'x-forwarded-for': forwardedFor },
      });

    it.each([
      ['one trusted hop', 1],
      ['a list of proxies', [PROXY]],
    ] as const)(
      'with %s, counts forged X-Forwarded-For entries against the real address',
      async (_, trustProxy) => {
        const app = await h.build({ trustProxy });
        for (let i = 0; i < 20; i += 1) {
          // A new forged leftmost entry each time: the client hopes to look like 20 others.
          expect((await fail(app, i, `10.0.0.${i}, ${CLIENT}`)).statusCode).toBe(401);
        }
        const refused = await succeed(app, `10.0.0.99, ${CLIENT}`);
        expect(refused.statusCode).toBe(429);
        // Another real client behind the same proxy is not affected.
        expect((await succeed(app, `10.0.0.99, 198.51.100.8`)).statusCode).toBe(200);
      },
    );
  });
});
