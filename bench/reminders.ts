import { defaultThresholds, parisDate } from '../src/domain/reminders';
import { defaultPushHosts } from '../src/server/push/endpoint';
import { vapidKeys } from '../src/server/push/keys';
import { runReminderPass } from '../src/server/push/pass';
import { reminderRows } from '../src/server/push/rows';
import type { Database } from '../src/server/store/database';
import { migrate } from '../src/server/store/migrate';
import { openPglite } from '../src/server/store/pglite';
import { openPostgres } from '../src/server/store/postgres';
import { departementOnPglite, departementOnPostgres } from './lib/departement-seed';
import { median, type Row } from './lib/rows';

/** Rounds counted, in turns (one more of each, first, warms up and is dropped). */
const ROUNDS = Number(process.env.BENCH_REMINDER_ROUNDS ?? 7);
const one = (ms: number) => Math.round(ms * 10) / 10;

/** The next weekday at 10:00 in Paris: a time the pass delivers at (never 20:00–08:00 nor at
 *  the weekend), whenever the bench runs. */
function deliveryTime(from = new Date()): Date {
  const hour = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    hourCycle: 'h23',
  });
  const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'short' });
  for (let day = 0; ; day++) {
    const date = new Date(from.getTime() + day * 86_400_000);
    const at = new Date(date.getTime() + (10 - Number(hour.format(date))) * 3_600_000);
    if (at > from && !['Sat', 'Sun'].includes(weekday.format(at))) return at;
  }
}

/**
 * The server's reminders pass (issue 17, item 8) on the département-size seed: the whole pass
 * (rules over every open step, path and agent, what was sent and dismissed, the live
 * subscriptions; none here, so no push leaves) beside the bare read of the rows the rules
 * read, in the same transaction shape, in turns; on PGlite, then PostgreSQL when reachable.
 */
export async function remindersRows(work: string): Promise<Row[]> {
  const seed = await departementOnPglite(work, 'reminders');
  const rows: Row[] = [await passRow(await openPglite(seed.dataDir), 'PGlite', seed.summary.rows)];
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const onServer = await departementOnPostgres(adminUrl, 'reminders');
  if ('reason' in onServer) {
    rows.push({
      figure: 'reminders pass on PostgreSQL',
      ours: null,
      peer: null,
      peerName: '',
      goal: '≤ 2× bare read',
      met: false,
      na: onServer.reason,
    });
    return rows;
  }
  try {
    const db = await openPostgres({ connectionString: onServer.databaseUrl });
    rows.push(await passRow(db, 'PostgreSQL', onServer.summary.rows));
  } finally {
    await onServer.drop();
  }
  return rows;
}

async function passRow(db: Database, engine: string, counts: Record<string, number>) {
  try {
    await migrate(db);
    const now = deliveryTime();
    const today = parisDate(now);
    const push = {
      policy: { hosts: defaultPushHosts },
      subject: 'mailto:bench@departement.example',
      timeoutMs: 1000,
      keys: await vapidKeys(db, now),
    };
    const bare: number[] = [];
    const pass: number[] = [];
    let reminders = 0;
    for (let round = 0; round <= ROUNDS; round++) {
      let start = performance.now();
      await db.transaction((tx) => reminderRows(tx, today, defaultThresholds));
      if (round > 0) bare.push(performance.now() - start);
      start = performance.now();
      const result = await runReminderPass(db, push, defaultThresholds, now);
      if (result.skipped) throw new Error(`the pass was skipped: ${result.skipped}`);
      reminders = result.reminders;
      if (round > 0) pass.push(performance.now() - start);
    }
    const ours = median(pass);
    const peer = median(bare);
    return {
      figure: `reminders pass on ${engine}, département seed (${counts.agents} agents, ${counts.paths} paths, ${counts.steps} steps: ${reminders} reminders due), ms (median of ${ROUNDS})`,
      ours: one(ours),
      peer: one(peer),
      peerName: 'bare read of the rows the rules read (reminderRows), same database, same process',
      goal: '≤ 2× bare read (issue 17)',
      met: ours <= 2 * peer,
    } satisfies Row;
  } finally {
    await db.close();
  }
}
