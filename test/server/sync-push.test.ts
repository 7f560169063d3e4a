import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { stepIdOf } from '../../src/domain/path';
import { stores, useHarness } from './helpers';
import { mutations, post, pull, push, signIn, type ErrorBody, type Session } from './sync-helpers';

describe.each(stores())('POST /api/sync/push on $name', (store) => {
  const h = useHarness(store);
  const pathOf = async (email: string) => {
    const [row] = await h.db.query<{ id: string }>(
      'SELECT p.id FROM paths p JOIN agents a ON a.id = p.recruit_id WHERE a.email = $1',
      [email],
    );
    return row!.id;
  };
  const stepOf = async (email: string, kind: string, status?: string) => {
    const [row] = await h.db.query<{ id: string; status: string }>(
      `SELECT s.id, s.status FROM steps s JOIN paths p ON p.id = s.path_id
         JOIN agents a ON a.id = p.recruit_id
        WHERE a.email = $1 AND s.kind = $2 AND ($3::text IS NULL OR s.status = $3)
        ORDER BY s.position LIMIT 1`,
      [email, kind, status ?? null],
    );
    return row!;
  };
  const lastMutationIdOf = async (clientId: string) => {
    const [row] = await h.db.query<{ n: number }>(
      'SELECT last_mutation_id::int AS n FROM clients WHERE client_id = $1',
      [clientId],
    );
    return row?.n;
  };
  const training = (agentId: string, id = randomUUID()) => ({
    name: 'training.record',
    args: { id, agentId, date: '2026-03-02', title: 'Écrits professionnels', days: 1 },
  });
  const ines = () => signIn(h.app, 'recrue');

  it('applies, rejects and answers every status in order', async () => {
    const me = await ines();
    const clientId = randomUUID();
    const step = await stepOf(me.agent.email, 'admin');
    const answer = await push(
      h.app,
      me,
      clientId,
      mutations(1, [
        { name: 'step.setDone', args: { stepId: step.id, done: true } },
        { name: 'no.such.command', args: {} },
        { name: 'step.setDone', args: { stepId: step.id } },
        { name: 'path.create', args: { id: randomUUID(), recruitId: me.agent.id } },
        { name: 'training.record', args: training(randomUUID()).args },
        { name: 'step.setDone', args: { stepId: stepIdOf(randomUUID(), 0), done: true } },
      ]),
    );
    expect(answer.lastMutationId).toBe(6);
    expect(answer.results.map((r) => [r.id, r.status, r.error?.code, r.error?.field])).toEqual([
      [1, 'applied', undefined, undefined],
      [2, 'rejected', 'invalid', 'name'],
      [3, 'rejected', 'invalid', 'done'],
      [4, 'rejected', 'invalid', 'templateId'],
      [5, 'rejected', 'not_found', 'agentId'],
      [6, 'rejected', 'not_found', 'stepId'],
    ]);
    expect((await stepOf(me.agent.email, 'admin')).status).toBe('done');
    expect(await lastMutationIdOf(clientId)).toBe(6);
  });

  it('answers a domain refusal with its code, and still advances lastMutationId', async () => {
    const sophie = await signIn(h.app, 'responsable');
    const clientId = randomUUID();
    const todo = await stepOf(demoRecruit, 'milestone', 'todo');
    const answer = await push(
      h.app,
      sophie,
      clientId,
      mutations(1, [{ name: 'milestone.decide', args: { stepId: todo.id, decision: 'approved' } }]),
    );
    expect(answer.results[0]?.error?.code).toBe('not_submitted');
    expect(answer.lastMutationId).toBe(1);
    expect(await lastMutationIdOf(clientId)).toBe(1);
  });

  it('replays duplicates without effect', async () => {
    const me = await ines();
    const clientId = randomUUID();
    const id = randomUUID();
    const batch = mutations(1, [training(me.agent.id, id), training(me.agent.id)]);
    expect((await push(h.app, me, clientId, batch)).results.map((r) => r.status)).toEqual([
      'applied',
      'applied',
    ]);
    const [before] = await h.db.query<{ v: string }>(
      'SELECT version::text AS v FROM trainings WHERE id = $1',
      [id],
    );
    const again = await push(h.app, me, clientId, [
      ...batch,
      ...mutations(3, [training(me.agent.id)]),
    ]);
    expect(again).toEqual({
      lastMutationId: 3,
      results: [
        { id: 1, status: 'duplicate' },
        { id: 2, status: 'duplicate' },
        { id: 3, status: 'applied' },
      ],
    });
    const [after] = await h.db.query<{ v: string }>(
      'SELECT version::text AS v FROM trainings WHERE id = $1',
      [id],
    );
    expect(after).toEqual(before);
  });

  it('stops at a gap with 409 and the expected id, applying nothing', async () => {
    const me = await ines();
    const clientId = randomUUID();
    await push(h.app, me, clientId, mutations(1, [training(me.agent.id)]));
    const id = randomUUID();
    const response = await post(
      h.app,
      '/api/sync/push',
      { protocol: 1, clientId, mutations: mutations(3, [training(me.agent.id, id)]) },
      me.cookie,
    );
    expect(response.statusCode).toBe(409);
    const body = response.json<ErrorBody>();
    expect(Object.keys(body).sort()).toEqual(['error', 'expectedMutationId']);
    expect(body.error).toEqual({
      code: 'mutation_gap',
      message: 'Mutations are missing: the next one expected is 2.',
      field: 'mutations.0.id',
    });
    expect(body.expectedMutationId).toBe(2);
    expect(await h.db.query('SELECT 1 FROM trainings WHERE id = $1', [id])).toEqual([]);
    expect(await lastMutationIdOf(clientId)).toBe(1);
  });

  it('keeps a client id to the user who first used it, on push and pull', async () => {
    const me = await ines();
    const other: Session = await signIn(h.app, 'lucas.martin');
    const clientId = randomUUID();
    await pull(h.app, me, clientId, null);
    for (const url of ['/api/sync/push', '/api/sync/pull']) {
      const body = url.endsWith('push')
        ? { protocol: 1, clientId, mutations: mutations(1, [training(other.agent.id)]) }
        : { protocol: 1, clientId, cursor: null };
      const response = await post(h.app, url, body, other.cookie);
      expect(response.statusCode, url).toBe(403);
      expect(response.json<ErrorBody>().error).toMatchObject({
        code: 'forbidden',
        field: 'clientId',
      });
    }
    expect(await lastMutationIdOf(clientId)).toBe(0);
  });

  it.each(['/api/sync/push', '/api/sync/pull'])(
    '%s: 426 for another protocol, 401 without a session',
    async (url) => {
      const me = await ines();
      const body = { protocol: 2, clientId: randomUUID(), mutations: [], cursor: null, more: 'x' };
      const outdated = await post(h.app, url, body, me.cookie);
      expect(outdated.statusCode).toBe(426);
      expect(outdated.json<ErrorBody>().error.code).toBe('unsupported_protocol');
      const anonymous = await post(h.app, url, { ...body, protocol: 1 });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json<ErrorBody>().error.code).toBe('unauthenticated');
    },
  );

  it('answers a pull with the client lastMutationId (0 when new)', async () => {
    const me = await ines();
    const fresh = await pull(h.app, me, randomUUID(), null);
    expect(fresh.lastMutationId).toBe(0);
    const client = randomUUID();
    await push(h.app, me, client, mutations(1, [training(me.agent.id), training(me.agent.id)]));
    expect((await pull(h.app, me, client, null)).lastMutationId).toBe(2);
    expect(await pathOf(me.agent.email)).toBeTruthy();
  });
});

const demoRecruit = 'lucas.martin@demo.parcours.fr';

// Its own database: signing in 61 days later ends every session of the time before.
describe.each(stores())('refusals remembered on $name', (store) => {
  const h = useHarness(store);
  const training = (agentId: string) => ({
    name: 'training.record',
    args: {
      id: randomUUID(),
      agentId,
      date: '2026-03-02',
      title: 'Écrits professionnels',
      days: 1,
    },
  });

  it('gives a refusal its reason again when the mutation comes back, for 60 days', async () => {
    const me = await signIn(h.app, 'recrue');
    const clientId = randomUUID();
    const refused = { ...training(me.agent.id), args: { ...training(me.agent.id).args, days: 9 } };
    const batch = mutations(1, [training(me.agent.id), refused]);
    const first = await push(h.app, me, clientId, batch);
    expect(first.results[1]).toMatchObject({ status: 'rejected', error: { field: 'days' } });
    const again = await push(h.app, me, clientId, batch);
    expect(again.results).toEqual([
      { id: 1, status: 'duplicate' },
      { id: 2, status: 'duplicate', error: first.results[1]!.error },
    ]);

    // A refusal 61 days later forgets the client's old reasons (and keeps its own).
    const later = await h.build({ now: () => new Date(Date.now() + 61 * 86_400_000) });
    const meLater = await signIn(later, 'recrue'); // her session has expired since
    await push(later, meLater, clientId, mutations(3, [refused]));
    const replay = await push(later, meLater, clientId, mutations(1, [...batch, refused]));
    expect(replay.results.map((r) => [r.status, r.error?.field])).toEqual([
      ['duplicate', undefined],
      ['duplicate', undefined],
      ['duplicate', 'days'],
    ]);
  });
});
