import { lockFor, type Queryable } from './database';

/** The one lock every sync write takes; see takeWriterLock. */
export const WRITERS = 'parcours:sync-writers';

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
 */
export async function takeWriterLock(tx: Queryable): Promise<void> {
  await lockFor(tx, WRITERS);
}
