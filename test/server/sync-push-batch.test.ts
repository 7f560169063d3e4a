import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../../src/server/store/database';
import { push as runPush } from '../../src/server/sync/push';
import { stores, useHarness } from './helpers';
import { mutations, push, signIn } from './sync-helpers';

/** The mutations of one push share a transaction (src/server/sync/push.ts): these are the
 *  promises that sharing must keep. */
describe.each(stores())('the mutations of one push on $name', (store) => {
  const h = useHarness(store);
  const training = (agentId: string, title = 'Écrits professionnels', id = randomUUID()) => ({
    name: 'training.record',
    args: { id, agentId, date: '2026-03-02', title, days: 1 },
  });
  const lastMutationIdOf = async (clientId: string) => {
    const [row] = await h.db.query<{ n: number }>(
      'SELECT last_mutation_id::int AS n FROM clients WHERE client_id = $1',
      [clientId],
    );
    return row?.n;
  };
  const trainingIds = async (ids: string[]) =>
    (
      await h.db.query<{ id: string }>('SELECT id FROM trainings WHERE id = ANY($1::uuid[])', [ids])
    ).map((row) => row.id);

  it('each see what the ones before them did', async () => {
    const [milestone] = await h.db.query<{ id: string }>(
      "SELECT id FROM steps WHERE status = 'submitted' ORDER BY id LIMIT 1",
    );
    const sophie = await signIn(h.app, 'responsable');
    const decide = (decision: string, comment?: string) => ({
      name: 'milestone.decide',
      args: { stepId: milestone!.id, decision, ...(comment ? { comment } : {}) },
    });
    const answer = await push(
      h.app,
      sophie,
      randomUUID(),
      mutations(1, [decide('approved'), decide('rejected', 'Trop tôt')]),
    );
    expect(answer.results.map((r) => [r.status, r.error?.code])).toEqual([
      ['applied', undefined],
      ['rejected', 'already_decided'],
    ]);
    const [step] = await h.db.query<{ status: string }>('SELECT status FROM steps WHERE id = $1', [
      milestone!.id,
    ]);
    expect(step?.status).toBe('approved');
  });

  it('read what the ones before them wrote, also outside the steps read up front', async () => {
    const sophie = await signIn(h.app, 'responsable');
    const recruits = await h.db.query<{ id: string }>(
      `SELECT a.id FROM agents a JOIN manager_circonscriptions m
          ON m.circonscription_id = a.circonscription_id
        WHERE m.agent_id = $1 AND 'recruit' = ANY(a.roles) ORDER BY a.id LIMIT 2`,
      [sophie.agent.id],
    );
    const id = randomUUID();
    const [first, second] = recruits.map((r) => training(r.id, 'Écrits professionnels', id));
    const answer = await push(h.app, sophie, randomUUID(), mutations(1, [first!, second!]));
    expect(answer.results.map((r) => [r.status, r.error?.code])).toEqual([
      ['applied', undefined],
      ['rejected', 'forbidden'],
    ]);
    const [row] = await h.db.query<{ agent_id: string }>(
      'SELECT agent_id FROM trainings WHERE id = $1',
      [id],
    );
    expect(row?.agent_id).toBe(recruits[0]!.id);
  });

  it('refuse only the mutation the database refuses, and go on', async () => {
    const me = await signIn(h.app, 'recrue');
    const clientId = randomUUID();
    // PostgreSQL text cannot hold U+0000: the domain lets it through, the database does not.
    const refused = training(me.agent.id, 'Écrits\u0000');
    const kept = training(me.agent.id);
    const answer = await push(h.app, me, clientId, mutations(1, [refused, kept]));
    expect(answer.results.map((r) => [r.id, r.status, r.error?.code])).toEqual([
      [1, 'rejected', 'invalid'],
      [2, 'applied', undefined],
    ]);
    expect(await trainingIds([refused.args.id, kept.args.id])).toEqual([kept.args.id]);
    expect(await lastMutationIdOf(clientId)).toBe(2);
  });

  it('all roll back when the infrastructure fails, lastMutationId with them', async () => {
    const me = await signIn(h.app, 'recrue');
    const clientId = randomUUID();
    const batch = [training(me.agent.id), training(me.agent.id), training(me.agent.id)];
    let inserts = 0;
    const failing = (tx: Queryable): Queryable => ({
      exec: (sql) => tx.exec(sql),
      query: (sql, params) => {
        if (sql.startsWith('INSERT INTO trainings') && ++inserts === 3) {
          return Promise.reject(new Error('connection lost'));
        }
        return tx.query(sql, params);
      },
    });
    const db: Database = {
      ...h.db,
      transaction: (fn, o) => h.db.transaction((tx) => fn(failing(tx)), o),
    };
    const request = { protocol: 1, clientId, mutations: mutations(1, batch) };
    await expect(runPush(db, me.agent.id, request, new Date())).rejects.toThrow('connection lost');
    expect(await trainingIds(batch.map((m) => m.args.id))).toEqual([]);
    expect(await lastMutationIdOf(clientId)).toBeUndefined();

    // The client sends the same request again: each mutation is applied once.
    const again = await runPush(h.db, me.agent.id, request, new Date());
    expect(again).toMatchObject({ kind: 'done', lastMutationId: 3 });
    expect((await trainingIds(batch.map((m) => m.args.id))).length).toBe(3);
  });
});
