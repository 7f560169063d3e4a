/**
 * The storage seam of the server: one SQL dialect (PostgreSQL's) on two engines, PGlite
 * embedded in the process and a real PostgreSQL (DESIGN §8). Everything above this file
 * speaks SQL through these few methods, so tests run the same code on either engine.
 */
export type DatabaseKind = 'pglite' | 'postgresql';

export interface Queryable {
  /** Runs one statement with positional parameters ($1, $2...) and returns its rows. */
  query<T extends object>(
    sql: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * Every connection stayed busy longer than the pool's wait (PostgreSQL): the database is
 * saturated. The request is answered 503 with Retry-After at once, rather than queued until
 * the client gives up; devices back off and come again.
 */
export class DatabaseBusy extends Error {
  constructor() {
    super('No database connection came free in time.');
    this.name = 'DatabaseBusy';
  }
}

export interface QueryOptions {
  /**
   * Keep the statement prepared on each connection that runs it (PostgreSQL): it is parsed
   * and analysed once, and its plan can be kept. For the few statements every request runs
   * (the session, the quiet pull), where planning cost more than running (issue 16). PGlite,
   * one in-process connection with no named statements, runs it as any other.
   */
  prepare?: boolean;
}

export interface TransactionOptions {
  /**
   * SERIALIZABLE (the default) for business writes; READ COMMITTED for the few set-up
   * steps that serialise themselves with an advisory lock and must then see what the
   * previous lock holder committed (a SERIALIZABLE snapshot would predate it).
   * READ ONLY REPEATABLE READ (`readOnlySnapshot`) for the reports' reads: one snapshot, as
   * SERIALIZABLE gives, without the predicate locks it takes on every row read (the
   * département's 17,000 steps), and never a serialization failure.
   */
  isolation?: 'serializable' | 'readCommitted' | 'readOnlySnapshot';
}

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /**
   * Runs fn in one transaction, committed when fn resolves and rolled back when it throws.
   * On PostgreSQL a serialization failure (40001) or deadlock (40P01) retries fn from the
   * start, so fn must have no effect outside the transaction.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * LISTENs on `channel` (on PostgreSQL over a connection of its own, not the pool's) and
   * tells `onEvent` each payload NOTIFYed there, by any process, once its transaction has
   * committed; `lost` when the connection dropped and notifications may have been missed
   * (it reconnects on its own), `listening` once it listens again. Resolves once listening.
   */
  listen(channel: string, onEvent: (event: ListenEvent) => void): Promise<Listener>;
  close(): Promise<void>;
}

export type ListenEvent = { payload: string } | 'lost' | 'listening';

export interface Listener {
  /** Resolves once every notification of a transaction committed before the call has been
   *  told: a round trip on the listening connection, behind which they arrive. Rejects
   *  while it is not listening. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

/** An advisory lock's key, from its name ($1) within the current schema: the data of one
 *  deployment lives in one schema, and test files share a database, a schema each. */
export const lockKeySql = "hashtext(current_schema() || ':' || $1)";

/** Takes a transaction-scoped advisory lock: concurrent starters of one set-up step queue. */
export async function lockFor(tx: Queryable, name: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(${lockKeySql})`, [name]);
}

/** Runs fn inside a savepoint: if it throws, its writes alone are undone and the
 *  transaction goes on (the error is rethrown for the caller to judge). */
export async function withSavepoint<T>(tx: Queryable, fn: () => Promise<T>): Promise<T> {
  await tx.exec('SAVEPOINT parcours_step');
  try {
    const result = await fn();
    await tx.exec('RELEASE SAVEPOINT parcours_step');
    return result;
  } catch (error) {
    await tx.exec('ROLLBACK TO SAVEPOINT parcours_step');
    throw error;
  }
}

/** SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation): the data
 *  was refused, the database itself is fine. */
export function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^2[23]/.test(code);
}
