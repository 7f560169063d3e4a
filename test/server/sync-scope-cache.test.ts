import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { PullResponse } from '../../src/domain/protocol';
import { takeWriterLock } from '../../src/server/store/writers';
import { stores, useHarness } from './helpers';
import { pull, pullAll, pushOne, rowsOf, signIn, type Session } from './sync-helpers';

// A pull whose scope is cached (src/server/sync/scope-cache.ts) must see every change that
// moves the scope: a write, a row deleted outright, the day turning, another process's write.
describe.each(stores())('the pull scope kept between pulls, on $name', (store) => {
  const h = useHarness(store);

  /** A device: one client id, its cursor carried from pull to pull. */
  async function device(session: Session) {
    const client = randomUUID();
    let cursor = (await pullAll(h.app, session, client)).at(-1)!.cursor;
    return async (app = h.app): Promise<PullResponse[]> => {
      const pages = await pullAll(app, session, client, cursor);
      cursor = pages.at(-1)!.cursor;
      return pages;
    };
  }
  const pathsIn = async (circonscription: string) =>
    (
      await h.db.query<{ id: string }>(
        `SELECT p.id FROM paths p JOIN circonscriptions c ON c.id = p.circonscription_id
          WHERE c.name = $1 AND NOT p.deleted`,
        [circonscription],
      )
    ).map((row) => row.id);
  const pathIds = (pages: PullResponse[]) =>
    rowsOf(
      pages.flatMap((page) => page.changes),
      'path',
    ).map((path) => String(path.id));

  it('answers a pull with nothing new without drawing a version, the cursor unchanged', async () => {
    const sophie = await signIn(h.app, 'responsable');
    const client = randomUUID();
    const first = (await pullAll(h.app, sophie, client)).at(-1)!;
    const head = async () =>
      (await h.db.query<{ v: string }>('SELECT last_value::text AS v FROM row_version'))[0]!.v;
    const before = await head();
    for (let i = 0; i < 3; i++) {
      const again = await pull(h.app, sophie, client, first.cursor);
      expect(again).toEqual({ ...first, changes: [], more: false, reset: false });
    }
    expect(await head()).toBe(before);
  });

  it('answers quietly, with no page read, when only rows outside her scope changed', async () => {
    const sophie = await signIn(h.app, 'responsable');
    const client = randomUUID();
    const first = (await pullAll(h.app, sophie, client)).at(-1)!;
    // A manager of another territory syncs a new device: a sync-health row Sophie never
    // pulls draws a version above her cursor, as thousands of devices do all day.
    const aicha = await signIn(h.app, 'aicha.diallo');
    await pullAll(h.app, aicha, randomUUID());
    const transactions = vi.spyOn(h.db, 'transaction');
    const statements = vi.spyOn(h.db, 'query');
    try {
      const again = await pull(h.app, sophie, client, first.cursor);
      expect(again).toEqual({ ...first, changes: [], more: false, reset: false });
      expect(transactions).not.toHaveBeenCalled();
      // Her session, then the client, her scope's signature and its changes in one.
      expect(statements).toHaveBeenCalledTimes(2);
    } finally {
      transactions.mockRestore();
      statements.mockRestore();
    }
    // A change in her scope is not taken for quiet.
    const nora = await signIn(h.app, 'recrue');
    await pullAll(h.app, nora, randomUUID());
    const next = await pull(h.app, sophie, client, first.cursor);
    expect(rowsOf(next.changes, 'syncHealth').map((row) => row.id)).toEqual([nora.agent.id]);
  });

  it('resets a manager when a circonscription is taken from her by a plain DELETE', async () => {
    const thomas = await signIn(h.app, 'thomas.girard');
    const next = await device(thomas);
    const saintOuen = await pathsIn('Saint-Ouen');
    expect(saintOuen.length).toBeGreaterThan(0);
    expect((await next()).map((page) => page.reset)).toEqual([false]);

    await h.db.transaction(
      async (tx) => {
        await takeWriterLock(tx);
        await tx.query(
          `DELETE FROM manager_circonscriptions m USING circonscriptions c
            WHERE c.id = m.circonscription_id AND c.name = 'Saint-Ouen' AND m.agent_id = $1`,
          [thomas.agent.id],
        );
      },
      { isolation: 'readCommitted' },
    );

    const after = await next();
    expect(after[0]?.reset).toBe(true);
    expect(pathIds(after).some((id) => saintOuen.includes(id))).toBe(false);
  });

  it('gives a delegate her colleague’s paths on the day the delegation starts', async () => {
    const [sophie, thomas] = await Promise.all(
      ['responsable', 'thomas.girard'].map((local) => signIn(h.app, local)),
    );
    // 23:57 UTC: the next pull, six minutes later, falls on the next day, before the claim's
    // quiet spell would refresh the client (and rebuild the scope anyway).
    const day = new Date(h.clock.now.getTime() + 86_400_000);
    day.setUTCHours(23, 57, 0, 0);
    h.clock.now = day;
    const tomorrow = new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10);
    const args = { toAgentId: thomas!.agent.id, from: tomorrow, until: tomorrow };
    expect(await pushOne(h.app, sophie!, 'approval.delegate', args)).toBe('applied');
    const next = await device(thomas!);
    expect((await next())[0]?.reset).toBe(false);

    h.clock.now = new Date(day.getTime() + 6 * 60_000);
    const after = await next();
    expect(after[0]?.reset).toBe(true);
    const hers = await pathsIn('Saint-Denis');
    expect(hers.length).toBeGreaterThan(0);
    expect(hers.every((id) => pathIds(after).includes(id))).toBe(true);
  });

  it('sees a change made through another process of the same database', async () => {
    const other = await h.build();
    const [karim, julien, ines] = await Promise.all(
      ['territoire', 'tuteur', 'recrue'].map((local) => signIn(h.app, local)),
    );
    const next = await device(julien!);
    expect((await next())[0]?.reset).toBe(false);
    const [path] = await h.db.query<{ id: string }>('SELECT id FROM paths WHERE recruit_id = $1', [
      ines!.agent.id,
    ]);
    const [fatou] = await h.db.query<{ id: string }>(
      "SELECT id FROM agents WHERE email = 'fatou.sow@demo.parcours.fr'",
    );
    const args = { pathId: path!.id, mentorId: fatou!.id };
    expect(await pushOne(other, karim!, 'path.assignMentor', args)).toBe('applied');

    const after = await next();
    expect(after[0]?.reset).toBe(true);
    expect(pathIds(after)).not.toContain(path!.id);
  });
});
