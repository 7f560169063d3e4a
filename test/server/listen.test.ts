import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Listener } from '../../src/server/store/database';
import { stores } from './helpers';

// Database.listen, what the quiet pulls answered from memory rest on (write-feed.ts): a
// notification is told only once its transaction commits, and `caughtUp` resolves only after
// every notification committed before it was told, however fast the committer moves on.
describe.each(stores())('listening to notifications, on $name', (store) => {
  let db: Database;
  let drop: () => Promise<void>;
  let listener: Listener;
  const heard: string[] = [];

  beforeAll(async () => {
    ({ db, drop } = await store.open());
    listener = await db.listen('parcours_test', (event) => {
      heard.push(typeof event === 'string' ? event : event.payload);
    });
  });
  afterAll(async () => {
    await listener.stop();
    await drop();
  });

  it('tells nothing of a transaction rolled back', async () => {
    await db
      .transaction(async (tx) => {
        await tx.query("SELECT pg_notify('parcours_test', 'undone')");
        throw new Error('undo');
      })
      .catch(() => undefined);
    await listener.caughtUp();
    expect(heard).not.toContain('undone');
  });

  it('has told every committed notification once caughtUp resolves, fifty times in a row', async () => {
    for (let n = 0; n < 50; n++) {
      await db.transaction(async (tx) => {
        await tx.query("SELECT pg_notify('parcours_test', $1)", [`write ${n}`]);
      });
      await listener.caughtUp();
      expect(heard.at(-1), `write ${n}`).toBe(`write ${n}`);
    }
  });
});
