import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp, type AppOptions } from '../../src/server/app';
import { createPasswordHasher, type PasswordHasher } from '../../src/server/auth/passwords';
import { DEMO_PASSWORD } from '../../src/server/demo/seed';
import { lockKeySql, type Database } from '../../src/server/store/database';
import { WRITERS } from '../../src/server/store/writers';
import { migrate } from '../../src/server/store/migrate';
import { MEMORY, openPglite } from '../../src/server/store/pglite';
import { openPostgres } from '../../src/server/store/postgres';

export { DEMO_PASSWORD };

/** argon2id at a fraction of production cost, so a suite can log in hundreds of times. */
export const fastHasher: PasswordHasher = createPasswordHasher({ memoryCost: 256, timeCost: 1 });

export interface StoreCase {
  name: 'pglite' | 'postgresql';
  /** A fresh database with no data, to migrate() (on PGlite, already migrated, unless
   *  `empty` asks for one without even the schema); drop() forgets it. */
  open(options?: { empty?: boolean }): Promise<{ db: Database; drop: () => Promise<void> }>;
}

/** The migrated database test/global-setup.ts wrote, read once per test file. */
let template: Blob | undefined;

const pglite: StoreCase = {
  name: 'pglite',
  async open({ empty = false } = {}) {
    template ??= new Blob([readFileSync(inject('pgliteTemplate'))]);
    const db = await openPglite(MEMORY, empty ? undefined : template);
    return { db, drop: () => db.close() };
  },
};

/** PostgreSQL in a schema of its own, so test files run side by side on one database. */
function postgres(connectionString: string): StoreCase {
  return {
    name: 'postgresql',
    async open() {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const db = await openPostgres({ connectionString, schema, max: 4 });
      return {
        db,
        async drop() {
          await db.close();
          const client = new pg.Client({ connectionString });
          await client.connect();
          await client.query(`DROP SCHEMA ${schema} CASCADE`);
          await client.end();
        },
      };
    },
  };
}

/** In-memory PGlite always; PostgreSQL as well when TEST_DATABASE_URL is set (CI). */
export function stores(): StoreCase[] {
  const url = process.env.TEST_DATABASE_URL;
  return url ? [pglite, postgres(url)] : [pglite];
}

export interface Harness {
  db: Database;
  app: FastifyInstance;
  /** The app's clock: tests move it to expire sessions and throttle windows. */
  clock: { now: Date };
  /** Another app over the same database, e.g. behind a proxy or with other options. */
  build(options?: Partial<AppOptions>): Promise<FastifyInstance>;
}

/**
 * Opens a migrated database with the demo organisation and an app over it, for the
 * duration of the enclosing describe block. Read the fields inside tests and hooks.
 */
export function useHarness(store: StoreCase, options: Partial<AppOptions> = {}): Harness {
  const harness = { clock: { now: new Date() } } as Harness;
  const apps: FastifyInstance[] = [];
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const opened = await store.open();
    drop = opened.drop;
    harness.db = opened.db;
    await migrate(harness.db);
    harness.build = async (more = {}) => {
      const app = await buildApp({
        database: harness.db,
        demo: true,
        passwordHasher: fastHasher,
        now: () => harness.clock.now,
        ...options,
        ...more,
      });
      apps.push(app);
      return app;
    };
    harness.app = await harness.build();
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await drop?.();
  });
  return harness;
}

export function login(
  app: FastifyInstance,
  email: string,
  password = DEMO_PASSWORD,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    headers,
  });
}

/** The session cookie a login answer set, as a Cookie header value. */
export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.value !== '');
  if (!cookie) throw new Error(`No cookie set (status ${response.statusCode})`);
  return `${cookie.name}=${cookie.value}`;
}

export const demo = (local: string) => `${local}@demo.parcours.fr`;

/** Whether a session waits for the writers' lock of this database's schema, asked for up
 *  to 5 s. (An advisory lock's objid is the low 32 bits of its key.) */
export async function someoneWaitsForTheWriters(db: Database): Promise<boolean> {
  for (let tries = 0; tries < 100; tries++) {
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM pg_locks
        WHERE locktype = 'advisory' AND NOT granted
          AND objid::bigint = (${lockKeySql})::bigint & 4294967295`,
      [WRITERS],
    );
    if (row!.n > 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}
