import { describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../src/server/app';
import { demo, DEMO_PASSWORD, stores, useHarness } from './helpers';

const json = { 'content-type': 'application/json' };
const ok = { email: demo('recrue'), password: DEMO_PASSWORD };

interface Case {
  name: string;
  payload: string;
  headers?: Record<string, string>;
  status: number;
  code: string;
  field?: string;
}

/** Every way a body can be wrong, for every route that reads one. */
const cases: Record<string, Case[]> = {
  '/api/auth/login': [
    { name: 'malformed JSON', payload: '{"email":', status: 400, code: 'invalid_json' },
    { name: 'JSON that is not an object', payload: '[1,2]', status: 400, code: 'invalid' },
    { name: 'no body', payload: '', status: 400, code: 'invalid' },
    {
      name: 'a missing field',
      payload: JSON.stringify({ email: ok.email }),
      status: 400,
      code: 'invalid',
      field: 'password',
    },
    {
      name: 'an extra field',
      payload: JSON.stringify({ ...ok, admin: true }),
      status: 400,
      code: 'invalid',
      field: 'admin',
    },
    {
      name: 'a wrong type',
      payload: JSON.stringify({ ...ok, email: 42 }),
      status: 400,
      code: 'invalid',
      field: 'email',
    },
    {
      name: 'a malformed email',
      payload: JSON.stringify({ ...ok, email: 'recrue' }),
      status: 400,
      code: 'invalid',
      field: 'email',
    },
    {
      name: 'an over-long email',
      payload: JSON.stringify({ ...ok, email: `${'a'.repeat(250)}@demo.parcours.fr` }),
      status: 400,
      code: 'invalid',
      field: 'email',
    },
    {
      name: 'an over-long password',
      payload: JSON.stringify({ ...ok, password: 'x'.repeat(257) }),
      status: 400,
      code: 'invalid',
      field: 'password',
    },
    {
      name: 'an empty password',
      payload: JSON.stringify({ ...ok, password: '' }),
      status: 400,
      code: 'invalid',
      field: 'password',
    },
    {
      name: 'prototype pollution',
      payload: '{"email":"a@b.fr","password":"x","__proto__":{"admin":true}}',
      status: 400,
      code: 'invalid_json',
    },
    {
      name: 'a body over 1 MB',
      payload: JSON.stringify({ ...ok, password: 'x'.repeat(BODY_LIMIT) }),
      status: 413,
      code: 'body_too_large',
    },
    {
      name: 'text/plain',
      payload: JSON.stringify(ok),
      headers: { 'content-type': 'text/plain' },
      status: 415,
      code: 'unsupported_media_type',
    },
    {
      name: 'a form',
      payload: 'email=a&password=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      status: 415,
      code: 'unsupported_media_type',
    },
  ],
  '/api/auth/logout': [
    { name: 'malformed JSON', payload: '{', status: 400, code: 'invalid_json' },
    {
      name: 'an extra field',
      payload: JSON.stringify({ everywhere: true }),
      status: 400,
      code: 'invalid',
      field: 'everywhere',
    },
    { name: 'a wrong type', payload: '"bye"', status: 400, code: 'invalid' },
    {
      name: 'a body over 1 MB',
      payload: JSON.stringify({ x: 'x'.repeat(BODY_LIMIT) }),
      status: 413,
      code: 'body_too_large',
    },
    {
      name: 'text/plain',
      payload: 'bye',
      headers: { 'content-type': 'text/plain' },
      status: 415,
      code: 'unsupported_media_type',
    },
  ],
};

describe.each(stores())('bad input on $name', (store) => {
  const h = useHarness(store);

  describe.each(Object.entries(cases))('POST %s', (url, table) => {
    it.each(table)('answers $status $code to $name', async (c) => {
      const before = await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions');
      const response = await h.app.inject({
        method: 'POST',
        url,
        payload: c.payload,
        headers: c.headers ?? json,
      });
      expect(response.statusCode).toBe(c.status);
      const body = response.json<{ error: { code: string; message: string; field?: string } }>();
      expect(body.error.code).toBe(c.code);
      expect(body.error.message).toEqual(expect.any(String));
      expect(body.error.field).toBe(c.field);
      expect(response.headers['cache-control']).toBe('no-store');
      // Nothing written: no session, no cookie.
      expect(response.cookies).toEqual([]);
      const after = await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions');
      expect(after).toEqual(before);
    });
  });

  it.each(['/api/health', '/api/auth/me'])(
    'GET %s ignores a malformed query string',
    async (url) => {
      const response = await h.app.inject({ url: `${url}?%zz=%` });
      expect(response.statusCode).toBeLessThan(500);
    },
  );

  it.each(['/api/%zz', '/%zz'])('answers 400 bad_request, with the headers, to %s', async (url) => {
    const response = await h.app.inject(url);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'bad_request' } });
    expect(response.headers['content-security-policy']).toBeDefined();
  });

  it.each(['PUT', 'DELETE', 'PATCH'] as const)('%s on a route answers 404 JSON', async (method) => {
    const response = await h.app.inject({ method, url: '/api/auth/login', payload: ok });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers 404 JSON, not the login, for GET /api/auth/login', async () => {
    const response = await h.app.inject('/api/auth/login');
    expect(response.statusCode).toBe(404);
  });
});
