import pg from 'pg';
import type { Database } from '../../src/server/store/database';
import { openPglite } from '../../src/server/store/pglite';
import { openPostgres } from '../../src/server/store/postgres';
import { seedCirconscription } from './seed';

/** A database seeded for the bench: how a server reaches it, and the rows the manager's
 *  first pull carries there. */
export interface BenchDatabase {
  name: 'PGlite' | 'PostgreSQL';
  env: Record<string, string>;
  rows: number;
  drop(): Promise<void>;
}

async function seeded(db: Database, rows: number): Promise<number> {
  try {
    return await seedCirconscription(db, rows);
  } finally {
    await db.close();
  }
}

/** The embedded database, as `npm start` runs it, in `dataDir`. */
export async function embeddedDatabase(dataDir: string, rows: number): Promise<BenchDatabase> {
  return {
    name: 'PGlite',
    env: { PARCOURS_DATA_DIR: dataDir },
    rows: await seeded(await openPglite(dataDir), rows),
    drop: async () => {},
  };
}

/**
 * A database of its own on the PostgreSQL server that `adminUrl` reaches (production's
 * engine), dropped afterwards; or why there is none.
 */
export async function postgresDatabase(
  adminUrl: string,
  rows: number,
): Promise<BenchDatabase | { reason: string }> {
  const name = `parcours_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end().catch(() => {});
    return { reason: `no PostgreSQL at ${adminUrl}: ${(error as Error).message}` };
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const drop = async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  try {
    const count = await seeded(await openPostgres({ connectionString: databaseUrl }), rows);
    return { name: 'PostgreSQL', env: { DATABASE_URL: databaseUrl }, rows: count, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}
