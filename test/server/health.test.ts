import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Health } from '../../src/domain/api';
import { buildApp } from '../../src/server/app';
import type { Database } from '../../src/server/store/database';
import { stores, useHarness } from './helpers';

describe.each(stores())('health on $name', (store) => {
  const h = useHarness(store);

  it('answers ok with the version and the database engine', async () => {
    const response = await h.app.inject('/api/health');
    expect(response.statusCode).toBe(200);
    expect(Health.parse(response.json())).toEqual({
      status: 'ok',
      version: (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version,
      database: store.name,
    });
  });
});

describe('health without a database', () => {
  it('answers 500 internal, revealing nothing, when the database is gone', async () => {
    const lost = new Error('connection terminated: secret detail');
    // Up while the app starts (it seeds the shipped templates), gone once it serves.
    let gone = false;
    const answer = <T>(value: T) => (gone ? Promise.reject(lost) : Promise.resolve(value));
    const database: Database = {
      kind: 'postgresql',
      query: () => answer([{ found: true }] as never),
      exec: () => answer(undefined),
      transaction: () => (gone ? Promise.reject(lost) : Promise.resolve(undefined as never)),
      listen: () =>
        Promise.resolve({ caughtUp: () => answer(undefined), stop: () => Promise.resolve() }),
      close: () => Promise.resolve(),
    };
    const app = await buildApp({ database });
    gone = true;
    const response = await app.inject('/api/health');
    await app.close();
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ error: { code: 'internal' } });
    expect(response.body).not.toContain('secret detail');
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
