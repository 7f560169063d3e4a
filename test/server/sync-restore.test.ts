import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { stores, useHarness } from './helpers';
import { pull, pullAll, signIn } from './sync-helpers';

describe.each(stores())('a server restored from a backup, on $name', (store) => {
  const h = useHarness(store);

  it('resets a device whose cursor is past every version the database has drawn', async () => {
    const ines = await signIn(h.app, 'recrue');
    const client = randomUUID();
    const cursor = (await pullAll(h.app, ines, client)).at(-1)!.cursor;
    expect((await pull(h.app, ines, client, cursor)).reset).toBe(false);

    // The backup predates the device's last pull: the sequence is back where it was then,
    // and the next writes will reuse version numbers the device believes it has.
    const [{ lowest }] = (await h.db.query<{ lowest: string }>(
      'SELECT min(version)::text AS lowest FROM steps',
    )) as [{ lowest: string }];
    await h.db.query("SELECT setval('row_version', $1::bigint)", [lowest]);
    const after = await pull(h.app, ines, client, cursor);
    expect(after.reset).toBe(true);
    expect(after.changes.some((c) => c.entity === 'step')).toBe(true);
  });
});
