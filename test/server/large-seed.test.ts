import { describe, expect, it } from 'vitest';
import {
  checkLargeOptions,
  LARGE_DOMAIN,
  LargeSeedError,
  seedLarge,
} from '../../src/server/demo/large';
import { insertAgent } from '../../src/server/store/agents';
import type { Database } from '../../src/server/store/database';
import { migrate } from '../../src/server/store/migrate';
import { fastHasher, stores } from './helpers';

const today = new Date('2026-11-29T08:00:00Z');

/** What the seed made, without the ids the demo draws at random. */
async function fingerprint(db: Database) {
  const agents = await db.query(
    `SELECT email, display_name, roles, job, status, start_date::text, end_date::text
       FROM agents WHERE email LIKE $1 ORDER BY email`,
    [`%@${LARGE_DOMAIN}`],
  );
  const steps = await db.query(
    `SELECT a.email, s.position, s.status, s.updated_at::text FROM steps s
       JOIN paths p ON p.id = s.path_id JOIN agents a ON a.id = p.recruit_id
      WHERE a.email LIKE $1 ORDER BY a.email, s.position`,
    [`%@${LARGE_DOMAIN}`],
  );
  const trainings = await db.query(
    `SELECT t.id, a.email, t.date::text, t.days::float8 FROM trainings t
       JOIN agents a ON a.id = t.agent_id WHERE a.email LIKE $1 ORDER BY t.id`,
    [`%@${LARGE_DOMAIN}`],
  );
  return { agents, steps, trainings };
}

describe.each(stores())('the département seed on $name', (store) => {
  it('builds the organisation it is asked for, the demo inside, the same for a seed number', async () => {
    const first = await store.open();
    const second = await store.open();
    try {
      const made = [];
      for (const { db } of [first, second]) {
        await migrate(db);
        made.push(await seedLarge(db, fastHasher, { seed: 7, agents: 200, today }));
      }
      const [summary] = made;
      expect(summary!.rows).toMatchObject({ agents: 200, paths: 75, circonscriptions: 5 });
      expect(summary!.rows.trainings).toBeGreaterThan(500);
      expect(summary!.rows.tutoring).toBeGreaterThan(0);
      expect(summary!.rows.interims).toBeGreaterThan(0);
      // Milestones decided, some waiting; the demo's HR admin still signs in.
      const statuses = await first.db.query<{ status: string }>(
        'SELECT DISTINCT status FROM steps',
      );
      expect(statuses.map((s) => s.status)).toEqual(
        expect.arrayContaining(['done', 'approved', 'acknowledged', 'todo']),
      );
      expect(await fingerprint(first.db)).toEqual(await fingerprint(second.db));
      await expect(seedLarge(first.db, fastHasher, { today })).rejects.toThrow('already seeded');
    } finally {
      await first.drop();
      await second.drop();
    }
  }, 120_000);

  it('refuses a database that holds real accounts', async () => {
    const { db, drop } = await store.open();
    try {
      await migrate(db);
      await insertAgent(db, {
        email: 'rh@example.fr',
        displayName: 'RH',
        roles: ['admin'],
        job: 'RH',
        status: 'civilServant',
        circonscriptionId: null,
        startDate: '2020-01-01',
        phone: null,
        passwordHash: null,
      });
      await expect(seedLarge(db, fastHasher, { today })).rejects.toThrow('real accounts');
    } finally {
      await drop();
    }
  });
});

describe('the département seed refuses', () => {
  it.each([
    [{ agents: 50 }, 'agents'],
    [{ agents: 1200.5 }, 'agents'],
    [{ seed: -1 }, 'seed'],
    [{ seed: 2 ** 32 }, 'seed'],
  ])('%j, naming %s', (options, name) => {
    expect(() => checkLargeOptions(options)).toThrow(LargeSeedError);
    expect(() => checkLargeOptions(options)).toThrow(new RegExp(`^${name}:`));
  });
});
