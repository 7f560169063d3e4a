import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import type { Database } from '../../src/server/store/database';
import { migrate } from '../../src/server/store/migrate';
import { migrations } from '../../src/server/store/migrations';
import { stores } from './helpers';

describe.each(stores())('store on $name', (store) => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await store.open({ empty: true }));
  });
  afterAll(() => drop());

  it('reports its engine', () => {
    expect(db.kind).toBe(store.name);
  });

  it('applies every migration once, in order, and nothing the second time', async () => {
    expect(await migrate(db)).toEqual(migrations.map((m) => m.name));
    expect(await migrate(db)).toEqual([]);
    const rows = await db.query<{ id: number }>('SELECT id FROM schema_migrations ORDER BY id');
    expect(rows.map((row) => row.id)).toEqual(migrations.map((m) => m.id));
  });

  it('stays empty when the app is built without the demo', async () => {
    const app = await buildApp({ database: db, demo: false });
    await app.close();
    expect(await db.query('SELECT 1 FROM agents')).toEqual([]);
  });

  it('applies nothing when several starters migrate at once', async () => {
    const results = await Promise.all([migrate(db), migrate(db), migrate(db)]);
    expect(results).toEqual([[], [], []]);
  });

  it('rolls a failing migration back whole', async () => {
    const broken = [
      ...migrations,
      { id: 999, name: 'broken', sql: 'CREATE TABLE half_done (x int); SELECT no_such_column;' },
    ];
    await expect(migrate(db, broken)).rejects.toThrow();
    const tables = await db.query(
      "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'",
    );
    expect(tables).toEqual([]);
    const rows = await db.query('SELECT 1 FROM schema_migrations WHERE id = 999');
    expect(rows).toEqual([]);
  });

  describe('constraints', () => {
    let circonscriptionId: string;
    beforeAll(async () => {
      const [territory] = await db.query<{ id: string }>(
        "INSERT INTO territories (name) VALUES ('Test') RETURNING id",
      );
      const [c] = await db.query<{ id: string }>(
        "INSERT INTO circonscriptions (territory_id, name, service) VALUES ($1, 'Test', 'SSD') RETURNING id",
        [territory!.id],
      );
      circonscriptionId = c!.id;
    });

    const insert = (email: string, roles: string[], status = 'contract') =>
      db.query(
        `INSERT INTO agents (email, display_name, roles, job, status, circonscription_id, start_date)
         VALUES ($1, 'X', $2, 'Psychologue', $3, $4, '2026-01-05') RETURNING id`,
        [email, roles, status, circonscriptionId],
      );

    it('accepts a well-formed agent', async () => {
      await expect(insert('ok@example.fr', ['recruit', 'mentor'])).resolves.toHaveLength(1);
    });

    it.each([
      ['an upper-case email', 'Upper@example.fr', ['recruit'], 'contract'],
      ['an unknown role', 'role@example.fr', ['superuser'], 'contract'],
      ['no role', 'none@example.fr', [], 'contract'],
      ['an unknown status', 'status@example.fr', ['recruit'], 'freelance'],
    ])('refuses %s', async (_, email, roles, status) => {
      await expect(insert(email, roles, status)).rejects.toThrow();
    });

    it('refuses a second account with the same email', async () => {
      await insert('twice@example.fr', ['recruit']);
      await expect(insert('twice@example.fr', ['mentor'])).rejects.toThrow();
    });

    it('refuses a circonscription of an unknown service', async () => {
      await expect(
        db.query(
          "INSERT INTO circonscriptions (territory_id, name, service) SELECT territory_id, 'Y', 'CAF' FROM circonscriptions LIMIT 1",
        ),
      ).rejects.toThrow();
    });

    it('draws row versions from one sequence and bumps them on update', async () => {
      const [before] = await db.query<{ version: string }>(
        "SELECT version::text FROM agents WHERE email = 'ok@example.fr'",
      );
      await db.query("UPDATE agents SET phone = '01 99 00 00 00' WHERE email = 'ok@example.fr'");
      const [after] = await db.query<{ version: string }>(
        "SELECT version::text FROM agents WHERE email = 'ok@example.fr'",
      );
      const [territory] = await db.query<{ version: string }>(
        "SELECT version::text FROM territories WHERE name = 'Test'",
      );
      expect(BigInt(after!.version)).toBeGreaterThan(BigInt(before!.version));
      expect(BigInt(territory!.version)).toBeLessThan(BigInt(before!.version));
    });
  });

  describe('transactions', () => {
    it('roll back everything when the function throws', async () => {
      await expect(
        db.transaction(async (tx) => {
          await tx.query("INSERT INTO territories (name) VALUES ('Rolled back')");
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await db.query("SELECT 1 FROM territories WHERE name = 'Rolled back'")).toEqual([]);
    });

    it('commit what the function wrote and return its result', async () => {
      const id = await db.transaction(async (tx) => {
        const [row] = await tx.query<{ id: string }>(
          "INSERT INTO territories (name) VALUES ('Committed') RETURNING id",
        );
        return row!.id;
      });
      const rows = await db.query<{ id: string }>(
        "SELECT id FROM territories WHERE name = 'Committed'",
      );
      expect(rows).toEqual([{ id }]);
    });
    it('read one snapshot, and refuse any write, when asked for a read-only one', async () => {
      const read = db.transaction(
        (tx) => tx.query("INSERT INTO territories (name) VALUES ('Read only')"),
        { isolation: 'readOnlySnapshot' },
      );
      await expect(read).rejects.toMatchObject({ code: '25006' });
      const [level] = await db.transaction(
        (tx) =>
          tx.query<{ level: string }>("SELECT current_setting('transaction_isolation') AS level"),
        { isolation: 'readOnlySnapshot' },
      );
      expect(level?.level).toBe('repeatable read');
      expect(await db.query("SELECT 1 FROM territories WHERE name = 'Read only'")).toEqual([]);
    });

    it('run SERIALIZABLE on PostgreSQL, and retry when concurrent ones conflict', async () => {
      if (store.name === 'postgresql') {
        const [level] = await db.transaction((tx) =>
          tx.query<{ transaction_isolation: string }>('SHOW transaction_isolation'),
        );
        expect(level?.transaction_isolation).toBe('serializable');
      }
      // Each reads how many counters exist and inserts the next (names are unique): without
      // SERIALIZABLE plus retry, two would read the same count and one would fail.
      const next = () =>
        db.transaction(async (tx) => {
          const [row] = await tx.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM territories WHERE name LIKE 'Counter %'",
          );
          await new Promise((resolve) => setTimeout(resolve, 5));
          await tx.query('INSERT INTO territories (name) VALUES ($1)', [`Counter ${row!.n}`]);
          return row!.n;
        });
      const results = await Promise.all([next(), next(), next(), next()]);
      expect([...results].sort()).toEqual([0, 1, 2, 3]);
    });
  });
});
