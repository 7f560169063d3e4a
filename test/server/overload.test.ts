import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../src/domain/api';
import { buildApp } from '../../src/server/app';
import { migrate } from '../../src/server/store/migrate';
import { openPostgres } from '../../src/server/store/postgres';
import { demo, fastHasher, stores, useHarness } from './helpers';

// Issue 16, bad input: under overload the server answers 503 with Retry-After at once,
// rather than letting requests queue until clients time out; devices back off (5xx).

const login = { email: demo('responsable'), password: 'Parcours-demo-2026' };

describe.each(stores())('an overloaded process, on $name', (store) => {
  const h = useHarness(store, { overload: { maxEventLoopDelayMs: 50, sampleIntervalMs: 50 } });

  it('answers 503 with Retry-After while its event loop lags, then serves again', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    // Half a second of synchronous work: every request behind it waited as long. The
    // sampler's timer, due during the block, usually runs first among the timers then due;
    // on a loaded machine it may not have measured the block yet: block again, a few times.
    let busy = await h.app.inject({ method: 'GET', url: '/api/health' });
    for (let tries = 0; tries < 5 && busy.statusCode !== 503; tries++) {
      const until = Date.now() + 500;
      while (Date.now() < until) {
        // busy
      }
      await new Promise((resolve) => setTimeout(resolve, 1));
      busy = await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: login });
    }
    expect(busy.statusCode).toBe(503);
    expect(busy.headers['retry-after']).toBe('10');
    expect(busy.json<ApiError>().error.code).toBe('overloaded');
    // The lag gone, the next samples clear it.
    await expect
      .poll(async () => (await h.app.inject({ method: 'GET', url: '/api/health' })).statusCode)
      .toBe(200);
  });
});

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('a saturated PostgreSQL pool', () => {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const dropSchema = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  };
  afterAll(dropSchema);

  it('answers 503 with Retry-After when no connection comes free in time, and writes nothing', async () => {
    const db = await openPostgres({
      connectionString: url!,
      schema,
      max: 1,
      connectionWaitMs: 200,
    });
    await migrate(db);
    const app = await buildApp({ database: db, demo: true, passwordHasher: fastHasher });
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      // The pool's one connection, held by a long transaction.
      const holder = db.transaction(() => held);
      const busy = await app.inject({ method: 'POST', url: '/api/auth/login', payload: login });
      expect(busy.statusCode).toBe(503);
      expect(busy.headers['retry-after']).toBe('10');
      expect(busy.json<ApiError>().error.code).toBe('overloaded');
      release();
      await holder;
      const served = await app.inject({ method: 'POST', url: '/api/auth/login', payload: login });
      expect(served.statusCode).toBe(200);
      // The refused attempt left no session behind: only the one that was served.
      const [row] = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM sessions');
      expect(row!.n).toBe(1);
    } finally {
      await app.close();
      await db.close();
    }
  });
});
