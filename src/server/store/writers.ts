import { lockKeySql, type Queryable } from './database';

/** The one lock every sync write takes; see takeWriterLock. */
export const WRITERS = 'parcours:sync-writers';

/** Where each writer's commit is announced (write-feed.ts), with its schema and what it
 *  touched as the payload. */
export const WRITES_CHANNEL = 'parcours_writes';

/** What a write touched, for the pulls answered from memory (write-feed.ts): anything, or
 *  one agent's sync health alone (a pull refreshing its client's "last seen"). */
export type Touched = '*' | { syncHealthOf: string };

const HEALTH = 'health:';

/** `touched` as the notification's text, and back: the one place that spells it. */
export const touchedTag = (touched: Touched): string =>
  touched === '*' ? '*' : `${HEALTH}${touched.syncHealthOf}`;
export const touchedOf = (tag: string): Touched =>
  tag.startsWith(HEALTH) ? { syncHealthOf: tag.slice(HEALTH.length) } : '*';

/**
 * Writers take turns. A pull reads "rows with version > v" and remembers the highest version
 * it sent; if a transaction holding version 41 could commit after one holding 42 had been
 * pulled, that pull would have moved its cursor past 41 and the device would never get it.
 * Drawing versions and committing under one lock makes commits happen in version order.
 * With the lock, each transaction runs alone among writers, so READ COMMITTED sees what the
 * previous holder committed (a SERIALIZABLE snapshot taken before the wait would not).
 * Every transaction that draws versions takes it: pushes, a pull refreshing its client,
 * the command line creating an account. It is the transaction's until it ends; taking it
 * again in the same one is harmless.
 * In the same statement it NOTIFYs every process, on commit only, of what it `touched`: a
 * process that answered "nothing new" from memory must ask the database again.
 */
export async function takeWriterLock(tx: Queryable, touched: Touched = '*'): Promise<void> {
  await tx.query(
    `SELECT pg_advisory_xact_lock(${lockKeySql}),
            pg_notify('${WRITES_CHANNEL}', current_schema() || ' ' || $2)`,
    [WRITERS, touchedTag(touched)],
  );
}
