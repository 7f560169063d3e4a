import { cpSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { createPasswordHasher } from '../../src/server/auth/passwords';
import { seedLarge, type LargeSummary } from '../../src/server/demo/large';
import type { Database } from '../../src/server/store/database';
import { migrate } from '../../src/server/store/migrate';
import { openPglite } from '../../src/server/store/pglite';
import { openPostgres } from '../../src/server/store/postgres';

/**
 * The département-size seed of the benches (src/server/demo/large.ts, `npm run seed:large`):
 * built ONCE per bench run, on each engine asked for, then copied for each section that
 * wants it, so that every section starts from the same rows and none pays the seed again.
 * BENCH_SEED chooses the seed number (1 by default).
 */
const seedNumber = Number(process.env.BENCH_SEED ?? 1);

export interface SeededDepartement {
  summary: LargeSummary;
  /** Seconds the seed took, migrations and the demo included. */
  seconds: number;
}

async function seeded(db: Database): Promise<SeededDepartement> {
  const start = performance.now();
  try {
    await migrate(db);
    const summary = await seedLarge(db, createPasswordHasher(), { seed: seedNumber });
    return { summary, seconds: (performance.now() - start) / 1000 };
  } finally {
    await db.close();
  }
}

let embedded: Promise<SeededDepartement & { dataDir: string }> | undefined;

/** A copy of the seeded embedded database (PGlite) in `work`/`name`, for one section's own
 *  server: the seed is built in `work` on the first call of the run. */
export async function departementOnPglite(
  work: string,
  name: string,
): Promise<SeededDepartement & { dataDir: string }> {
  embedded ??= (async () => {
    const dataDir = join(work, 'departement-seed');
    return { ...(await seeded(await openPglite(dataDir))), dataDir };
  })();
  const seed = await embedded;
  const dataDir = join(work, name);
  cpSync(seed.dataDir, dataDir, { recursive: true });
  return { ...seed, dataDir };
}

let onServer: Promise<SeededDepartement & { name: string }> | undefined;

/**
 * A database of its own on the PostgreSQL server `adminUrl` reaches, copied from the seeded
 * one (CREATE DATABASE … TEMPLATE: a file copy), which `drop` removes; or why there is none.
 */
export async function departementOnPostgres(adminUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => {});
    return { reason: `no PostgreSQL at ${adminUrl}: ${(error as Error).message}` };
  }
  const urlOf = (database: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const seedName = `parcours_bench_departement_${process.pid}`;
  onServer ??= (async () => {
    await admin.query(`CREATE DATABASE ${seedName}`);
    made = { adminUrl, seedName };
    const db = await openPostgres({ connectionString: urlOf(seedName) });
    return { ...(await seeded(db)), name: seedName };
  })();
  const seed = await onServer;
  const copy = `${seedName}_${name}`;
  await admin.query(`CREATE DATABASE ${copy} TEMPLATE ${seed.name}`);
  return {
    ...seed,
    databaseUrl: urlOf(copy),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
      await admin.end();
    },
  };
}

let made: { adminUrl: string; seedName: string } | undefined;

/** Drops the PostgreSQL seed, if this run made one: at the end of the run (run.ts). */
export async function dropDepartementSeed(): Promise<void> {
  if (!made) return;
  const admin = new pg.Client({ connectionString: made.adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${made.seedName} WITH (FORCE)`);
  await admin.end();
  made = undefined;
  onServer = undefined;
}
