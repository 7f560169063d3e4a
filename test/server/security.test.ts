import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, normalisedPath } from '../../src/server/http/security-headers';
import { demo, DEMO_PASSWORD, login, sessionCookie, stores, useHarness } from './helpers';

describe.each(stores())('security on $name', (store) => {
  const h = useHarness(store);

  const post = (headers: Record<string, string>) =>
    h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: demo('recrue'), password: DEMO_PASSWORD },
      headers: { host: 'parcours.example.fr', ...headers },
    });

  describe('cross-site writes', () => {
    it.each([
      ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
      ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
      ['a foreign Origin', { origin: 'https://evil.example' }],
      ['Origin: null', { origin: 'null' }],
      [
        'a same-origin fetch from a foreign Origin',
        { 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' },
      ],
    ])('refuses %s with 403 cross_site', async (_, headers) => {
      const response = await post(headers);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: 'cross_site' } });
      expect(response.cookies).toEqual([]);
    });

    it.each([
      ['same-origin', { 'sec-fetch-site': 'same-origin', origin: 'https://parcours.example.fr' }],
      ['a typed URL (Sec-Fetch-Site: none)', { 'sec-fetch-site': 'none' }],
      ['a client without either header', {}],
    ])('lets %s through', async (_, headers) => {
      expect((await post(headers)).statusCode).toBe(200);
    });

    it('compares the Origin with the forwarded host behind a trusted proxy', async () => {
      const proxied = await h.build({ trustProxy: true });
      const response = await proxied.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: {
          host: '127.0.0.1:8080',
          'x-forwarded-host': 'parcours.example.fr',
          origin: 'https://parcours.example.fr',
        },
      });
      expect(response.statusCode).toBe(204);
    });

    it('also guards logout, so a foreign page cannot sign people out', async () => {
      const response = await h.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { 'sec-fetch-site': 'cross-site' },
      });
      expect(response.statusCode).toBe(403);
    });

    it('does not guard reads', async () => {
      const response = await h.app.inject({
        url: '/api/health',
        headers: { 'sec-fetch-site': 'cross-site' },
      });
      expect(response.statusCode).toBe(200);
    });
  });

  describe('headers', () => {
    it.each(['/api/health', '/api/auth/me', '/api/nowhere', '/'])(
      'sends the security headers on %s',
      async (url) => {
        const response = await h.app.inject(url);
        expect(response.headers).toMatchObject({
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
          'referrer-policy': 'no-referrer',
          'cross-origin-opener-policy': 'same-origin',
        });
        expect(response.headers['permissions-policy']).toContain('camera=()');
        expect(response.headers['strict-transport-security']).toBeUndefined();
      },
    );

    it('forbids inline script and framing in the CSP', () => {
      expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
      expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
      expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    });

    it.each([
      ['GET', '/api/health'],
      ['GET', '/api/auth/me'],
      ['GET', '/api/nowhere'],
      ['POST', '/api/auth/logout'],
    ] as const)('marks %s %s no-store', async (method, url) => {
      const response = await h.app.inject({ method, url });
      expect(response.headers['cache-control']).toBe('no-store');
    });

    describe('however the API path is spelled', () => {
      let cookie: string;
      beforeAll(async () => {
        cookie = sessionCookie(await login(h.app, demo('recrue')));
      });

      it('answers the agent to /%61pi/auth/me, as the router decodes it, with no-store', async () => {
        const response = await h.app.inject({ url: '/%61pi/auth/me', headers: { cookie } });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({ email: demo('recrue') });
        expect(response.headers['cache-control']).toBe('no-store');
      });

      it.each([
        '/%61pi/auth/me',
        '/%61%70%69/%61uth/m%65?x=1',
        '/api/auth/%6De',
        '/%2561pi/auth/me',
        '/%252561pi/auth/me',
        '//api/auth/me',
        '/api//auth/me',
        '///api///auth///me',
        '/API/auth/me',
        '/Api/Auth/Me',
        '/%41PI/auth/me',
        '/api%2Fauth%2Fme',
        '/api/auth/me/',
      ])('never answers %s with cacheable data', async (url) => {
        for (const method of ['GET', 'HEAD'] as const) {
          const response = await h.app.inject({ method, url, headers: { cookie } });
          if (response.statusCode === 200) {
            expect(response.headers['cache-control']).toBe('no-store');
          } else {
            expect(response.body).not.toContain(demo('recrue'));
          }
          // Stricter than needed: every spelling of the API is no-store, answered or not.
          expect(response.headers['cache-control']).toBe('no-store');
        }
      });

      it.each([
        ['http://parcours.example.fr/%61pi//Auth/me?x', '/api/auth/me'],
        ['/%2561pi/x#y', '/api/x'],
        ['/%zz%e0%a4%', '/%zz\u00e0\u00a4%'],
        ['*', '/*'],
      ])('reads the path of %j as %j', (url, path) => {
        expect(normalisedPath(url)).toBe(path);
      });

      it('does not mark other paths no-store', async () => {
        const response = await h.app.inject('/apiary');
        expect(response.headers['cache-control']).toBeUndefined();
      });
    });

    it('sends HSTS only over HTTPS', async () => {
      const proxied = await h.build({ trustProxy: true });
      const plain = await proxied.inject('/api/health');
      const secure = await proxied.inject({
        url: '/api/health',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
      expect(secure.headers['strict-transport-security']).toBe(
        'max-age=63072000; includeSubDomains',
      );
    });
  });
});
