import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { advanceVersions } from '../../src/server/store/timeline';
import { stores, useHarness } from './helpers';
import { mutations, pull, pullAll, push, rowsOf, signIn } from './sync-helpers';

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
    // A server is started on a restored database (the process that answered before holds
    // that pull's quiet answer in memory, as of a database that is gone).
    const restarted = await h.build();
    const after = await pull(restarted, ines, client, cursor);
    expect(after.reset).toBe(true);
    expect(after.changes.some((c) => c.entity === 'step')).toBe(true);
  });

  it('resets a device whose cursor a restored backup lost, once the server has started on it, even after new writes pass that cursor', async () => {
    const ines = await signIn(h.app, 'recrue');
    const client = randomUUID();
    const cursor = (await pullAll(h.app, ines, client)).at(-1)!.cursor;
    const [{ lowest }] = (await h.db.query<{ lowest: string }>(
      'SELECT min(version)::text AS lowest FROM steps',
    )) as [{ lowest: string }];
    await h.db.query("SELECT setval('row_version', $1::bigint)", [lowest]);

    await advanceVersions(h.db, new Date()); // the server starts on the restored database
    const [step] = rowsOf((await pullAll(h.app, ines, randomUUID()))[0]!.changes, 'step').filter(
      (row) => row.kind !== 'milestone' && row.status === 'todo',
    );
    const written = await push(h.app, ines, randomUUID(), [
      ...mutations(1, [{ name: 'step.setDone', args: { stepId: step!.id, done: true } }]),
    ]);
    expect(written.results[0]!.status).toBe('applied');

    const after = await pull(h.app, ines, client, cursor);
    expect(after.reset).toBe(true);
    expect(rowsOf(after.changes, 'step').find((row) => row.id === step!.id)).toMatchObject({
      status: 'done',
    });
  });

  it('resets nobody when the server starts again on its own database', async () => {
    const ines = await signIn(h.app, 'recrue');
    const client = randomUUID();
    const cursor = (await pullAll(h.app, ines, client)).at(-1)!.cursor;
    await advanceVersions(h.db, new Date(Date.now() + 60_000));
    const after = await pull(h.app, ines, client, cursor);
    expect(after).toMatchObject({ reset: false, changes: [] });
  });

  it('moves the sequence to the start’s time, and skips nothing when the clock is behind it', async () => {
    const sequence = async () =>
      (await h.db.query<{ last: string }>('SELECT last_value::text AS last FROM row_version'))[0]!
        .last;
    const gaps = async () =>
      (await h.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM version_gaps'))[0]!.n;
    const start = new Date(Date.now() + 120_000);
    await advanceVersions(h.db, start);
    expect(await sequence()).toBe(String(start.getTime() * 1000));
    const recorded = await gaps();
    await advanceVersions(h.db, new Date(start.getTime() - 1));
    expect([await sequence(), await gaps()]).toEqual([String(start.getTime() * 1000), recorded]);
  });

  it('keeps versions past 10^15 exact, even where float8 prints 15 digits', async () => {
    // PGlite has one connection, so the setting holds for every query after it (on
    // PostgreSQL it reaches one connection of the pool: PGlite is where this can fail).
    await h.db.query('SET extra_float_digits = 0');
    await advanceVersions(h.db, new Date(Date.now() + 180_000));
    const ines = await signIn(h.app, 'recrue');
    const [step] = rowsOf((await pullAll(h.app, ines, randomUUID()))[0]!.changes, 'step').filter(
      (row) => row.kind !== 'milestone' && row.status === 'todo',
    );
    await push(h.app, ines, randomUUID(), [
      ...mutations(1, [{ name: 'step.setDone', args: { stepId: step!.id, done: true } }]),
    ]);
    const [stored] = await h.db.query<{ version: string }>(
      'SELECT version::text FROM steps WHERE id = $1',
      [step!.id],
    );
    expect(Number(stored!.version)).toBeGreaterThan(1e15);
    const pages = await pullAll(h.app, ines, randomUUID());
    const pulled = rowsOf(
      pages.flatMap((page) => page.changes),
      'step',
    ).find((row) => row.id === step!.id);
    expect(String(pulled!.version)).toBe(stored!.version);
    const cursor = JSON.parse(Buffer.from(pages.at(-1)!.cursor, 'base64url').toString()) as {
      v: number;
    };
    // The cursor holds the last version sent: the step's or a later one (the new clients'
    // rows), never more than the sequence has drawn.
    const [head] = await h.db.query<{ last: string }>(
      'SELECT last_value::text AS last FROM row_version',
    );
    expect(cursor.v).toBeGreaterThanOrEqual(Number(stored!.version));
    expect(cursor.v).toBeLessThanOrEqual(Number(head!.last));
    await h.db.query('RESET extra_float_digits');
  });
});
