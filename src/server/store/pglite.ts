import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

/** The value of PARCOURS_DATA_DIR that keeps the database in memory (tests, demos). */
export const MEMORY = 'memory://';

/**
 * PGlite runs PostgreSQL in this process over one connection, so its transactions
 * already run one at a time: SERIALIZABLE adds nothing and nothing ever needs a retry.
 */
export async function openPglite(
  dataDir: string = MEMORY,
  /** A database to start from, as `dumpDataDir` wrote it (tests: a migrated one, instead of
   *  running initdb and the migrations again, 1.5 s each time). */
  loadDataDir?: Blob,
): Promise<Database> {
  const db = await PGlite.create(dataDir === MEMORY ? undefined : dataDir, { loadDataDir });
  return wrapDatabase(db);
}

/** A migrated, empty database as a file: what `openPglite(MEMORY, …)` can start from. */
export async function dumpMigrated(migrate: (db: Database) => Promise<unknown>): Promise<Blob> {
  const db = await PGlite.create();
  await migrate(wrapDatabase(db));
  const dump = await db.dumpDataDir('none');
  await db.close();
  return dump;
}

function wrapDatabase(db: PGlite): Database {
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (fn, options) =>
      db.transaction(async (tx) => {
        // Read-only holds here too: a report that tried to write fails on both engines.
        if (options?.isolation === 'readOnlySnapshot')
          await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
        return fn(wrap(tx));
      }),
    // One process, one connection: nothing is ever missed, and a statement's answer comes
    // after the notifications of every commit before it.
    listen: async (channel, onEvent) => {
      const stop = await db.listen(channel, (payload) => onEvent({ payload }));
      return { caughtUp: async () => void (await db.query('SELECT 1')), stop: () => stop() };
    },
    close: () => db.close(),
  };
}

function wrap(db: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}
