import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { takeWriterLock } from '../../src/server/store/writers';
import { someoneWaitsForTheWriters, stores, useHarness } from './helpers';
import { pullAll, rowsOf, signIn } from './sync-helpers';

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

  // Only PostgreSQL runs transactions side by side (PGlite takes them in turns).
  it.runIf(store.name === 'postgresql')(
    "draws a device's sync-health version under the writers' lock, new or refreshed",
    async () => {
      const recruit = await signIn(h.app, 'recrue');
      const clientId = randomUUID();
      for (const round of ['new client', 'last seen an hour ago']) {
        let pulled: Promise<unknown> | undefined;
        await h.db.transaction(
          async (tx) => {
            await takeWriterLock(tx);
            pulled = pullAll(h.app, recruit, clientId);
            expect(await someoneWaitsForTheWriters(h.db), round).toBe(true);
          },
          { isolation: 'readCommitted' },
        );
        await pulled;
        await h.db.query(
          "UPDATE clients SET last_seen_at = last_seen_at - interval '1 hour' WHERE client_id = $1",
          [clientId],
        );
      }
    },
  );
});
