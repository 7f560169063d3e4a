import type { Database } from './database';
import { takeWriterLock } from './writers';

/** Versions drawn per millisecond, at most, for a restore to be told apart (see below). */
const perMillisecond = 1000;

/**
 * Moves the version sequence up to the start's time (its milliseconds × 1,000), and
 * records the versions it skipped. Run at each server start.
 *
 * Why: a database restored from a backup draws again the versions it had drawn after the
 * backup, and a device that pulled some of them believes it has rows the database lost,
 * and would miss the new rows numbered below its cursor. The server started on the
 * restored database moves the sequence past every version the lost timeline can have
 * drawn (it drew fewer than 1,000 a millisecond since its own start, which was floored the
 * same way), and the skipped stretch holds every cursor of that timeline: a pull from one
 * is reset (pull.ts). A start without a restore skips versions no device holds.
 * Versions stay below 2^53 (exact in JSON and JavaScript) until the year 2255.
 */
export async function advanceVersions(db: Database, now: Date): Promise<void> {
  await db.transaction(
    async (tx) => {
      await takeWriterLock(tx);
      const [sequence] = await tx.query<{ last: string }>(
        'SELECT last_value::text AS last FROM row_version',
      );
      const last = Number(sequence!.last);
      const floor = now.getTime() * perMillisecond;
      if (floor <= last) return; // a clock set back: nothing to skip
      await tx.query('INSERT INTO version_gaps (after_version, up_to) VALUES ($1, $2)', [
        last,
        floor,
      ]);
      await tx.query("SELECT setval('row_version', $1::bigint)", [floor]);
    },
    { isolation: 'readCommitted' },
  );
}
