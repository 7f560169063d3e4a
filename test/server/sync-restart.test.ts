import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import type { Database } from '../../src/server/store/database';
import { migrate } from '../../src/server/store/migrate';
import { openPglite } from '../../src/server/store/pglite';
import { openPostgres } from '../../src/server/store/postgres';
import { fastHasher } from './helpers';
import { mutations, push, signIn } from './sync-helpers';

/** The same stored data opened twice, as a restarted server process would. */
interface Durable {
  name: string;
  open(): Promise<Database>;
  cleanup(): Promise<void>;
}

function durables(): Durable[] {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-restart-'));
  const list: Durable[] = [
    {
      name: 'pglite',
      open: () => openPglite(dir),
      cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    list.push({
      name: 'postgresql',
      open: () => openPostgres({ connectionString: url, schema, max: 4 }),
      async cleanup() {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      },
    });
  }
  return list;
}

describe.each(durables())('a server restart on $name', (durable) => {
  it('answers a replayed push with duplicates, applying nothing twice', async () => {
    const start = async () => {
      const db = await durable.open();
      await migrate(db);
      return { db, app: await buildApp({ database: db, demo: true, passwordHasher: fastHasher }) };
    };
    try {
      const first = await start();
      const ines = await signIn(first.app, 'recrue');
      const clientId = randomUUID();
      const ids = [randomUUID(), randomUUID()];
      const batch = mutations(
        1,
        ids.map((id) => ({
          name: 'training.record',
          args: { id, agentId: ines.agent.id, date: '2026-03-02', title: 'GAP', days: 0.5 },
        })),
      );
      expect((await push(first.app, ines, clientId, batch)).lastMutationId).toBe(2);
      const versions = (db: Database) =>
        db.query('SELECT id, version::text FROM trainings WHERE id = ANY($1::uuid[]) ORDER BY id', [
          ids,
        ]);
      const before = await versions(first.db);
      await first.app.close();
      await first.db.close();

      const second = await start();
      const replay = await push(second.app, ines, clientId, batch);
      expect(replay.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
      expect(await versions(second.db)).toEqual(before);
      expect(before).toHaveLength(2);
      await second.app.close();
      await second.db.close();
    } finally {
      await durable.cleanup();
    }
  });
});
