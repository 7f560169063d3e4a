import { createHash } from 'node:crypto';
import pg from 'pg';
import {
  DatabaseBusy,
  type Database,
  type Queryable,
  type QueryOptions,
  type TransactionOptions,
} from './database';
import { listenPostgres } from './postgres-listen';

export interface PostgresOptions {
  connectionString: string;
  /** Sets search_path on every connection; tests give each file its own schema. */
  schema?: string;
  max?: number;
  /** How long a request waits for a free connection before DatabaseBusy (ms). */
  connectionWaitMs?: number;
}

/** Long enough for a burst (a pull page takes tens of ms), short of a client's patience. */
const CONNECTION_WAIT_MS = 5000;

/** SQLSTATEs after which the whole transaction may simply be run again. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 8;

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const { schema } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`Invalid schema name: ${schema}`);
  }
  if (schema !== undefined) {
    const setup = new pg.Client({ connectionString: options.connectionString });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionWaitMs ?? CONNECTION_WAIT_MS,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const root = wrap(pool);

  async function transaction<T>(
    fn: (tx: Queryable) => Promise<T>,
    { isolation = 'serializable' }: TransactionOptions = {},
  ): Promise<T> {
    const level = {
      serializable: 'SERIALIZABLE',
      readCommitted: 'READ COMMITTED',
      readOnlySnapshot: 'REPEATABLE READ READ ONLY',
    }[isolation];
    for (let attempt = 1; ; attempt += 1) {
      const client = await pool.connect().catch(busyOr);
      try {
        await client.query(`BEGIN ISOLATION LEVEL ${level}`);
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        if (!isRetryable(error) || attempt >= MAX_ATTEMPTS) throw error;
        await sleep(backoff(attempt));
      } finally {
        client.release();
      }
    }
  }

  return {
    kind: 'postgresql',
    ...root,
    transaction,
    listen: (channel, onEvent) => listenPostgres(options.connectionString, channel, onEvent),
    close: () => pool.end(),
  };
}

/** A prepared statement's name, one per text: pg prepares it on each connection once. */
const names = new Map<string, string>();
const nameOf = (sql: string) => {
  let name = names.get(sql);
  if (name === undefined) {
    name = `p_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    names.set(sql, name);
  }
  return name;
};

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T extends object>(
      sql: string,
      params: readonly unknown[] = [],
      options: QueryOptions = {},
    ) {
      const values = [...params];
      const result = await client
        .query<T & pg.QueryResultRow>(
          options.prepare ? { name: nameOf(sql), text: sql, values } : { text: sql, values },
        )
        .catch(busyOr);
      return result.rows;
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

/** pg's "no connection came free" (its only words for it) as DatabaseBusy; others as they are. */
function busyOr(error: unknown): never {
  if (error instanceof Error && /timeout exceeded when trying to connect/i.test(error.message)) {
    throw new DatabaseBusy();
  }
  throw error;
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/** Exponential with full jitter, so colliding transactions do not collide again in step. */
function backoff(attempt: number): number {
  return Math.random() * Math.min(1000, 10 * 2 ** attempt);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
