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
    const database: Database = {
      kind: 'postgresql',
      query: () => Promise.reject(lost),
      exec: () => Promise.reject(lost),
      transaction: () => Promise.reject(lost),
      close: () => Promise.resolve(),
    };
    const app = await buildApp({ database });
    const response = await app.inject('/api/health');
    await app.close();
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ error: { code: 'internal' } });
    expect(response.body).not.toContain('secret detail');
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
