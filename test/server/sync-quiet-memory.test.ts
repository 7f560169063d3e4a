import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PullResponse } from '../../src/domain/protocol';
import type { Database, ListenEvent } from '../../src/server/store/database';
import { stores, useHarness } from './helpers';
import { pull, pullAll, push, mutations, rowsOf, signIn, type Session } from './sync-helpers';

// The quiet pull answered from memory (src/server/sync/quiet-memory.ts, write-feed.ts): the
// same device asking again from the same cursor is told "nothing new" with its session as the
// only statement, and never once something in its scope changed, whichever process wrote it.
describe.each(stores())('quiet pulls answered from memory, on $name', (store) => {
  const h = useHarness(store);
  afterEach(() => vi.restoreAllMocks());

  /** A device of `session`, up to date, and its quiet answer remembered by `app`. */
  async function quietDevice(session: Session, app = h.app) {
    const client = randomUUID();
    const last = (await pullAll(app, session, client)).at(-1)!;
    const quiet = await pull(app, session, client, last.cursor);
    expect(quiet).toMatchObject({ changes: [], more: false, reset: false });
    return { client, cursor: last.cursor, quiet };
  }

  /** The statements a pull runs through the pool (the session's, then the pull's own). */
  async function statementsOf(run: () => Promise<PullResponse>) {
    const statements = vi.spyOn(h.db, 'query');
    const transactions = vi.spyOn(h.db, 'transaction');
    const answer = await run();
    const counts = { statements: statements.mock.calls.length, writes: transactions.mock.calls };
    statements.mockRestore();
    transactions.mockRestore();
    return { answer, ...counts };
  }

  const todoStepOf = async (recruitId: string) => {
    const [step] = await h.db.query<{ id: string }>(
      `SELECT s.id FROM steps s JOIN paths p ON p.id = s.path_id
        WHERE p.recruit_id = $1 AND s.status = 'todo' AND s.kind <> 'milestone' AND NOT s.deleted
        ORDER BY s.position LIMIT 1`,
      [recruitId],
    );
    return step!.id;
  };

  it('answers the same quiet pull again with its session as the only statement', async () => {
    const sophie = await signIn(h.app, 'responsable');
    const { client, cursor, quiet } = await quietDevice(sophie);
    const again = await statementsOf(() => pull(h.app, sophie, client, cursor));
    expect(again.answer).toEqual(quiet);
    expect(again.statements).toBe(1);
    expect(again.writes).toEqual([]);
    // Another cursor, or another count of changes waiting, is another question.
    const other = await statementsOf(async () => {
      const response = await h.app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        payload: { protocol: 1, clientId: client, cursor, pending: 2 },
        headers: { cookie: sophie.cookie, 'content-type': 'application/json' },
      });
      return response.json<PullResponse>();
    });
    expect(other.statements).toBeGreaterThan(1);
  });

  it('never answers from memory once her scope changed, written by this process or another', async () => {
    const [sophie, recruit] = await Promise.all([
      signIn(h.app, 'responsable'),
      signIn(h.app, 'recrue'),
    ]);
    const { client, cursor } = await quietDevice(sophie);
    const other = await h.build();
    for (const [app, n] of [
      [other, 1],
      [h.app, 2],
    ] as const) {
      const stepId = await todoStepOf(recruit.agent.id);
      const done = [{ name: 'step.setDone', args: { stepId, done: true } }];
      const written = await push(app, recruit, randomUUID(), mutations(1, done));
      expect(written.results[0]!.status, `push ${n}`).toBe('applied');
      // At once, through the first process: the other's notification is waited for.
      const after = await pull(h.app, sophie, client, cursor);
      const steps = rowsOf(after.changes, 'step').map((row) => row.id);
      expect(steps, `write ${n}`).toContain(stepId);
    }
  });

  it('keeps her answer when a device outside her scope checks in, not when one inside does', async () => {
    const sophie = await signIn(h.app, 'responsable');
    const { client, cursor, quiet } = await quietDevice(sophie);
    // Another territory's manager: her new client's sync-health row is not Sophie's to pull.
    await pullAll(h.app, await signIn(h.app, 'aicha.diallo'), randomUUID());
    const outside = await statementsOf(() => pull(h.app, sophie, client, cursor));
    expect(outside.answer).toEqual(quiet);
    expect(outside.statements).toBe(1);
    // A recruit of hers: that row is.
    const recruit = await signIn(h.app, 'recrue');
    await pullAll(h.app, recruit, randomUUID());
    const inside = await pull(h.app, sophie, client, cursor);
    expect(rowsOf(inside.changes, 'syncHealth').map((row) => row.id)).toEqual([recruit.agent.id]);
  });

  it('asks the database again when her device is due to be seen again (a write)', async () => {
    const sophie = await signIn(h.app, 'responsable');
    const { client, cursor } = await quietDevice(sophie);
    const saved = h.clock.now;
    try {
      h.clock.now = new Date(saved.getTime() + 11 * 60_000);
      await pull(h.app, sophie, client, cursor);
      const [row] = await h.db.query<{ seen: Date }>(
        'SELECT last_seen_at AS seen FROM clients WHERE client_id = $1',
        [client],
      );
      expect(new Date(row!.seen).getTime()).toBe(h.clock.now.getTime());
    } finally {
      h.clock.now = saved;
    }
  });

  it('asks the database while the process may have missed a write, until it listens again', async () => {
    let tell: ((event: ListenEvent) => void) | undefined;
    const database: Database = {
      ...h.db,
      query: (...args) => h.db.query(...args),
      transaction: (...args) => h.db.transaction(...args),
      listen: (channel, onEvent) => {
        tell = onEvent;
        return h.db.listen(channel, onEvent);
      },
    };
    const app = await h.build({ database });
    const sophie = await signIn(app, 'responsable');
    const { client, cursor } = await quietDevice(sophie, app);
    const asked = async () =>
      (await statementsOf(() => pull(app, sophie, client, cursor))).statements > 1;
    expect(await asked()).toBe(false);
    tell!('lost');
    expect(await asked()).toBe(true);
    expect(await asked()).toBe(true);
    tell!('listening');
    expect(await asked()).toBe(true); // remembered from before it listened again: asked
    expect(await asked()).toBe(false);
  });
});
