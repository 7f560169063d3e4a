import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { takeWriterLock } from '../../src/server/store/writers';
import { someoneWaitsForTheWriters, stores, useHarness } from './helpers';
import { post, pullAll, rowsOf, signIn, type ErrorBody, type Session } from './sync-helpers';
import { PullResponse } from '../../src/domain/protocol';

describe.each(stores())('sync health on $name', (store) => {
  const h = useHarness(store);

  it("tells the mentor when her mentee's device last synced, and nobody else's", async () => {
    const mentor = await signIn(h.app, 'tuteur');
    const recruit = await signIn(h.app, 'recrue');
    const before = (await pullAll(h.app, mentor, randomUUID())).flatMap((p) => p.changes);
    expect(rowsOf(before, 'syncHealth').map((r) => r.id)).not.toContain(recruit.agent.id);

    await pullAll(h.app, recruit, randomUUID());
    const mentorClient = randomUUID();
    const after = (await pullAll(h.app, mentor, mentorClient)).flatMap((p) => p.changes);
    const health = rowsOf(after, 'syncHealth').find((r) => r.id === recruit.agent.id);
    expect(health?.lastSyncAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    // An agent outside her scope: the admin has synced, the mentor does not learn of it.
    const admin = await signIn(h.app, 'rh');
    await pullAll(h.app, admin, randomUUID());
    const later = (await pullAll(h.app, mentor, randomUUID())).flatMap((p) => p.changes);
    expect(rowsOf(later, 'syncHealth').map((r) => r.id)).not.toContain(admin.agent.id);
  });

  it('does not change at every pull: a quiet spell comes first', async () => {
    const recruit = await signIn(h.app, 'recrue');
    const clientId = randomUUID();
    const first = await pullAll(h.app, recruit, clientId);
    const again = await pullAll(h.app, recruit, clientId, first.at(-1)!.cursor);
    expect(again.flatMap((p) => rowsOf(p.changes, 'syncHealth'))).toEqual([]);
  });

  /** A device's pull from its start (every page) saying `pending`, when given. */
  async function pullSaying(session: Session, clientId: string, pending?: number) {
    const pages: PullResponse[] = [];
    for (let more = true; more;) {
      const body = { protocol: 1, clientId, cursor: pages.at(-1)?.cursor ?? null, pending };
      const response = await post(h.app, '/api/sync/pull', body, session.cookie);
      expect(response.statusCode, response.body).toBe(200);
      pages.push(PullResponse.parse(response.json()));
      more = pages.at(-1)!.more;
    }
    return pages;
  }

  /** What a supervisor's device learns of `agentId`'s health from its cursor on. */
  function follow(session: Session) {
    const clientId = randomUUID();
    let cursor: string | null = null;
    return async (agentId: string) => {
      const pages = await pullAll(h.app, session, clientId, cursor);
      cursor = pages.at(-1)!.cursor;
      const rows = pages.flatMap((p) => rowsOf(p.changes, 'syncHealth'));
      return rows.filter((r) => r.id === agentId).at(-1);
    };
  }

  it("tells the mentor and the manager how many changes wait on the mentee's device", async () => {
    const recruit = await signIn(h.app, 'recrue');
    const mentorSees = follow(await signIn(h.app, 'tuteur'));
    const managerSees = follow(await signIn(h.app, 'responsable'));
    const device = randomUUID();
    await pullSaying(recruit, device, 3);
    expect(await mentorSees(recruit.agent.id)).toMatchObject({ pending: 3 });
    expect(await managerSees(recruit.agent.id)).toMatchObject({ pending: 3 });

    await pullSaying(recruit, device, 0);
    expect(await mentorSees(recruit.agent.id)).toMatchObject({ pending: 0 });

    // The same number again, or a pull that does not say (an older app): nothing new to pull,
    // the last number stands.
    await pullSaying(recruit, device, 0);
    await pullSaying(recruit, device);
    expect(await mentorSees(recruit.agent.id)).toBeUndefined();
    const all = await pullAll(h.app, await signIn(h.app, 'tuteur'), randomUUID());
    const health = all.flatMap((p) => rowsOf(p.changes, 'syncHealth'));
    expect(health.find((r) => r.id === recruit.agent.id)).toMatchObject({ pending: 0 });

    // Each device holds its own outbox: her second one's changes add to the first's.
    await pullSaying(recruit, device, 2);
    await pullSaying(recruit, randomUUID(), 5);
    expect(await mentorSees(recruit.agent.id)).toMatchObject({ pending: 7 });
  });

  it('says null until a device has told, caps the sum, and tells nobody else', async () => {
    const recruit = await signIn(h.app, 'lucas.martin');
    await pullSaying(recruit, randomUUID());
    const manager = await signIn(h.app, 'responsable');
    const first = (await pullAll(h.app, manager, randomUUID())).flatMap((p) => p.changes);
    const before = rowsOf(first, 'syncHealth').find((r) => r.id === recruit.agent.id);
    expect(before).toMatchObject({ pending: null });

    // Many devices at the protocol's bound: the sum stops there.
    await pullSaying(recruit, randomUUID(), 1_000_000);
    await pullSaying(recruit, randomUUID(), 1_000_000);
    const later = (await pullAll(h.app, manager, randomUUID())).flatMap((p) => p.changes);
    const capped = rowsOf(later, 'syncHealth').find((r) => r.id === recruit.agent.id);
    expect(capped).toMatchObject({ pending: 1_000_000 });

    const other = await signIn(h.app, 'recrue');
    const seen = (await pullAll(h.app, other, randomUUID())).flatMap((p) => p.changes);
    expect(rowsOf(seen, 'syncHealth').map((r) => r.id)).not.toContain(recruit.agent.id);
  });

  it.each([
    ['negative', -1],
    ['fractional', 1.5],
    ['too large', 1_000_001],
    ['text', '3'],
    ['null', null],
  ])('refuses a pending count that is %s, naming the field', async (_, pending) => {
    const recruit = await signIn(h.app, 'recrue');
    const clientId = randomUUID();
    const body = { protocol: 1, clientId, cursor: null, pending };
    const response = await post(h.app, '/api/sync/pull', body, recruit.cookie);
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error).toMatchObject({ code: 'invalid', field: 'pending' });
    const rows = await h.db.query('SELECT 1 FROM clients WHERE client_id = $1', [clientId]);
    expect(rows).toEqual([]);
  });

  // Only PostgreSQL runs transactions side by side (PGlite takes them in turns).
  it.runIf(store.name === 'postgresql')(
    "draws a device's sync-health version under the writers' lock: new, refreshed, or pending",
    async () => {
      const recruit = await signIn(h.app, 'recrue');
      const clientId = randomUUID();
      const rounds = [
        ['new client', 0],
        ['last seen an hour ago', 0],
        ['another pending count', 2],
      ] as const;
      for (const [round, pending] of rounds) {
        let pulled: Promise<unknown> | undefined;
        await h.db.transaction(
          async (tx) => {
            await takeWriterLock(tx);
            pulled = pullSaying(recruit, clientId, pending);
            expect(await someoneWaitsForTheWriters(h.db), round).toBe(true);
          },
          { isolation: 'readCommitted' },
        );
        await pulled;
        if (round === 'new client')
          await h.db.query(
            "UPDATE clients SET last_seen_at = last_seen_at - interval '1 hour' WHERE client_id = $1",
            [clientId],
          );
      }
    },
  );
});
