import type { PasswordHasher } from '../auth/passwords';
import type { Database, Queryable } from '../store/database';
import { upsertMany } from '../store/table-spec';
import { tables } from '../store/tables';
import { takeWriterLock } from '../store/writers';
import { groups } from './large-groups';
import { interims, resignations, trainings, tutorings } from './large-activity';
import { nameManagers, organisation, placesOf, type SeedContext } from './large-org';
import { createPaths, livePath } from './large-paths';
import { createRecruits, createStaff } from './large-people';
import { LARGE_DOMAIN, SeedRandom } from './large-random';
import { SeedState } from './large-state';
import { DEMO_DOMAIN, DEMO_PASSWORD } from './organisation';
import { seedDemoIfEmpty } from './seed';

/**
 * The département-size seed (issue 16, item 1; the benches of issues 15 and 16): the demo,
 * untouched, inside a département of `agents` agents (1,200 by default) in 4 territories and
 * 25 circonscriptions over SSD, ASE and PMI, with 450 recruits on paths started over three
 * years, at every stage, three calendar years of trainings, mentors' meetings, milestone
 * decisions, practice-analysis groups and their attendance, tutoring, intérims, leavers.
 *
 * Written by the server's own code: every row but the tutoring records (which no command
 * writes; the demo writes them the same way) is a domain command's change (runCommand, as a
 * device's mutation runs on the server), written by writeChanges, in one transaction under
 * the writers' lock. Deterministic for a seed number and a day: the same rows, ids included
 * (the demo's own ids are drawn at random, so rows naming them differ in those ids only).
 */
export interface LargeOptions {
  /** The seed number (an unsigned 32-bit integer); 1 by default. */
  seed?: number;
  /** Agents in all, the demo's included: 200 to 20,000; the other counts scale with it. */
  agents?: number;
  today?: Date;
  /** Give every seeded account the demo's password (as an activation would have set it),
   *  for benches that sign many devices in. On by default. */
  passwords?: boolean;
}

export { LARGE_DOMAIN };

export interface LargeSummary {
  seed: number;
  today: string;
  rows: Record<string, number>;
  commands: number;
  ms: number;
}

/** A seed asked for out of range, or a database it must not touch: said by name. */
export class LargeSeedError extends Error {}

export function checkLargeOptions(options: LargeOptions): Required<Omit<LargeOptions, 'today'>> {
  const seed = options.seed ?? 1;
  const agents = options.agents ?? 1200;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff)
    throw new LargeSeedError(`seed: give an integer from 0 to 4294967295, not ${seed}.`);
  if (!Number.isInteger(agents) || agents < 200 || agents > 20_000)
    throw new LargeSeedError(`agents: give an integer from 200 to 20000, not ${agents}.`);
  return { seed, agents, passwords: options.passwords ?? true };
}

export async function seedLarge(
  db: Database,
  hasher: PasswordHasher,
  options: LargeOptions = {},
): Promise<LargeSummary> {
  const started = performance.now();
  const { seed, agents, passwords } = checkLargeOptions(options);
  const now = options.today ?? new Date();
  const today = now.toISOString().slice(0, 10);
  await seedDemoIfEmpty(db, hasher, now);
  const passwordHash = passwords ? await hasher.hash(DEMO_PASSWORD) : null;
  const summary = await db.transaction(
    async (tx) => {
      await takeWriterLock(tx);
      await checkDatabase(tx);
      const state = await SeedState.load(tx);
      const admin = state.all('agent').find((a) => a.email === `rh@${DEMO_DOMAIN}`);
      if (!admin) throw new LargeSeedError('the demo has no HR admin: not a demo database.');
      const ctx: SeedContext = {
        state,
        random: new SeedRandom(seed),
        today,
        adminId: admin.id,
        people: { n: 0 },
      };
      await build(ctx, agents, tx);
      if (passwordHash) {
        // The demo's accounts' password, as activation-activate.ts sets one.
        await tx.query(
          `UPDATE agents SET password_hash = $1 WHERE email LIKE $2 AND password_hash IS NULL`,
          [passwordHash, `%@${LARGE_DOMAIN}`],
        );
      }
      const rows: Record<string, number> = {};
      for (const spec of Object.values(tables)) {
        const [row] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${spec.table}`);
        rows[spec.table] = row?.n ?? 0;
      }
      const commands = [...state.ran.values()].reduce((sum, n) => sum + n, 0);
      return { seed, today, rows, commands, ms: 0 };
    },
    { isolation: 'readCommitted' },
  );
  // The planner's statistics, as autovacuum would gather them later: a bench that starts at
  // once would otherwise time plans made for empty tables.
  await db.exec('ANALYZE');
  return { ...summary, ms: Math.round(performance.now() - started) };
}

/** Refuses a database that is not the demo's alone: a real deployment, or one seeded. */
async function checkDatabase(tx: Queryable) {
  const [row] = await tx.query<{ others: number; seeded: number }>(
    `SELECT count(*) FILTER (WHERE email NOT LIKE $1)::int AS others,
            count(*) FILTER (WHERE email LIKE $2)::int AS seeded FROM agents`,
    [`%@${DEMO_DOMAIN}`, `%@${LARGE_DOMAIN}`],
  );
  if ((row?.seeded ?? 0) > 0) throw new LargeSeedError('this database is already seeded.');
  if ((row?.others ?? 0) > 0)
    throw new LargeSeedError('this database holds real accounts: the seed is for demo databases.');
}

async function build(ctx: SeedContext, agents: number, tx: Queryable) {
  const { state } = ctx;
  const flush = { flush: () => state.flush(tx) };
  const demoAgents = new Set(state.all('agent').map((a) => a.id));
  const circonscriptions = Math.min(400, Math.max(5, Math.round(agents / 48)));
  const withPaths = Math.round(agents * 0.375) - state.all('path').length;
  const newcomers = Math.max(1, Math.round(agents / 150));
  const { managers } = await organisation(ctx, circonscriptions, flush);
  const places = placesOf(ctx, managers);
  const staff = agents - state.all('agent').length - withPaths - newcomers;
  await createStaff(ctx, places, staff);
  const recruits = await createRecruits(ctx, places, withPaths, newcomers);
  await state.flush(tx);
  await nameManagers(ctx, managers);
  const paths = await createPaths(ctx, recruits.slice(0, withPaths));
  await state.flush(tx);
  for (const path of paths) await livePath(ctx, path);
  await resignations(ctx, recruits);
  await interims(ctx, places);
  await groups(ctx, recruits);
  await trainings(
    ctx,
    new Set(
      state
        .all('agent')
        .map((a) => a.id)
        .filter((id) => !demoAgents.has(id)),
    ),
  );
  await state.flush(tx);
  await upsertMany(tx, tables.tutoring, tutorings(ctx, paths));
}
