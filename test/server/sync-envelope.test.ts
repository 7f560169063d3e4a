import { describe, expect, it } from 'vitest';
import { maxMutationsPerPush } from '../../src/domain/protocol';
import { stores, useHarness } from './helpers';
import { post, signIn, type ErrorBody } from './sync-helpers';

// Every malformed envelope is refused whole, with its code and the offending field, before
// any mutation runs: the client row is not even created.
describe.each(stores())('sync envelopes on $name', (store) => {
  const h = useHarness(store);
  const ines = () => signIn(h.app, 'recrue');
  const lastMutationIdOf = async (clientId: string) => {
    const [row] = await h.db.query<{ n: number }>(
      'SELECT last_mutation_id::int AS n FROM clients WHERE client_id = $1',
      [clientId],
    );
    return row?.n;
  };

  const clientId = '5b0c7c1e-3f1a-4d2b-9c3e-8a7f6e5d4c3b';
  const ok = { id: 1, name: 'step.setDone', args: {}, createdAt: '2026-03-02T10:00:00.000Z' };
  it.each([
    ['malformed JSON', '{"protocol": 1,', 400, 'invalid_json', undefined],
    ['no body', '', 400, 'invalid', undefined],
    ['missing clientId', { protocol: 1, mutations: [] }, 400, 'invalid', 'clientId'],
    ['extra field', { protocol: 1, clientId, mutations: [], extra: 1 }, 400, 'invalid', 'extra'],
    ['protocol as text', { protocol: '1', clientId, mutations: [] }, 400, 'invalid', 'protocol'],
    [
      'clientId not a uuid',
      { protocol: 1, clientId: 'me', mutations: [] },
      400,
      'invalid',
      'clientId',
    ],
    ['mutations not a list', { protocol: 1, clientId, mutations: {} }, 400, 'invalid', 'mutations'],
    [
      'fractional id',
      { protocol: 1, clientId, mutations: [{ ...ok, id: 1.5 }] },
      400,
      'invalid',
      'mutations.0.id',
    ],
    [
      'id as text',
      { protocol: 1, clientId, mutations: [{ ...ok, id: '1' }] },
      400,
      'invalid',
      'mutations.0.id',
    ],
    [
      'id zero',
      { protocol: 1, clientId, mutations: [{ ...ok, id: 0 }] },
      400,
      'invalid',
      'mutations.0.id',
    ],
    [
      'ids not consecutive',
      { protocol: 1, clientId, mutations: [ok, { ...ok, id: 3 }] },
      400,
      'invalid',
      'mutations.1.id',
    ],
    [
      'bad createdAt',
      { protocol: 1, clientId, mutations: [{ ...ok, createdAt: 'hier' }] },
      400,
      'invalid',
      'mutations.0.createdAt',
    ],
    [
      'extra mutation field',
      { protocol: 1, clientId, mutations: [{ ...ok, by: 'x' }] },
      400,
      'invalid',
      'mutations.0.by',
    ],
    [
      'too many mutations',
      {
        protocol: 1,
        clientId,
        mutations: Array.from({ length: maxMutationsPerPush + 1 }, (_, i) => ({
          ...ok,
          id: i + 1,
        })),
      },
      413,
      'too_many_mutations',
      'mutations',
    ],
  ])('refuses %s', async (_name, body, status, code, field) => {
    const me = await ines();
    const response = await post(h.app, '/api/sync/push', body, me.cookie);
    expect(response.statusCode, response.body).toBe(status);
    const error = response.json<ErrorBody>().error;
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    if (code === 'too_many_mutations') expect(error.message).toContain(String(maxMutationsPerPush));
    expect(await lastMutationIdOf(clientId)).toBeUndefined();
  });

  it('refuses a bad pull envelope', async () => {
    const me = await ines();
    const response = await post(
      h.app,
      '/api/sync/pull',
      { protocol: 1, clientId, cursor: 3 },
      me.cookie,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error).toMatchObject({ code: 'invalid', field: 'cursor' });
  });
});
